// Quantiles of Student's t distribution, for Welch intervals on small before/after samples. Written here
// because the core must stay dependency-free for ServiceNow's engine; the only full implementation on npm
// (@stdlib) brings 230 packages for this one function.

/**
 * The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
 * @example normalQuantile(0.975) // ≈ 1.959964
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : Number.NaN;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom (real-valued df, as Welch's formula gives),
 * by Hill's algorithm 396 (1970), accurate to about 1e-6 for df ≥ 1.
 * @example studentTQuantile(0.975, 10) // ≈ 2.228139
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (df === Infinity || df > 1e7) return normalQuantile(p);
  const upper = p > 0.5;
  const twoSided = 2 * (upper ? 1 - p : p);
  const t = hillTwoSided(twoSided, df);
  return upper ? t : -t;
}

/** Hill (1970): the t with P(|T| > t) = p for df degrees of freedom. */
function hillTwoSided(p: number, n: number): number {
  if (n === 1) return Math.tan(Math.PI * (0.5 - p / 2));
  if (n === 2) return Math.sqrt(2 / (p * (2 - p)) - 2);
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * p;
  let y = x ** (2 / n);
  if (y > 0.05 + a) {
    x = normalQuantile(p * 0.5);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
  } else {
    y =
      (((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * (n + 1)) /
        (n + 2) +
      1 / y;
  }
  return Math.sqrt(n * y);
}

function poly(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (const k of coefficients) sum = sum * x + k;
  return sum;
}
