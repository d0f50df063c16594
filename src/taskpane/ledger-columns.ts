/** What the 台账 section offers for a ledger sheet: its required columns not found, and headers to map them to. */
import { type ColumnSpec, headerLayouts, kindSpec, type ReadSheet, sheetMerges, type WorkbookData } from "../core";

/** The required columns of the sheet's kind that no header names (header.missing), plus those the user mapped. */
export function mappableColumns(sheet: ReadSheet): { column: ColumnSpec; mappedTo: string | null }[] {
  const bound = new Map(sheet.columns.map((b) => [b.key, b]));
  return kindSpec(sheet.kind)
    .columns.filter((c) => c.required)
    .flatMap((column) => {
      const b = bound.get(column.key);
      if (b && !b.mapped) return [];
      return [{ column, mappedTo: b ? b.header : null }];
    });
}

/**
 * Per ledger sheet, the headers of the header row the reader chose, as the reader displays them (a two-row
 * header joined parent·child): the texts a mapping in `_gx` names. Headers bound to a column by name are left
 * out, so a mapping cannot take a column away from another.
 */
export function sheetHeaders(data: WorkbookData, sheets: readonly ReadSheet[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rs of sheets) {
    const sheet = data.sheets.find((s) => s.name === rs.sheet);
    if (!sheet) continue;
    const layout = headerLayouts(sheet, sheetMerges(sheet)).find((l) => l.row === rs.headerRow && l.rows === rs.headerRows);
    const taken = new Set(rs.columns.filter((b) => !b.mapped).map((b) => b.col));
    out[rs.sheet] = (layout?.cells ?? []).filter((c) => !taken.has(c.col)).map((c) => c.display);
  }
  return out;
}
