/**
 * The words of an exported model's README in English and Korean. Slots such as `{name}` are
 * filled by `computeModelReadme`; the example code itself is not translated.
 */

/** README locales. */
export type ReadmeLocale = 'en' | 'ko';

/** The README's phrases, by key. */
export interface ReadmeText {
  intro: string;
  classification: string;
  regression: string;
  files: string;
  modelJson: string;
  weights: string;
  preprocessing: string;
  inputSchema: string;
  readme: string;
  vector: string;
  numeric: string;
  oneHot: string;
  outputClass: string;
  outputNumber: string;
  example: string;
  exampleHow: string;
  exampleBrowser: string;
  saveAs: string;
  validation: string;
}

/** English and Korean phrases of the README. */
export const readmeText: Readonly<Record<ReadmeLocale, ReadmeText>> = {
  en: {
    intro:
      'A {task} model exported from Lifecycle Lab. It predicts `{target}` from {count} input fields and runs without the lab: only TensorFlow.js is needed.',
    classification: 'classification',
    regression: 'regression',
    files: 'Files',
    modelJson:
      'the model in the standard TensorFlow.js layers format (topology and weights manifest).',
    weights: 'the weights, {bytes} bytes ({parameters} parameters).',
    preprocessing:
      'how one input object becomes the model\u2019s input vector, and how its output becomes the answer. Apply it exactly, or the predictions will not match the lab\u2019s.',
    inputSchema:
      'the fields the model was trained on: type, whether a value may be missing, the categories and the range seen in training.',
    readme: 'this file.',
    vector: 'Preprocessing: an input vector of {width} numbers, the features in this order:',
    numeric:
      '`{name}` ({type}): 1 input, (value \u2212 {mean}) / {scale}; a missing value counts as the mean (input 0).',
    oneHot:
      '`{name}` ({type}): {width} inputs, one per category ({categories}): 1 at the value\u2019s category, else 0; a missing or unseen value gives all zeros.',
    outputClass:
      'Output: one probability per class, in the order {labels}; the answer is the class with the largest.',
    outputNumber:
      'Output: one number; the answer in `{target}`\u2019s own units is output \u00d7 {scale} + {mean}.',
    example: 'Predict with plain JavaScript',
    exampleHow:
      'Install TensorFlow.js (`npm install @tensorflow/tfjs@{tfjs}`), save the code below as `predict.mjs` in this folder, and run it with one input object or an array of them as JSON. It prints one JSON line per input: the label and the class probabilities, or the value.',
    exampleBrowser:
      'In a browser, load the model with `await tf.loadLayersModel(\u0027model.json\u0027)` and the preprocessing with `await (await fetch(\u0027preprocessing.json\u0027)).json()`; the rest is the same.',
    saveAs: 'Save as predict.mjs next to model.json, then run:',
    validation:
      'The lab\u2019s endpoints also check each request against `input-schema.json` (required fields, types, categories and ranges seen in training) before predicting; this example does not, so check inputs yourself where it matters.',
  },
  ko: {
    intro:
      'Lifecycle Lab에서 내보낸 {task} 모델입니다. 입력 필드 {count}개로 `{target}` 값을 예측하며, 랩 없이 TensorFlow.js만 있으면 실행됩니다.',
    classification: '분류',
    regression: '회귀',
    files: '파일 구성',
    modelJson: '표준 TensorFlow.js layers 형식의 모델(모델 구조와 가중치 목록)입니다.',
    weights: '가중치 파일입니다({bytes}바이트, 파라미터 {parameters}개).',
    preprocessing:
      '입력 객체 하나를 모델 입력 벡터로 바꾸는 방법과, 모델 출력을 최종 예측값으로 바꾸는 방법입니다. 그대로 적용해야 랩과 같은 예측이 나옵니다.',
    inputSchema:
      '모델이 학습한 필드 목록입니다. 각 필드의 타입, 결측 허용 여부, 학습 때 본 카테고리와 값 범위가 들어 있습니다.',
    readme: '지금 보고 있는 이 파일입니다.',
    vector: '전처리: 입력 벡터는 숫자 {width}개이며, 피처 순서는 다음과 같습니다.',
    numeric:
      '`{name}` ({type}): 입력 1개, (값 \u2212 {mean}) / {scale}. 결측값은 평균으로 채웁니다(입력 0).',
    oneHot:
      '`{name}` ({type}): 카테고리마다 입력 1개씩 총 {width}개({categories}). 해당 카테고리 자리만 1이고 나머지는 0입니다. 결측값이나 학습 때 없던 값은 모두 0입니다.',
    outputClass:
      '출력: 클래스별 확률이 {labels} 순서로 나옵니다. 확률이 가장 큰 클래스가 예측 결과입니다.',
    outputNumber:
      '출력: 숫자 1개입니다. `{target}`의 원래 단위로는 출력 \u00d7 {scale} + {mean}이 예측값입니다.',
    example: '순수 JavaScript로 예측하기',
    exampleHow:
      'TensorFlow.js를 설치하고(`npm install @tensorflow/tfjs@{tfjs}`), 아래 코드를 이 폴더에 `predict.mjs`로 저장한 뒤 입력 객체 하나 또는 객체 배열을 JSON으로 넘겨 실행하세요. 입력마다 JSON 한 줄을 출력합니다. 분류는 레이블과 클래스별 확률, 회귀는 예측값입니다.',
    exampleBrowser:
      '브라우저에서는 `await tf.loadLayersModel(\u0027model.json\u0027)`로 모델을, `await (await fetch(\u0027preprocessing.json\u0027)).json()`으로 전처리 정보를 불러오면 나머지는 같습니다.',
    saveAs: 'model.json과 같은 폴더에 predict.mjs로 저장한 뒤 실행:',
    validation:
      '랩의 엔드포인트는 예측 전에 각 요청을 `input-schema.json`(필수 필드, 타입, 학습 때 본 카테고리와 범위)으로 검증하지만, 이 예제는 검증하지 않습니다. 필요한 곳에서는 입력을 직접 확인하세요.',
  },
};
