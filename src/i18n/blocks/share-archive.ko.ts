import type { shareArchiveEn } from './share-archive.en';

/** Korean messages of the share-archive block (spread into ko.ts). */
export const shareArchiveKo: Record<keyof typeof shareArchiveEn, string> = {
  'archive.reason.not-zip':
    'Lifecycle Lab 아카이브 파일이 아닙니다(랩에서 읽을 수 있는 zip 파일이 아닙니다).',
  'archive.reason.truncated':
    '아카이브가 중간에 잘려 있습니다. 파일이 완전하지 않으니 다시 내려받거나 복사하세요.',
  'archive.reason.corrupt': '아카이브가 손상되었습니다. 일부 데이터를 올바르게 읽을 수 없습니다.',
  'archive.reason.too-many-entries': '아카이브에 랩이 허용하는 것보다 많은 파일이 들어 있습니다.',
  'archive.reason.too-large': '아카이브의 압축을 풀면 랩이 허용하는 크기를 넘습니다.',
  'archive.reason.ratio':
    '아카이브 안의 파일이 압축된 크기에 비해 지나치게 크게 풀립니다. zip 폭탄(zip bomb)으로 보입니다.',
  'archive.reason.path':
    '아카이브 안에 안전하지 않은 파일 이름이 있습니다(절대 경로, “..”, 백슬래시, 중복된 이름 등).',
  'archive.reason.manifest-missing':
    '아카이브에 manifest.json이 없습니다. Lifecycle Lab에서 만든 아카이브가 아닙니다.',
  'archive.reason.manifest-json': '아카이브의 매니페스트가 올바른 JSON이 아닙니다.',
  'archive.reason.manifest-schema':
    '아카이브의 매니페스트에 필드가 빠졌거나 형식이 잘못되었습니다.',
  'archive.reason.newer-format':
    '더 새로운 버전의 Lifecycle Lab에서 만든 아카이브입니다. 랩을 업데이트한 뒤 다시 여세요.',
  'archive.reason.wrong-format': 'Lifecycle Lab 아카이브가 아닌 zip 파일입니다.',
  'archive.reason.digest':
    '아카이브 안의 파일이 SHA-256 다이제스트와 일치하지 않습니다. 변경되었거나 손상되었습니다.',
  'archive.reason.size': '아카이브 안의 파일 크기가 매니페스트나 zip 헤더에 적힌 크기와 다릅니다.',
  'archive.reason.missing-entry': '매니페스트에 적힌 파일이 아카이브에 없습니다.',
  'archive.reason.unlisted-entry': '아카이브에 매니페스트에 없는 파일이 들어 있습니다.',
  'archive.reason.unsafe-key':
    '아카이브의 JSON에 “__proto__”, “constructor”, “prototype” 키가 있어 가져올 수 없습니다.',
  'archive.reason.contents':
    '아카이브의 데이터가 랩이 저장하는 형태와 맞지 않습니다: 행에 필드가 없거나 잘못되었거나, 내용의 해시가 id와 다릅니다.',
  'invalid.archive-path':
    '“/”로 구분한 상대 경로만 쓸 수 있습니다(“..”, “.”, 백슬래시, 드라이브 문자는 쓸 수 없습니다).',
  'invalid.archive-reserved-path':
    '“manifest.json”은 아카이브 자체의 매니페스트 이름으로 예약되어 있습니다.',
  'invalid.archive-manifest': '아카이브 매니페스트에 필드가 빠졌거나 형식이 잘못되었습니다.',
  'invalid.archive-unsafe-key':
    '아카이브의 JSON에는 “__proto__”, “constructor”, “prototype”을 키로 쓸 수 없습니다.',
};
