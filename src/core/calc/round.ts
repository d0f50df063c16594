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
