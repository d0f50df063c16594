/**
 * The names a statistician finds a row by (企业名称, 项目名称, 指标名称, 集群名称), per sheet and row, for the
 * findings list: on the standalone page no cell can be selected, so the row is found by its name. Also the rows
 * whose own 审核说明 cell explains them (such an explanation is changed in the sheet, not withdrawn in the pane).
 */
import type { ReadSheet } from "../read/result";

/** The record fields that name it, in order of preference. */
const NAME_KEYS = ["name", "project", "indicator", "cluster"] as const;

export interface RecordLabels {
  /** `labelKey(sheet, row)` → the record's name. */
  names: Record<string, string>;
  /** `labelKey(sheet, row)` of rows explained by their own 审核说明 cell. */
  noted: string[];
}

export function labelKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/**
 * Only the rows of `rows` (sheet, row) are looked up: a check of 100,000 records has a few hundred findings. The
 * records are passed over by row number, with no key made for each: on the standalone page this runs on the main
 * thread as the check's result arrives.
 */
export function recordLabels(sheets: readonly ReadSheet[], rows: readonly { sheet?: string; row?: number }[]): RecordLabels {
  const wanted = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.sheet === undefined || r.row === undefined) continue;
    const set = wanted.get(r.sheet) ?? new Set<number>();
    wanted.set(r.sheet, set.add(r.row));
  }
  const names: Record<string, string> = {};
  const noted: string[] = [];
  for (const s of sheets) {
    const inSheet = wanted.get(s.sheet);
    if (!inSheet) continue;
    for (const rec of s.records) {
      if (!inSheet.has(rec.row)) continue;
      const key = labelKey(s.sheet, rec.row);
      const name = NAME_KEYS.map((k) => rec.values[k]).find((v): v is string => typeof v === "string" && v.trim() !== "");
      if (name !== undefined) names[key] = name.trim();
      if (rec.note?.trim()) noted.push(key);
    }
  }
  return { names, noted };
}
