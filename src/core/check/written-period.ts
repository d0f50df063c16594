/**
 * Periods a workbook writes in words (PLAN-PROFILE.md): in a ledger's title rows (above its header), in its
 * headers (`1-3月完成投资`) and in the file name, in that order.
 */

import { monthsInFileName, monthsInText, type WrittenPeriod } from "../profile";
import type { ReadSheet } from "../read/result";
import type { WorkbookData } from "../read/types";

function textsOf(row: readonly unknown[] | undefined): string[] {
  return (row ?? []).filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

export function writtenPeriods(wb: WorkbookData, sheets: readonly ReadSheet[]): WrittenPeriod[] {
  const titles: WrittenPeriod[] = [];
  const headers: WrittenPeriod[] = [];
  for (const s of sheets) {
    const rows = wb.sheets.find((d) => d.name === s.sheet)?.rows ?? [];
    const firstHeader = s.headerRow - s.headerRows + 1;
    for (let r = 1; r <= s.headerRow; r++) {
      const source = r < firstHeader ? "title" : "header";
      for (const text of textsOf(rows[r - 1])) {
        for (const m of monthsInText(text)) (source === "title" ? titles : headers).push({ month: m.month, source, text: m.excerpt, sheet: s.sheet });
      }
    }
  }
  const fileName = wb.name.replace(/^.*[\\/]/, "");
  const named = monthsInFileName(fileName).map((month): WrittenPeriod => ({ month, source: "file-name", text: fileName }));
  return [...titles, ...headers, ...named];
}

/** Ledger titles that name different months (period.conflict): each month with the sheets whose title names it. */
export function titleConflict(written: readonly WrittenPeriod[]): { months: number[]; where: string } | undefined {
  const bySheet = new Map<number, WrittenPeriod[]>();
  for (const w of written) {
    if (w.source !== "title") continue;
    const list = bySheet.get(w.month) ?? [];
    if (!list.some((x) => x.sheet === w.sheet)) list.push(w);
    bySheet.set(w.month, list);
  }
  if (bySheet.size < 2) return undefined;
  const months = [...bySheet.keys()].sort((a, b) => a - b);
  const where = months.map((m) => (bySheet.get(m) ?? []).map((w) => `${w.sheet ?? ""}“${w.text}”`).join("、")).join("；");
  return { months, where };
}
