/**
 * A link inside the workbook: `Sheet!A1`, or a quoted name with any characters and its apostrophes doubled
 * (`'It''s'!C5`, `'A!B'!A1`), as linkReference writes them. ExcelJS's own test (`^[^!]+!…`) takes a name holding
 * `!` for a file, and writes such a link as an external one. Shared by the Node patch and the browser's correction.
 */
const INTERNAL = /^(?:'(?:[^']|'')+'|[^'!\s][^'!]*)!\$?[A-Za-z]{1,3}\$?\d+$/;

export function isInternalTarget(target: string): boolean {
  return INTERNAL.test(target);
}
