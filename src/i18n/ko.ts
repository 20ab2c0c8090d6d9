import type { Catalog } from './en';

/** Korean catalog (한국어). Stage names follow the terms Korean MLOps learners use. */
export const ko: Catalog = {
  'app.title': 'Lifecycle Lab',
  'app.tagline': '머신러닝 생애주기 전체를 브라우저에서.',

  'app.skipToContent': '본문으로 건너뛰기',
  'app.pageTitle': '{page} · Lifecycle Lab',
  'app.loading': '불러오는 중…',
  'app.reload': '새로고침',
  'app.startupFailed.title': '랩을 시작하지 못했습니다',
  'app.startupFailed.body':
    '랩을 열려면 브라우저 저장소(IndexedDB)가 필요합니다. 시크릿 창처럼 저장소가 꺼져 있을 수 있습니다.',
  'app.startupFailed.detail': '자세한 내용: {detail}',

  'nav.main': '주 메뉴',
  'nav.projects': '프로젝트',
  'nav.settings': '설정',
  'nav.stages': '{project}의 생애주기 단계',
  'nav.stageStatus.has-results': '결과 있음',
  'nav.stageStatus.empty': '아직 결과 없음',
  'nav.stageProgress': '단계 {total}개 중 {done}개에 결과가 있습니다',

  'language.label': '언어 (Language)',

  'notices.label': '알림',
  'notices.dismiss': '닫기',
  'notices.repeated': '(×{count})',

  'task.classification': '분류',
  'task.regression': '회귀',

  'home.title': '프로젝트',
  'home.create.title': '새 프로젝트',
  'home.create.name': '프로젝트 이름',
  'home.create.nameHint': '필수 항목이며 최대 {max}자까지 쓸 수 있습니다.',
  'home.create.nameError': '프로젝트 이름을 1자 이상 {max}자 이하로 입력하세요.',
  'home.create.problem': '해결할 문제',
  'home.create.problemHint':
    '선택 항목입니다. 모델이 어떤 결정이나 예측을 도와야 하나요? 나중에 문제 정의 화면에서 다듬을 수 있습니다.',
  'home.create.task': '예측 유형',
  'home.create.submit': '프로젝트 만들기',
  'home.create.submitting': '만드는 중…',
  'home.create.failed': '프로젝트를 만들지 못했습니다: {message}',
  'home.create.created': '“{name}” 프로젝트를 만들었습니다.',
  'home.list.title': '내 프로젝트',
  'home.list.loading': '프로젝트를 불러오는 중…',
  'home.list.empty': '아직 프로젝트가 없습니다. 프로젝트를 하나 만들어 생애주기를 시작해 보세요.',
  'home.list.failed': '프로젝트 목록을 불러오지 못했습니다: {message}',
  'home.list.created': '{date}에 만듦',

  'project.eyebrow': '프로젝트: {name}',
  'project.loading': '프로젝트를 불러오는 중…',
  'project.loadFailed': '프로젝트를 불러오지 못했습니다: {message}',

  'plan.intro': '프로젝트를 만들 때 저장한 계획입니다.',
  'plan.laterNote':
    '가설, 타깃, 성공 기준, 지연 시간 예산 같은 계획 편집 기능은 이후 버전에서 제공합니다. 지금은 저장된 내용만 보여 줍니다.',
  'plan.field.name': '이름',
  'plan.field.problem': '문제',
  'plan.field.hypothesis': '가설',
  'plan.field.task': '예측 유형',
  'plan.field.target': '타깃 열',
  'plan.field.kpi': '비즈니스 KPI',
  'plan.field.criteria': '성공 기준',
  'plan.field.latency': '지연 시간 예산 (예측 1건당 p95)',
  'plan.field.created': '만든 날짜',
  'plan.notSet': '정하지 않음',
  'plan.latencyValue': '{ms}ms',

  'stage.notBuilt.title': '아직 만들지 않은 단계',
  'stage.notBuilt.body':
    '이 단계는 랩의 이후 버전에서 제공합니다. 그때까지 이 화면은 일부러 비워 둡니다. 흉내 낸 내용은 없습니다.',
  'stage.willDo': '이 단계에서 할 일',
  'stage.about.data':
    '샘플 데이터셋이나 내 파일을 가져와 레이블을 달고, 정제하고, 변환하고, 분할합니다. 열을 탐색하고 특성 중요도를 매깁니다. 데이터를 바꿀 때마다 부모 버전과 만든 단계를 기억하는, 바꿀 수 없는 새 데이터셋 버전이 생깁니다.',
  'stage.about.train':
    '모델 종류와 하이퍼파라미터를 고르거나 탐색으로 고르게 하고, 모델이 에포크마다 학습하는 모습을 지켜봅니다. 모든 실행은 데이터셋 버전, 설정, 시드, 백엔드를 기록하므로 똑같이 다시 실행할 수 있습니다.',
  'stage.about.evaluate':
    '학습에 쓰지 않은 데이터로 실행 결과를 시험합니다. 지표, 곡선, 혼동 행렬, 구간별 오류, 견고성, 지연 시간을 보고, 게이트가 결과를 계획의 성공 기준과 비교합니다.',
  'stage.about.explain':
    '모델 전체에서 어떤 특성이 중요한지(순열 중요도, 부분 의존도), 그리고 특정 예측 하나가 왜 그렇게 나왔는지(예측별 기여도)를 살펴봅니다.',
  'stage.about.deploy':
    '모델 버전을 등록하고, 학습 때 맞춘 전처리와 실행 환경을 함께 패키징해 엔드포인트로 서빙합니다. 챔피언과 챌린저 버전, 롤백도 다룹니다.',
  'stage.about.monitor':
    '데이터 스트림을 엔드포인트에 재생하고(원하면 데이터 드리프트를 주입해), 드리프트·성능·지연 시간·경보를 지켜봅니다. 그런 다음 재학습하고 새 모델로 바꿀지 결정합니다.',

  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.body': '“{path}” 주소에는 페이지가 없습니다.',
  'notFound.projectTitle': '프로젝트를 찾을 수 없습니다',
  'notFound.projectBody':
    '이 브라우저에는 ID가 “{id}”인 프로젝트가 없습니다. 삭제되었거나 다른 브라우저에서 만든 링크일 수 있습니다.',
  'notFound.back': '프로젝트 목록으로 돌아가기',

  'settings.title': '설정',
  'settings.language.title': '언어',
  'settings.language.legend': '표시 언어',
  'settings.storage.title': '저장 공간',
  'settings.storage.loading': '저장 공간 사용량을 읽는 중…',
  'settings.storage.usage': '이 사이트가 쓸 수 있는 {quota} 중 {usage} 사용 중 ({percent}).',
  'settings.storage.usageOnly': '{usage} 사용 중. 브라우저가 쓸 수 있는 용량은 알려 주지 않습니다.',
  'settings.storage.unknown': '브라우저가 랩의 저장 공간 사용량을 알려 주지 않습니다.',
  'settings.storage.persisted':
    '영구 저장소가 켜져 있습니다. 브라우저가 랩의 데이터를 임의로 지우지 않습니다.',
  'settings.storage.notPersisted':
    '영구 저장소가 아닙니다. 기기의 저장 공간이 부족하면 브라우저가 랩의 데이터를 지울 수 있습니다.',
  'settings.storage.persist': '데이터 영구 보관',
  'settings.storage.persistGranted': '브라우저가 영구 저장소를 허용했습니다.',
  'settings.storage.persistDenied':
    '브라우저가 지금은 영구 저장소를 허용하지 않았습니다. 랩을 설치하거나 북마크에 추가한 뒤에 허용하는 경우가 많습니다.',
  'settings.backend.title': '연산 백엔드',
  'settings.backend.intro':
    '랩은 이 브라우저가 제공하는 백엔드마다 짧은 학습 작업의 시간을 재고 가장 빠른 것을 씁니다. 직접 골라 바꿀 수도 있습니다.',
  'settings.backend.loading': '백엔드 표를 읽는 중…',
  'settings.backend.caption': '이 기기에서 측정한 백엔드',
  'settings.backend.col.backend': '백엔드',
  'settings.backend.col.threads': '스레드',
  'settings.backend.col.available': '사용 가능',
  'settings.backend.col.msPerStep': '스텝당 ms',
  'settings.backend.col.chosen': '선택',
  'settings.backend.yes': '예',
  'settings.backend.noReason': '아니요 ({reason})',
  'settings.backend.no': '아니요',
  'settings.backend.chosen': '사용 중',
  'settings.backend.fastest': '가장 빠름',
  'settings.backend.override': '직접 선택함',
  'settings.backend.notMeasured': '측정 안 함',
  'settings.backend.empty': '이 기기에서는 아직 백엔드를 측정하지 않았습니다.',
  'settings.backend.measuredAt': '{date}에 측정했습니다.',
  'settings.backend.device': '기기: {device}',
  'settings.backend.measure': '다시 측정',
  'settings.backend.measuring': '측정하는 중…',
  'settings.backend.progress': '{phase} 측정 중: {total}개 중 {done}개',
  'settings.backend.measureDone': '측정을 마쳤습니다.',
  'settings.backend.choice': '사용할 백엔드',
  'settings.backend.automatic': '자동 (가장 빠른 것)',
  'settings.backend.automaticWith': '자동 (가장 빠른 것: {backend})',
  'settings.backend.saved': '이제 {backend} 백엔드를 사용합니다.',
  'settings.backend.rowThreads': '{backend}, 스레드 {threads}개',
  'settings.backend.rowOneThread': '{backend}, 스레드 1개',
  'settings.about.title': '랩 정보',
  'settings.about.app': '랩 버전',
  'settings.about.tfjs': 'TensorFlow.js',
  'settings.about.backend': '사용 중인 백엔드',
  'settings.about.none': '아직 불러오지 않음',

  'backend.webgpu': 'WebGPU',
  'backend.webgl': 'WebGL',
  'backend.wasm': 'WebAssembly',
  'backend.cpu': 'CPU (자바스크립트)',

  'stage.plan': '문제 정의',
  'stage.data': '데이터 준비',
  'stage.train': '모델 학습',
  'stage.evaluate': '모델 평가',
  'stage.explain': '모델 해석',
  'stage.deploy': '배포/서빙',
  'stage.monitor': '모니터링',

  'error.PARSE_ERROR': '입력을 읽을 수 없습니다: {detail}',
  'error.SCHEMA_MISMATCH': '데이터가 예상한 스키마와 맞지 않습니다: {detail}',
  'error.QUOTA_EXCEEDED':
    '이 사이트에 쓸 수 있는 브라우저 저장 공간이 부족합니다. 아무것도 저장되지 않았습니다. 프로젝트를 삭제해 공간을 확보하거나 설정에서 영구 저장소를 허용하세요.',
  'error.NOT_FOUND': '찾을 수 없습니다: {what}',
  'error.INVALID_ARGUMENT': '“{field}” 항목을 확인하세요: {reasonText}',
  'invalid.required': '꼭 입력해야 합니다.',
  'invalid.too_long': '너무 깁니다.',
  'invalid.wrong_type': '값의 형식이 맞지 않습니다.',
  'invalid.not_allowed': '허용된 선택지가 아닙니다.',
  'invalid.not_finite': '유한한 숫자여야 합니다.',
  'invalid.not_positive': '0보다 커야 합니다.',
  'invalid.unknown_field': '랩이 알지 못하는 항목입니다.',
  'invalid.not_a_metric': '이 예측 유형의 지표가 아닙니다.',
  'invalid.invalid': '올바른 값이 아닙니다({detail}).',
  'error.ARCHIVE_REJECTED': '아카이브를 가져오지 않았습니다: {detail}',
  'error.READ_ONLY':
    '다른 탭에서 랩을 새 버전으로 업그레이드했습니다. 이 탭은 이제 읽기 전용입니다. 계속하려면 새로고침하세요.',
  'error.STORAGE_LOST':
    '랩이 열려 있는 동안 브라우저가 이 사이트의 저장 데이터를 삭제했습니다. 새로고침하면 빈 랩으로 시작합니다.',
  'error.STORAGE_ERROR': '브라우저 저장소 오류: {detail}',
  'error.WORKER_FAILED': '{worker} 워커에서 오류가 났습니다: {detail}',
  'error.WORKER_CRASHED':
    '{worker} 워커가 예기치 않게 멈췄습니다. 다음 작업은 새 워커에서 시작합니다.',
  'error.CANCELLED': '취소했습니다.',
  'error.BACKEND_UNAVAILABLE': '이 브라우저에서는 {backend} 백엔드를 쓸 수 없습니다: {detail}',
  'error.DEVICE_LOST': 'GPU 장치를 잃었습니다({detail}). {backend}(으)로 전환합니다.',
  'error.INTERNAL': '랩 내부에서 문제가 생겼습니다: {detail}',
};
