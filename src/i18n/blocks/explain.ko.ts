import type { explainEn } from './explain.en';

/** Korean messages of the explain block (spread into ko.ts). */
export const explainKo: Record<keyof typeof explainEn, string> = {
  'explain.intro':
    '학습이 끝난 모델을 설명합니다. 전체적으로 어떤 특성이 중요한지(순열 중요도, 부분 의존성), 모델이 어떻게 구성되어 있는지, 그리고 특정 예측이 왜 그렇게 나왔는지 살펴봅니다.',

  'explain.run.title': '실행',
  'explain.run.explain': '설명하기',
  'explain.run.again': '다시 설명하기',
  'explain.run.busy': '설명 중…',
  'explain.run.cancel': '취소',
  'explain.run.cancelled': '설명을 취소했습니다. 아무것도 저장하지 않았습니다.',
  'explain.run.hint':
    '전역 설명은 테스트 분할에서 특성을 하나씩 섞어 점수가 얼마나 떨어지는지 측정합니다. 워커에서 실행되며 시간이 걸릴 수 있습니다.',
  'explain.split.test': '테스트',
  'explain.split.validation': '검증',
  'explain.split.train': '학습',
  'explain.progress': '{phase}: {total}개 중 {done}개',
  'explain.progress.start': '설명을 시작하는 중…',
  'explain.phase.load': '모델과 데이터 불러오는 중',
  'explain.phase.importance': '특성 섞는 중',
  'explain.phase.dependence': '부분 의존성 계산 중',
  'explain.phase.coefficients': '계수 읽는 중',
  'explain.phase.structure': '모델 구조 읽는 중',
  'explain.phase.save': '설명 저장 중',
  'explain.phase.other': '작업 중',
  'explain.global.loading': '저장된 설명을 불러오는 중…',
  'explain.global.failed': '설명을 만들지 못했습니다: {message}',
  'explain.global.none': '이 실행에는 아직 전역 설명이 없습니다. “설명하기”를 눌러 계산하세요.',
  'explain.global.summary': '{split} 분할에서 설명함, {date}.',

  'explain.importance.title': '순열 중요도',
  'explain.importance.intro':
    '특성 하나를 섞었을 때 {metric}이(가) {baseline}에서 얼마나 떨어지는지를 {repeats}회 반복(시드 {seed})해 평균 낸 값입니다. 수염은 ± 표준편차 1을 나타냅니다.',
  'explain.importance.none': '점수를 매긴 특성이 없습니다.',
  'explain.importance.caption':
    '막대가 길수록 모델이 그 특성에 많이 의존합니다. 0 근처이거나 음수면 섞어도 성능이 떨어지지 않는다는 뜻입니다.',
  'explain.importance.label': '섞은 특성별 {metric} 하락폭, 큰 순서',
  'explain.importance.axis': '{metric} 하락폭',

  'explain.pd.title': '부분 의존성',
  'explain.pd.intro':
    '다른 특성은 그대로 두고 한 특성만 각 값으로 바꿨을 때 모델 출력이 어떻게 변하는지 보여 줍니다.',
  'explain.pd.none': '계산된 부분 의존성이 없습니다.',
  'explain.pd.feature': '특성',
  'explain.pd.average': '평균(부분 의존성)',
  'explain.pd.iceRow': '{row}번 행',
  'explain.pd.captionNumeric':
    '굵은 선은 “{feature}” 값에 따른 출력 “{output}”의 행 평균이고, 가는 선 하나하나는 표본으로 뽑은 행 {n}개 각각의 곡선(ICE)입니다.',
  'explain.pd.captionCategorical': '“{feature}”의 값별 출력 “{output}” 평균입니다.',
  'explain.pd.label': '“{feature}”에 대한 “{output}”의 부분 의존성',
  'explain.pd.yLabel': '출력 “{output}”',

  'explain.coef.title': '표준화 계수',
  'explain.coef.intro':
    '표준화한 입력에 대한 선형 모델의 가중치입니다. 절댓값이 클수록 표준편차 1당 영향이 크고, 부호는 방향을 나타냅니다.',
  'explain.coef.caption': '모델 입력·출력별 계수, 절댓값이 큰 순서',
  'explain.coef.input': '입력',
  'explain.coef.intercept': '절편',

  'explain.structure.title': '모델 구조',
  'explain.structure.intro': '레이어 {layers}개, 학습 가능한 파라미터 총 {parameters}개.',
  'explain.structure.batch': '배치',
  'explain.structure.shapes': '입력 {input} → 출력 {output}',
  'explain.structure.parameters': '파라미터 {n}개',
  'explain.structure.weights': '{layer}의 가중치: 평균 {mean}, 표준편차 {std}',
  'explain.structure.weightsLabel': '{layer} 커널 가중치의 히스토그램',
  'explain.structure.bin': '{from}~{to}: 가중치 {count}개',

  'explain.local.title': '개별 예측 설명',
  'explain.local.intro':
    '이 실행의 테스트 오류 중 가장 심한 행을 고르거나 데이터셋 버전의 행 번호를 입력하면, 각 특성이 예측을 평균에서 얼마나 밀어냈는지 볼 수 있습니다.',
  'explain.rows.title': '잘못 분류되거나 오차가 큰 테스트 행',
  'explain.rows.loading': '이 실행의 최악 오류를 불러오는 중…',
  'explain.rows.failed': '최악 오류를 불러오지 못했습니다. 대신 행 번호를 입력하세요.',
  'explain.rows.none':
    '이 실행의 최악 오류 정보가 없습니다. 테스트 분할로 평가하거나 행 번호를 입력하세요.',
  'explain.rows.item': '{row}번 행: 정답 {truth}, 예측 {prediction}',
  'explain.rows.input': '행 번호(0부터)',
  'explain.rows.explain': '이 행 설명하기',
  'explain.rows.invalid': '0 이상의 정수 행 번호를 입력하세요.',
  'explain.local.running': '예측을 설명하는 중…',
  'explain.local.failed': '예측을 설명하지 못했습니다: {message}',
  'explain.local.rowTitle': '{row}번 행',
  'explain.local.typedRow': '입력한 행',
  'explain.local.caption':
    '맨 위 평균 출력에서 시작해, 각 막대가 특성 하나의 “{output}” 기여도를 큰 순서로 더해 이 행의 예측값에 이릅니다.',
  'explain.local.label': '각 특성의 “{output}” 기여도',
  'explain.local.other': '나머지 특성 {n}개',
  'explain.local.method': '방법',
  'explain.local.base': '기준값(평균)',
  'explain.local.prediction': '예측값',
  'explain.local.gap': '가법성 오차',
  'explain.local.background': '배경 데이터',
  'explain.local.backgroundRows': '{n}개 행',
  'explain.local.backgroundSamples': '{n}개 행, 연합 {samples}개 샘플링',
  'explain.local.predicted': '예측 결과',
  'explain.local.predictedClass': '{label} ({p})',
  'explain.local.probabilities': '클래스별 확률',
  'explain.local.class': '클래스',
  'explain.local.probability': '확률',
  'explain.method.exact-shapley': '정확한 Shapley 값',
  'explain.method.kernel-shap': 'KernelSHAP(샘플링)',
  'explain.method.integrated-gradients': 'Integrated Gradients(통합 그래디언트)',

  'explain.whatIf.title': '가정 분석(What-if)',
  'explain.whatIf.intro':
    '행의 특성 값을 바꾸고 다시 예측해 모델의 답과 그 이유가 어떻게 달라지는지 확인하세요.',
  'explain.whatIf.missing': '(결측)',
  'explain.whatIf.run': '예측',
  'explain.whatIf.busy': '예측 중…',
  'explain.whatIf.restore': '원래 값으로 되돌리기',
  'explain.whatIf.value': '새 예측값: {value}',
  'explain.whatIf.class': '새 예측: {label} (확률 {p})',
  'explain.whatIf.failed': '수정한 행을 예측하지 못했습니다: {message}',
};
