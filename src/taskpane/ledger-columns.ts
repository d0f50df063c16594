/** What the 台账 section offers for a ledger sheet: its required columns not found, and headers to map them to. */
import { type ColumnSpec, kindSpec, type ReadSheet } from "../core";

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
