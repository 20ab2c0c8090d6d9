/**
 * Special functions behind the tests' p-values and the kNN mutual-information estimator:
 * log-gamma (Lanczos, g = 671/128, Numerical Recipes 3rd ed. §6.1), digamma (recurrence and
 * asymptotic series), the regularized incomplete beta (continued fraction, NR3 §6.4, modified
 * Lentz) and gamma (series / continued fraction, NR3 §6.2). Checked against scipy.special.
 */

// NR3 `gammln` coefficients, written as the doubles their 18-digit decimals round to.
const lanczos = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202,
  3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5, 1.580887032249125e-4,
  -2.1026444172410488e-4, 2.1743961811521265e-4, -1.643181065367639e-4, 8.441822398385275e-5,
  -2.6190838401581408e-5, 3.6899182659531625e-6,
];

/** ln Γ(x) for x > 0 (relative error about 1e-15). */
export function computeLogGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let y = x;
  const tmp = x + 5.2421875;
  const head = (x + 0.5) * Math.log(tmp) - tmp;
  let series = 0.9999999999999971;
  for (const c of lanczos) series += c / ++y;
  return head + Math.log((2.5066282746310007 * series) / x);
}

/** ψ(x), the digamma function, for x > 0. */
export function computeDigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const tail =
    inv2 *
    (1 / 12 -
      inv2 *
        (1 / 120 -
          inv2 *
            (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return shift + Math.log(x) - 0.5 / x - tail;
}

const epsilon = 1e-16;
const tiny = 1e-300;
const maxIterations = 10000;

/** The regularized incomplete beta I_x(a, b) for a, b > 0 and x in [0, 1]. */
export function computeRegularizedBeta(a: number, b: number, x: number): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0 || x === 1) return x;
  const logFront =
    computeLogGamma(a + b) -
    computeLogGamma(a) -
    computeLogGamma(b) +
    a * Math.log(x) +
    b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * computeBetaFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * computeBetaFraction(b, a, 1 - x)) / b;
}

/** The continued fraction of I_x(a, b) by the modified Lentz method. */
function computeBetaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return h;
}

/** The regularized lower and upper incomplete gamma P(a, x) and Q(a, x) = 1 − P for a > 0, x ≥ 0. */
export function computeRegularizedGamma(a: number, x: number): { lower: number; upper: number } {
  if (!(a > 0) || !(x >= 0)) return { lower: Number.NaN, upper: Number.NaN };
  if (x === 0) return { lower: 0, upper: 1 };
  const logFront = -x + a * Math.log(x) - computeLogGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= maxIterations; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * epsilon) break;
    }
    const lower = sum * Math.exp(logFront);
    return { lower, upper: 1 - lower };
  }
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= maxIterations; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  const upper = Math.exp(logFront) * h;
  return { lower: 1 - upper, upper };
}
