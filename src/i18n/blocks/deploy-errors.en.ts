/** English messages of the deploy-errors block (spread into en.ts). */
export const deployErrorsEn = {
  'invalid.not-rows': 'send an array of objects, one per row (field name → value).',
  'invalid.duplicate-feature': 'a feature is listed twice.',
  'invalid.bad-name': 'use only letters, digits, “-”, “_” and “.” (at most 64 characters).',
  'invalid.bad-alias': 'use only lower-case letters, digits and “-” (at most 64 characters).',
  'invalid.other-model': 'that version belongs to another model name.',
  'invalid.archived': 'that version is archived; aliases can point only at active versions.',
  'deploy.rejected.bad-magic': 'This file is not a Lifecycle Lab model package.',
  'deploy.rejected.newer-format':
    'This package was made by a newer version of the lab. Update the lab to open it.',
  'deploy.rejected.unsupported-format': 'This package’s format is not one this lab reads.',
  'deploy.rejected.truncated': 'The package is cut short: the file is incomplete.',
  'deploy.rejected.bad-manifest-json': 'The package’s manifest is not valid JSON.',
  'deploy.rejected.bad-manifest': 'The package’s manifest is missing a field or has a wrong one.',
  'deploy.rejected.weight-length':
    'The package’s weights do not have the length its manifest gives.',
  'deploy.fieldReason.missing':
    'Row {row}, “{field}”: a value is required (the model never saw it missing in training).',
  'deploy.fieldReason.wrong-type': 'Row {row}, “{field}”: “{value}” is not of the field’s type.',
  'deploy.fieldReason.unknown-category':
    'Row {row}, “{field}”: “{value}” is not a category seen in training.',
  'deploy.fieldReason.out-of-range':
    'Row {row}, “{field}”: {value} is outside the training range; the model never saw such values.',
  'deploy.fieldReason.unknown-field': 'Row {row}: “{field}” is not an input of this model.',
} as const;
