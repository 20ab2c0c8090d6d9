import { LabError, type LabErrorCode, type LabErrorParams } from '../../../shared/lab-error';

/** Where bad input was found: the file, and the 1-based data row and column when known. */
export interface InputPlace {
  file: string;
  row?: number;
  column?: string;
}

/** A LabError for bad input, with the place in the message and in the error's fields. */
export function createInputError(
  code: Extract<LabErrorCode, 'PARSE_ERROR' | 'SCHEMA_MISMATCH'>,
  place: InputPlace,
  reason: string,
  params: LabErrorParams = {},
): LabError {
  const where = [
    `"${place.file}"`,
    place.row === undefined ? '' : `row ${place.row}`,
    place.column === undefined ? '' : `column "${place.column}"`,
  ]
    .filter((part) => part !== '')
    .join(', ');
  const options: ConstructorParameters<typeof LabError>[2] = {
    file: place.file,
    params: { file: place.file, reason, ...params },
  };
  if (place.row !== undefined) options.row = place.row;
  if (place.column !== undefined) options.column = place.column;
  return new LabError(code, `${where}: ${reason}`, options);
}
