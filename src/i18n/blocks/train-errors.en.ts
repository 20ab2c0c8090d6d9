/** English messages of the train-errors block (spread into en.ts). */
export const trainErrorsEn = {
  'invalid.no-target': 'choose a target column that exists in this dataset version.',
  'invalid.no-features': 'choose at least one feature column.',
  'invalid.all-missing': 'column “{column}” has no values in the training rows.',
  'invalid.single-class':
    'the training rows hold {classes} class; classification needs at least 2 classes.',
  'invalid.too-few-rows':
    'there are {rows} training rows, fewer than the batch size {batchSize}. Lower the batch size or add data.',
  'invalid.non-finite':
    'row {row}, column “{column}” is not a finite number after preprocessing. Clean or clip that column.',
  'invalid.family-task':
    'the {family} model does not fit this task: logistic regression is for classification, linear regression for regression.',
  'invalid.bad-hyper': 'the value is outside its allowed range ({limits}).',
  'searchBest.lowest': 'lowest {metric} of {trials} trials ({value})',
  'searchBest.highest': 'highest {metric} of {trials} trials ({value})',
  'searchBest.lowestRung':
    'lowest {metric} of {trials} trials in the last rung, rung {rung} ({value})',
  'searchBest.highestRung':
    'highest {metric} of {trials} trials in the last rung, rung {rung} ({value})',
} as const;
