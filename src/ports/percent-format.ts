/**
 * A number in a cell formatted as a percentage (`0.0%`) is handed to the core as the sheet shows it, `5.5%`:
 * the core then knows the stored 0.055 is already a fraction (a targets sheet's 单位 % must not divide it
 * again, LEDGERS.md). Both ports read number formats; this is their one rule for it.
 */

/** A `%` outside quotes, brackets and escapes (`0.0%`, `0%;-0%`; not `"%"`, `\%` or `[Red]`). */
export function isPercentFormat(code: string | undefined): boolean {
  return code !== undefined && code.includes("%") && /%/.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\.|[_*]./g, ""));
}

/** 0.055 → "5.5%", every digit kept (float noise of ×100 cut to 15 significant digits). */
export function percentShown(n: number): string {
  return `${Number((n * 100).toPrecision(15))}%`;
}

/** The value a port hands over for a number under `format`. */
export function numberAsShown(n: number, format: string | undefined): number | string {
  return isPercentFormat(format) ? percentShown(n) : n;
}
