/** English messages of the share-archive block (spread into en.ts): why an archive was refused. */
export const shareArchiveEn = {
  'archive.reason.not-zip':
    'This file is not a Lifecycle Lab archive (it is not a zip file the lab can read).',
  'archive.reason.truncated':
    'The archive is cut short: the file is incomplete. Download or copy it again.',
  'archive.reason.corrupt':
    'The archive is damaged: part of its data does not read back correctly.',
  'archive.reason.too-many-entries': 'The archive holds more files than the lab accepts.',
  'archive.reason.too-large': 'The archive unpacks to more data than the lab accepts.',
  'archive.reason.ratio':
    'A file in the archive unpacks to far more than its packed size: it looks like a zip bomb.',
  'archive.reason.path':
    'A file in the archive has an unsafe name (an absolute path, “..”, a backslash or a repeated name).',
  'archive.reason.manifest-missing':
    'The archive has no manifest.json: it was not made by Lifecycle Lab.',
  'archive.reason.manifest-json': 'The archive’s manifest is not valid JSON.',
  'archive.reason.manifest-schema': 'The archive’s manifest is missing a field or has a wrong one.',
  'archive.reason.newer-format':
    'This archive was made by a newer version of Lifecycle Lab. Update the lab to open it.',
  'archive.reason.wrong-format': 'This zip file is not a Lifecycle Lab archive.',
  'archive.reason.digest':
    'A file in the archive does not match its SHA-256 digest: it was changed or damaged.',
  'archive.reason.size':
    'A file in the archive does not have the size its manifest or zip header gives.',
  'archive.reason.missing-entry': 'A file the manifest lists is missing from the archive.',
  'archive.reason.unlisted-entry': 'The archive holds a file its manifest does not list.',
  'archive.reason.unsafe-key':
    'The archive’s JSON has a “__proto__”, “constructor” or “prototype” key, which the lab refuses.',
  'archive.reason.contents':
    'The archive’s data does not match what the lab stores: a row has a missing or wrong field, or its content does not hash to its id.',
  'invalid.archive-path':
    'use relative file names of “/”-separated parts, without “..”, “.”, backslashes or drive letters.',
  'invalid.archive-reserved-path': '“manifest.json” is reserved for the archive’s own manifest.',
  'invalid.archive-manifest': 'the archive manifest is missing a field or has a wrong one.',
  'invalid.archive-unsafe-key':
    'the archive’s JSON may not use “__proto__”, “constructor” or “prototype” as a key.',
} as const;
