import type { shareEn } from './share.en';

/** Korean messages of the share block (spread into ko.ts). */
export const shareKo: Record<keyof typeof shareEn, string> = {
  'share.title': '공유',
  'share.intro':
    '프로젝트 전체를 파일 하나(.lablab)로 내보냅니다: 데이터셋은 Parquet로, 실행과 가중치, 모델과 패키지, 리플레이와 재학습, 계보까지 모든 파일의 SHA-256과 함께 담습니다. 다른 브라우저에서 가져오면 같은 id, 지표, 예측을 그대로 얻습니다.',
  'share.exportProject': '프로젝트 내보내기',
  'share.exportSelection': '{model}과(와) 그 출처를 함께 내보내기',
  'share.exporting': '내보내는 중…',
  'share.importing': '아카이브를 읽는 중…',
  'share.phase.read': '아카이브를 읽는 중…',
  'share.phase.encode': '데이터셋 쓰는 중: {total}개 중 {done}개',
  'share.phase.zip': '아카이브로 묶는 중…',
  'share.phase.verify': '데이터셋 확인 중: {total}개 중 {done}개',
  'share.phase.write': '저장하는 중…',
  'share.import.title': '아카이브 가져오기',
  'share.import.intro':
    '다른 사람이 내보낸 프로젝트({extension})를 엽니다. 저장하기 전에 모두 검사하므로, 손상되거나 변조된 파일은 여기의 어떤 것도 바꾸지 않습니다.',
  'share.import.choose': '아카이브 파일 (또는 여기에 끌어다 놓기)',
  'share.import.done': '“{name}”을(를) 가져왔습니다 (레코드 {rows}개).',
  'share.import.nothingNew': '“{name}”은(는) 이미 있습니다: 새로 추가할 것이 없습니다.',
  'share.import.renamed': '“{from}” 프로젝트가 이미 있어 “{name}”(으)로 가져왔습니다.',
  'share.import.open': '열기',
  'share.import.fromLink': '링크의 아카이브를 가져오는 중…',
  'share.import.fromLinkDone': '링크에서 “{name}”을(를) 가져왔습니다.',
  'share.import.fromLinkFailed': '링크의 아카이브를 가져오지 못했습니다: {message}',
  'delete.confirm': '영구 삭제',
  'delete.cancel': '유지',
  'delete.project': '프로젝트 삭제',
  'delete.version': '버전 삭제',
  'delete.modelVersion': '모델 버전 삭제',
  'delete.run': '실행 삭제',
  'delete.projectDone': '프로젝트와 그 프로젝트만 쓰던 데이터를 모두 삭제했습니다.',
};
