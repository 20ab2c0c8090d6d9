import type { deployErrorsEn } from './deploy-errors.en';

/** Korean messages of the deploy-errors block (spread into ko.ts). */
export const deployErrorsKo: Record<keyof typeof deployErrorsEn, string> = {
  'invalid.not-rows': '행마다 객체 하나(필드 이름 → 값)를 담은 배열로 보내세요.',
  'invalid.duplicate-feature': '같은 피처가 두 번 지정되었습니다.',
  'invalid.bad-name': '영문자, 숫자, “-”, “_”, “.”만 쓸 수 있습니다(최대 64자).',
  'invalid.bad-alias': '영문 소문자, 숫자, “-”만 쓸 수 있습니다(최대 64자).',
  'invalid.other-model': '그 버전은 다른 모델 이름에 속해 있습니다.',
  'invalid.archived': '보관(archive)된 버전입니다. 별칭은 활성 버전에만 지정할 수 있습니다.',
  'deploy.rejected.bad-magic': 'Lifecycle Lab 모델 패키지 파일이 아닙니다.',
  'deploy.rejected.newer-format':
    '더 새로운 버전의 랩에서 만든 패키지입니다. 랩을 업데이트한 뒤 다시 여세요.',
  'deploy.rejected.unsupported-format': '이 랩이 읽을 수 없는 패키지 형식입니다.',
  'deploy.rejected.truncated': '패키지가 중간에 잘려 있습니다. 파일이 완전하지 않습니다.',
  'deploy.rejected.bad-manifest-json': '패키지 매니페스트가 올바른 JSON이 아닙니다.',
  'deploy.rejected.bad-manifest': '패키지 매니페스트에 필드가 빠졌거나 형식이 잘못되었습니다.',
  'deploy.rejected.weight-length': '패키지의 가중치 크기가 매니페스트에 적힌 크기와 다릅니다.',
  'deploy.fieldReason.missing':
    '{row}행, “{field}”: 값이 필요합니다(모델은 학습 때 이 필드가 비어 있는 경우를 본 적이 없습니다).',
  'deploy.fieldReason.wrong-type': '{row}행, “{field}”: “{value}”은(는) 이 필드의 타입이 아닙니다.',
  'deploy.fieldReason.unknown-category':
    '{row}행, “{field}”: “{value}”은(는) 학습 데이터에 없던 카테고리입니다.',
  'deploy.fieldReason.out-of-range':
    '{row}행, “{field}”: {value}은(는) 학습 데이터의 범위를 벗어났습니다. 모델이 본 적 없는 값입니다.',
  'deploy.fieldReason.unknown-field': '{row}행: “{field}”은(는) 이 모델의 입력이 아닙니다.',
};
