/** The headers a missing column can be mapped to (the 台账 section), computed where the read workbook is. */
import { sheetMerges } from "../merges";
import type { ReadSheet } from "../result";
import type { WorkbookData } from "../types";
import { headerLayouts } from "./header-rows";

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
