/**
 * Drift defaults, after Evidently's documented data-drift defaults (docs "Data drift: default
 * stattest"), per column by type and size — the size being the smaller of the reference and the
 * window (Evidently looks at the reference only; a distance with a fixed threshold over a small
 * window flags sampling noise: 29-event windows of undrifted weather data give normed
 * Wasserstein 0.12–0.37):
 * - numeric, either sample ≤ 1000 rows: two-sample KS, drift when p < 0.05;
 * - numeric, both > 1000 rows: normed Wasserstein (distance / max(std ddof=0, 0.001)), drift
 *   when ≥ 0.1;
 * - categorical, either sample ≤ 1000 rows: chi-square goodness of fit of the current counts
 *   against the reference shares, drift when p < 0.05;
 * - categorical, both > 1000 rows: Jensen–Shannon distance (natural log), drift when ≥ 0.1.
 * Not taken from Evidently: its z-test for two-category columns and its rule that a numeric
 * column with ≤ 5 distinct values is treated as categorical; the lab keeps the column's own type.
 */

/** Rows above which (in both samples) the distance tests replace the hypothesis tests. */
export const largeReferenceRows = 1000;

/** p-value below which KS and chi-square call drift. */
export const defaultPValueThreshold = 0.05;

/** Normed Wasserstein distance at or above which a numeric column drifted. */
export const defaultWassersteinThreshold = 0.1;

/** Jensen–Shannon distance at or above which a categorical column drifted. */
export const defaultJensenShannonThreshold = 0.1;

/** Share of drifted columns at or above which the dataset drifted (Evidently: 0.5). */
export const defaultDriftShare = 0.5;

/** Largest sample size for which KS takes the exact p-value (scipy 1.10.1 `MAX_AUTO_N`). */
export const ksExactMaxSize = 10000;

/** Quantile bins of the reference for PSI. */
export const defaultPsiBins = 10;

/** Smallest bin share in PSI, so an empty bin contributes a finite term (Evidently: 0.0001). */
export const psiShareEpsilon = 1e-4;

/** Floor for the reference standard deviation in the normed Wasserstein (Evidently: 0.001). */
export const wassersteinStdFloor = 0.001;
