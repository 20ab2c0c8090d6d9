/**
 * English catalog: the source of message keys. Every key here must exist in ko.ts (the type
 * of `ko` enforces it). Placeholders are `{name}`.
 */
export const en = {
  'app.title': 'Lifecycle Lab',
  'app.tagline': 'The whole machine-learning lifecycle, in your browser.',

  'app.skipToContent': 'Skip to main content',
  'app.pageTitle': '{page} · Lifecycle Lab',
  'app.loading': 'Loading…',
  'app.reload': 'Reload',
  'app.startupFailed.title': 'The lab could not start',
  'app.startupFailed.body':
    'The lab needs the browser storage (IndexedDB) to open. It may be turned off, for example in a private window.',
  'app.startupFailed.detail': 'Details: {detail}',

  'nav.main': 'Main',
  'nav.projects': 'Projects',
  'nav.settings': 'Settings',
  'nav.stages': 'Lifecycle stages of {project}',
  'nav.stageStatus.has-results': 'Has results',
  'nav.stageStatus.empty': 'No results yet',
  'nav.stageProgress': '{done} of {total} stages have results',

  'language.label': 'Language',

  'notices.label': 'Notifications',
  'notices.dismiss': 'Dismiss',
  'notices.repeated': '(×{count})',

  'task.classification': 'Classification',
  'task.regression': 'Regression',

  'home.title': 'Projects',
  'home.create.title': 'New project',
  'home.create.name': 'Project name',
  'home.create.nameHint': 'Required, up to {max} characters.',
  'home.create.nameError': 'Enter a project name of 1 to {max} characters.',
  'home.create.problem': 'Problem to solve',
  'home.create.problemHint':
    'Optional. Which decision or prediction should the model help with? You can refine it on the Plan page later.',
  'home.create.task': 'Task',
  'home.create.submit': 'Create project',
  'home.create.submitting': 'Creating…',
  'home.create.failed': 'The project was not created: {message}',
  'home.create.created': 'Project “{name}” created.',
  'home.list.title': 'Your projects',
  'home.list.loading': 'Loading projects…',
  'home.list.empty': 'No projects yet. Create one to start the cycle.',
  'home.list.failed': 'The projects could not be loaded: {message}',
  'home.list.created': 'Created {date}',

  'project.eyebrow': 'Project: {name}',
  'project.loading': 'Loading the project…',
  'project.loadFailed': 'The project could not be loaded: {message}',

  'plan.intro': 'The plan as it was saved when the project was created.',
  'plan.laterNote':
    'Editing the plan (hypothesis, target, success criteria, latency budget) comes in a later version of the lab. For now this page shows what was stored.',
  'plan.field.name': 'Name',
  'plan.field.problem': 'Problem',
  'plan.field.hypothesis': 'Hypothesis',
  'plan.field.task': 'Task',
  'plan.field.target': 'Target column',
  'plan.field.kpi': 'Business KPI',
  'plan.field.criteria': 'Success criteria',
  'plan.field.latency': 'Latency budget (p95 per prediction)',
  'plan.field.created': 'Created',
  'plan.notSet': 'Not set',
  'plan.latencyValue': '{ms} ms',

  'stage.notBuilt.title': 'Not built yet',
  'stage.notBuilt.body':
    'This stage comes in a later version of the lab. Until then this page stays empty on purpose: nothing here is simulated.',
  'stage.willDo': 'What this stage will do',
  'stage.about.data':
    'Import a sample dataset or your own file, then label, clean, transform and split it, explore its columns and rank its features. Every change makes a new, immutable dataset version that remembers its parents and the step that made it.',
  'stage.about.train':
    'Pick a model family and its hyperparameters, or let a search pick them, and watch the model learn epoch by epoch. Every run records its dataset version, settings, seed and backend so it can be repeated exactly.',
  'stage.about.evaluate':
    'Test a run on held-out data: metrics, curves, the confusion matrix, errors by slice, robustness and latency. A gate compares the results with the success criteria of the plan.',
  'stage.about.explain':
    'See which features drive the model overall (permutation importance, partial dependence) and why it made one particular prediction (per-prediction attributions).',
  'stage.about.deploy':
    'Register a model version, package it with its fitted preprocessing and environment, and serve it from an endpoint, with champion and challenger versions and rollback.',
  'stage.about.monitor':
    'Replay a stream of data through the endpoint, optionally with injected drift, and watch data drift, performance, latency and alerts; then retrain and decide whether the new model replaces the old one.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at “{path}”.',
  'notFound.projectTitle': 'Project not found',
  'notFound.projectBody':
    'No project with the id “{id}” is stored in this browser. It may have been deleted, or the link comes from another browser.',
  'notFound.back': 'Back to projects',

  'settings.title': 'Settings',
  'settings.language.title': 'Language',
  'settings.language.legend': 'Display language',
  'settings.storage.title': 'Storage',
  'settings.storage.loading': 'Reading storage usage…',
  'settings.storage.usage': '{usage} used of {quota} available to this site ({percent}).',
  'settings.storage.usageOnly': '{usage} used. The browser does not say how much is available.',
  'settings.storage.unknown': 'The browser does not report how much storage the lab uses.',
  'settings.storage.persisted':
    'Persistent storage is on: the browser will not clear the lab’s data on its own.',
  'settings.storage.notPersisted':
    'Storage is not persistent: the browser may clear the lab’s data when the device runs low on space.',
  'settings.storage.persist': 'Keep data persistently',
  'settings.storage.persistGranted': 'The browser granted persistent storage.',
  'settings.storage.persistDenied':
    'The browser declined persistent storage for now. Browsers often grant it later, for example once the lab is installed or bookmarked.',
  'settings.backend.title': 'Compute backend',
  'settings.backend.intro':
    'The lab times a short training workload on each backend this browser offers and uses the fastest. You can override the choice.',
  'settings.backend.loading': 'Reading the backend table…',
  'settings.backend.caption': 'Backends measured on this device',
  'settings.backend.col.backend': 'Backend',
  'settings.backend.col.threads': 'Threads',
  'settings.backend.col.available': 'Available',
  'settings.backend.col.msPerStep': 'ms per step',
  'settings.backend.col.chosen': 'Chosen',
  'settings.backend.yes': 'Yes',
  'settings.backend.noReason': 'No ({reason})',
  'settings.backend.no': 'No',
  'settings.backend.chosen': 'In use',
  'settings.backend.fastest': 'Fastest',
  'settings.backend.override': 'Overridden',
  'settings.backend.notMeasured': 'Not measured',
  'settings.backend.empty': 'No backend has been measured on this device yet.',
  'settings.backend.measuredAt': 'Measured {date}.',
  'settings.backend.device': 'Device: {device}',
  'settings.backend.measure': 'Measure again',
  'settings.backend.measuring': 'Measuring…',
  'settings.backend.progress': 'Measuring {phase}: {done} of {total}',
  'settings.backend.measureDone': 'Measurement finished.',
  'settings.backend.choice': 'Backend to use',
  'settings.backend.automatic': 'Automatic (fastest)',
  'settings.backend.automaticWith': 'Automatic (fastest: {backend})',
  'settings.backend.saved': 'The lab now uses {backend}.',
  'settings.backend.rowThreads': '{backend}, {threads} threads',
  'settings.backend.rowOneThread': '{backend}, 1 thread',
  'settings.about.title': 'About this lab',
  'settings.about.app': 'Lab version',
  'settings.about.tfjs': 'TensorFlow.js',
  'settings.about.backend': 'Backend in use',
  'settings.about.none': 'Not loaded yet',

  'backend.webgpu': 'WebGPU',
  'backend.webgl': 'WebGL',
  'backend.wasm': 'WebAssembly',
  'backend.cpu': 'CPU (JavaScript)',

  'stage.plan': 'Plan',
  'stage.data': 'Data',
  'stage.train': 'Train',
  'stage.evaluate': 'Evaluate',
  'stage.explain': 'Explain',
  'stage.deploy': 'Deploy',
  'stage.monitor': 'Monitor',

  'error.PARSE_ERROR': 'The input could not be read: {detail}',
  'error.SCHEMA_MISMATCH': 'The data does not match the expected schema: {detail}',
  'error.QUOTA_EXCEEDED':
    'The browser has no more storage for this site. Nothing was saved. Free space by deleting projects, or allow persistent storage in Settings.',
  'error.NOT_FOUND': 'Not found: {what}',
  'error.INVALID_ARGUMENT': 'Check “{field}”: {reasonText}',
  'invalid.required': 'it is required.',
  'invalid.too_long': 'it is too long.',
  'invalid.wrong_type': 'it has the wrong type of value.',
  'invalid.not_allowed': 'that value is not one of the allowed choices.',
  'invalid.not_finite': 'it must be a finite number.',
  'invalid.not_positive': 'it must be greater than zero.',
  'invalid.unknown_field': 'the lab does not know this field.',
  'invalid.not_a_metric': 'that metric does not belong to this task.',
  'invalid.invalid': 'the value is not valid ({detail}).',
  'error.ARCHIVE_REJECTED': 'The archive was refused: {detail}',
  'error.READ_ONLY':
    'Another tab upgraded the lab to a newer version. This tab is now read-only: reload it to continue.',
  'error.STORAGE_LOST':
    "The browser deleted this site's stored data while the lab was open. Reload to start with an empty lab.",
  'error.STORAGE_ERROR': 'The browser storage failed: {detail}',
  'error.WORKER_FAILED': 'The {worker} worker failed: {detail}',
  'error.WORKER_CRASHED':
    'The {worker} worker stopped unexpectedly. The next action starts a fresh one.',
  'error.CANCELLED': 'Cancelled.',
  'error.BACKEND_UNAVAILABLE': 'The {backend} backend is not available in this browser: {detail}',
  'error.DEVICE_LOST': 'The GPU device was lost ({detail}). Falling back to {backend}.',
  'error.INTERNAL': 'Something went wrong inside the lab: {detail}',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** A catalog: one string per message key. */
export type Catalog = Record<MessageKey, string>;
