import type { FieldError, PredictResponse } from '../../../api/deploy-types';

/** One row of a response as the request console's table shows it. */
export interface ResponseRowView {
  row: number;
  prediction: string | number | null;
  /** Per label, its probability (classification), in the package's label order. */
  probabilities: { label: string; probability: number }[] | null;
  modelVersionId: string | null;
  role: 'champion' | 'challenger' | null;
  /** The shadow challenger's prediction for the same row, if the endpoint shadows. */
  shadow: string | number | null;
  /** Field errors of this row (refused under the skip-row policy). */
  errors: FieldError[];
}

/** The per-row view of a prediction response: prediction, probabilities, who answered, errors. */
export function computeResponseRows(response: PredictResponse): ResponseRowView[] {
  return response.predictions.map((prediction, row) => {
    const answer = response.answers[row] ?? null;
    const scores = response.probabilities?.[row] ?? null;
    const labels = response.labels;
    return {
      row,
      prediction,
      probabilities:
        scores === null || labels === null
          ? null
          : labels.map((label, index) => ({ label, probability: scores[index] ?? Number.NaN })),
      modelVersionId: answer?.modelVersionId ?? null,
      role: answer?.role ?? null,
      shadow: response.shadow?.predictions[row] ?? null,
      errors: response.errors.filter((error) => error.row === row),
    };
  });
}

/** A response as indented JSON text, for the console's raw view. */
export function computeResponseJson(response: PredictResponse): string {
  return JSON.stringify(response, null, 2);
}

/** The first eight characters of a digest, as tables show it. */
export function computeShortDigest(digest: string | null): string {
  return digest === null ? '' : digest.slice(0, 8);
}

/** A registry name in kebab-case from a project's name (`Iris Flowers` → `iris-flowers`). */
export function computeModelName(projectName: string): string {
  const name = projectName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return name === '' ? 'model' : name;
}

/** The download file name of a package: `<name>-v<version>.llpkg`. */
export function computePackageFileName(name: string, version: number): string {
  return `${name}-v${version}.llpkg`;
}
