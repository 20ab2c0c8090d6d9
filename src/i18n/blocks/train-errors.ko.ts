import type { trainErrorsEn } from './train-errors.en';

/** Korean messages of the train-errors block (spread into ko.ts). */
export const trainErrorsKo: Record<keyof typeof trainErrorsEn, string> = {
  'invalid.no-target': '이 데이터셋 버전에 있는 타깃 열을 선택하세요.',
  'invalid.no-features': '피처 열을 하나 이상 선택하세요.',
  'invalid.all-missing': '학습 데이터에서 “{column}” 열의 값이 모두 비어 있습니다.',
  'invalid.single-class':
    '학습 데이터에 클래스가 {classes}개뿐입니다. 분류 모델을 학습하려면 클래스가 2개 이상 필요합니다.',
  'invalid.too-few-rows':
    '학습 데이터가 {rows}행으로 배치 크기 {batchSize}보다 적습니다. 배치 크기를 줄이거나 데이터를 더 준비하세요.',
  'invalid.non-finite':
    '전처리 후 {row}행 “{column}” 열의 값이 유한한 숫자가 아닙니다. 해당 열을 정제하거나 클리핑하세요.',
  'invalid.family-task':
    '{family} 모델은 이 문제 유형에 맞지 않습니다. 로지스틱 회귀는 분류에, 선형 회귀는 회귀에 사용합니다.',
  'invalid.bad-hyper': '허용 범위({limits})를 벗어난 값입니다.',
  'searchBest.lowest': '시도 {trials}회 중 {metric}이(가) 가장 낮음 ({value})',
  'searchBest.highest': '시도 {trials}회 중 {metric}이(가) 가장 높음 ({value})',
  'searchBest.lowestRung':
    '마지막 단계(rung {rung})의 시도 {trials}회 중 {metric}이(가) 가장 낮음 ({value})',
  'searchBest.highestRung':
    '마지막 단계(rung {rung})의 시도 {trials}회 중 {metric}이(가) 가장 높음 ({value})',
};
