import type { housekeepingEn } from './housekeeping.en';

/** Korean messages of storage housekeeping (spread into ko.ts). */
export const housekeepingKo: Record<keyof typeof housekeepingEn, string> = {
  'invalid.in-use': '아직 사용 중입니다({detail}). 먼저 그것들을 삭제하거나 끝내세요.',
  'housekeeping.freed': '삭제했습니다. {bytes}를 확보했습니다.',
  'housekeeping.kept.shared':
    '{what}은(는) 남겨 두었습니다: 다른 프로젝트 {projects}개가 아직 사용합니다.',
  'housekeeping.kept.importing': '{what}은(는) 남겨 두었습니다: 아직 가져오기가 쓰는 중입니다.',

  'housekeeping.usage.title': '프로젝트별 저장 공간',
  'housekeeping.usage.loading': '프로젝트별 저장 공간을 계산하는 중…',
  'housekeeping.usage.empty': '아직 데이터를 저장한 프로젝트가 없습니다.',
  'housekeeping.usage.caption':
    '프로젝트마다 저장한 바이트입니다. 여러 프로젝트가 함께 쓰는 데이터셋 버전은 한 번만 저장되지만 각 프로젝트에 모두 포함해 셉니다. 마지막 행에서는 한 번만 셉니다.',
  'housekeeping.usage.project': '프로젝트',
  'housekeeping.usage.datasets': '데이터셋',
  'housekeeping.usage.checkpoints': '실행(체크포인트)',
  'housekeeping.usage.packages': '모델(패키지)',
  'housekeeping.usage.logs': '로그(예측, 윈도우)',
  'housekeeping.usage.total': '합계',
  'housekeeping.usage.shared': '공유 버전 {count}개, {bytes}',
  'housekeeping.usage.sharedTitle': '버전 {id}을(를) 프로젝트 {projects}개가 사용합니다.',
  'housekeeping.usage.unattributed': '어느 프로젝트에도 속하지 않음',
  'housekeeping.usage.all': '저장된 전체',
  'housekeeping.usage.refresh': '다시 계산',

  'housekeeping.reminder.label': '내보내기 알림',
  'housekeeping.reminder.title': '브라우저가 지우기 전에 작업을 내보내세요',
  'housekeeping.reminder.body':
    '브라우저가 이 랩의 데이터를 지울 수 있습니다. 저장 공간이 영구 저장소가 아니고, 일부 브라우저(Safari)는 7일 동안 방문하지 않은 사이트의 저장 공간을 지웁니다. 다음 프로젝트에는 아직 내보내지 않은 변경이 있습니다:',
  'housekeeping.reminder.never': '한 번도 내보내지 않음',
  'housekeeping.reminder.changed': '마지막 내보내기 이후 변경됨',
  'housekeeping.reminder.export': '{project} 내보내기',
  'housekeeping.reminder.dismiss': '다음 변경 후에 다시 알림',
  'housekeeping.reminder.dismissAll': '이 알림 숨기기',
};
