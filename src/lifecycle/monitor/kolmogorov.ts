/**
 * The survival function of the two-sided one-sample KS statistic D_n (scipy 1.10.1
 * `kstwo.sf`, `_kolmogn(cdf=False)`), in the regions the two-sample asymptotic test reaches:
 * 2 · Smirnov (Birnbaum–Tingey sum) when n·x² ≥ 2.2, else 1 − Pelz–Good (scipy takes the
 * Durbin matrix for n·x^1.5 ≤ 1.4, where p ≈ 1: not ported).
 */
import { computeLogGamma } from '../data/importance/special-functions';

/** P(D⁺_n ≥ x), the one-sided Smirnov survival, by the Birnbaum–Tingey sum in log space. */
export function computeSmirnovSurvival(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const logN = computeLogGamma(n + 1);
  let sum = 0;
  for (let j = 0; j <= Math.floor(n * (1 - x)); j++) {
    const low = 1 - x - j / n;
    const high = x + j / n;
    if (low <= 0 && n - j > 0) continue;
    const logTerm =
      logN -
      computeLogGamma(j + 1) -
      computeLogGamma(n - j + 1) +
      (n - j) * Math.log(low) +
      (j - 1) * Math.log(high);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, x * sum);
}

/** The Pelz–Good approximation of P(D_n ≤ x). */
export function computePelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -(Math.PI ** 2) / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const pi2 = Math.PI ** 2;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const k = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let i = maxk; i > 0; i--) {
    const m = 2 * i - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * i);
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ];
    for (let c = 0; c < 4; c++) k[c] = k[c]! * qpower + coeffs[c]!;
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let c = 0; c < 4; c++) k[c] = (k[c]! * q * sqrt2pi) / divisors[c]!;
  q = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let i = maxk; i > 0; i--) {
    const i2 = i * i;
    const qp = q ** i2;
    k2extra += i2 * qp;
    k3extra += (sqrt3z + Math.PI * i) * (sqrt3z - Math.PI * i) * i2 * qp;
  }
  k[2] = k[2]! + (k2extra * pi2 * sqrt2pi) / (-36 * z ** 3);
  k[3] = k[3]! + (k3extra * pi2 * sqrt2pi) / (216 * z6);
  return k.reduce((sum, term, c) => sum + term / Math.pow(n, c / 2), 0);
}

/** P(D_n ≥ x) for the two-sided one-sample KS statistic with n ≥ 141 (scipy `kstwo.sf`). */
export function computeKolmogorovSurvival(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const nx2 = n * x * x;
  if (nx2 >= 370) return 0;
  const t = n * x;
  if (t <= 0.5) return 1;
  if (t <= 1) {
    // Ruben–Gambino: P(D_n ≤ x) = n!/nⁿ · (2t − 1)ⁿ for 1/2n ≤ x ≤ 1/n.
    const logFactorialOverPower = computeLogGamma(n + 1) - n * Math.log(n);
    return 1 - Math.exp(logFactorialOverPower + n * Math.log(2 * t - 1));
  }
  if (nx2 >= 2.2) return Math.min(1, Math.max(0, 2 * computeSmirnovSurvival(n, x)));
  // scipy takes the Durbin matrix here when n ≤ 100000 and n·x^1.5 ≤ 1.4 (p ≈ 1); Pelz–Good
  // is used for all of this region instead.
  return Math.min(1, Math.max(0, 1 - computePelzGoodCdf(n, x)));
}
