/**
 * Text that a spreadsheet would take for a formula (REPORTS.md, "text is text"): it starts with =, +, -, @, a
 * tab or a carriage return. Both writers write such a string as text. Numbers, negative ones included, are
 * numbers and never pass through here.
 */
export function isFormulaLike(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
