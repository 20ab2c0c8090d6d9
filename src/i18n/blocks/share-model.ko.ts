import type { shareModelEn } from './share-model.en';

/** Korean messages of the share-model block (spread into ko.ts): a model downloaded on its own. */
export const shareModelKo: Record<keyof typeof shareModelEn, string> = {
  'share.model.download': '모델 다운로드 (TensorFlow.js)',
  'share.model.busy': '모델을 준비하는 중…',
  'share.model.hint':
    'model.json, 가중치, 학습 때 적합한 전처리, 입력 스키마, README를 담은 zip 파일입니다. 랩 없이 TensorFlow.js만으로 불러올 수 있습니다. 아직 패키징하지 않은 버전이면 먼저 패키징합니다.',
  'share.model.failed': '모델을 다운로드하지 못했습니다: {message}',
};
