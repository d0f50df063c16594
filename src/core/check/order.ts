/** The order findings are shown in, by the check and by the 校验结果 tab alike. */

import type { Finding } from "../rules/types";

/** Errors first; then by sheet in workbook order (file-level findings before any sheet), row, column. */
export function sortFindings(findings: Finding[], sheetOrder: ReadonlyMap<string, number>): void {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sheetIndex = (f: Finding): number => (f.sheet === undefined ? -1 : sheetOrder.get(f.sheet) ?? sheetOrder.size);
  findings.sort(
    (a, b) =>
      Number(b.severity === "error") - Number(a.severity === "error") ||
      sheetIndex(a) - sheetIndex(b) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      rank[a.severity] - rank[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
