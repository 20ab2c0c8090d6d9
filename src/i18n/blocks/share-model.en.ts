/** English messages of the share-model block (spread into en.ts): a model downloaded on its own. */
export const shareModelEn = {
  'share.model.download': 'Download model (TensorFlow.js)',
  'share.model.busy': 'Preparing the model…',
  'share.model.hint':
    'A zip with model.json, the weights, the fitted preprocessing, the input schema and a README: loadable with TensorFlow.js alone, without the lab. The version is packaged first if it is not yet.',
  'share.model.failed': 'The model could not be downloaded: {message}',
} as const;
