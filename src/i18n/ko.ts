import type { Catalog } from './en';

/** Korean catalog (한국어). Stage names follow the terms Korean MLOps learners use. */
export const ko: Catalog = {
  'app.title': 'Lifecycle Lab',
  'app.tagline': '머신러닝 생애주기 전체를 브라우저에서.',

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
  'error.INVALID_ARGUMENT': '{detail}',
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
