/** English messages of storage housekeeping: deletions, storage per project, the export reminder. */
export const housekeepingEn = {
  'invalid.in-use': 'it is still in use ({detail}). Delete or finish those first.',
  'housekeeping.freed': 'Deleted. {bytes} freed.',
  'housekeeping.kept.shared': '{what} is kept: {projects} other project(s) still use it.',
  'housekeeping.kept.importing': '{what} is kept: an import is still writing it.',

  'housekeeping.usage.title': 'Storage per project',
  'housekeeping.usage.loading': 'Adding up storage per project…',
  'housekeeping.usage.empty': 'No project stores any data yet.',
  'housekeeping.usage.caption':
    'Bytes each project stores. A dataset version shared by several projects is stored once but counted in each of them; the last row counts it once.',
  'housekeeping.usage.project': 'Project',
  'housekeeping.usage.datasets': 'Datasets',
  'housekeeping.usage.checkpoints': 'Runs (checkpoints)',
  'housekeeping.usage.packages': 'Models (packages)',
  'housekeeping.usage.logs': 'Logs (predictions, windows)',
  'housekeeping.usage.total': 'Total',
  'housekeeping.usage.shared': '{count} shared version(s), {bytes}',
  'housekeeping.usage.sharedTitle': 'Version {id} is used by {projects} projects.',
  'housekeeping.usage.unattributed': 'Not attributed to a project',
  'housekeeping.usage.all': 'Everything stored',
  'housekeeping.usage.refresh': 'Recount',

  'housekeeping.reminder.label': 'Export reminder',
  'housekeeping.reminder.title': 'Export your work before the browser deletes it',
  'housekeeping.reminder.body':
    'Your browser may delete this lab’s data: its storage is not persistent, and some browsers (Safari) delete a site’s storage after seven days without a visit. These projects have changes that are not in any export:',
  'housekeeping.reminder.never': 'never exported',
  'housekeeping.reminder.changed': 'changed since its last export',
  'housekeeping.reminder.export': 'Export {project}',
  'housekeeping.reminder.dismiss': 'Remind me after the next change',
  'housekeeping.reminder.dismissAll': 'Hide this reminder',
} as const;
