/**
 * Rounding half away from zero, as Chinese statistical tables (and Excel's ROUND) do. The scaled value is
 * first cut to 15 significant digits so that float noise (5.55 × 10 = 55.49999…) does not decide the half.
 */
export function roundHalfAway(x: number, digits: number): number {
  const p = 10 ** digits;
  const scaled = Number((Math.abs(x) * p).toPrecision(15));
  const r = Math.round(scaled) / p;
  return x < 0 ? -r : r;
}

/**
 * a − b without the noise of the subtraction: 100.05 − 100 is 0.04999999999999716 in floating point, which
 * would round a 0.05 % change down. The difference is kept to 15 significant digits of the larger operand,
 * all that the operands carry.
 */
export function cleanDifference(a: number, b: number): number {
  const diff = a - b;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0) return diff;
  const decimals = 14 - Math.floor(Math.log10(scale));
  return decimals >= 0 && decimals <= 100 ? Number(diff.toFixed(decimals)) : diff;
}
