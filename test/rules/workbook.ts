/** Small matrix workbooks for engine tests: what a port would hand the core. */

import type { CellValue, SheetData, WorkbookData } from "../../src/core/read/types";
import { uscc } from "./helpers";

export function sheetData(name: string, rows: CellValue[][]): SheetData {
  return { name, rows, merges: [] };
}

export function workbook(name: string, ...sheets: SheetData[]): WorkbookData {
  return { name, sheets };
}

export const KE_HEADER: CellValue[] = ["企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入", "上年营业收入", "增长率", "是否规上", "审核说明"];

/** A key-enterprises record: name, code n, 张北县, 冰雪装备, C3512, revenue, previous, growth, 规上. */
export function keRow(n: number, revenue = 3000, previous = 2500, extra: Partial<Record<number, CellValue>> = {}): CellValue[] {
  const row: CellValue[] = [`企业${n}`, uscc(n), "张北县", "冰雪装备", "C3512", revenue, previous, null, "是", null];
  for (const [i, v] of Object.entries(extra)) row[Number(i)] = v as CellValue;
  return row;
}

/** A tidy key-enterprises sheet of `n` records. */
export function keSheet(n = 2, name = "百家重点企业台账"): SheetData {
  return sheetData(name, [KE_HEADER, ...Array.from({ length: n }, (_, i) => keRow(i + 1))]);
}

export const TARGET_HEADER: CellValue[] = ["指标名称", "目标值", "单位", "实际完成", "截止月份", "审核说明"];

export function settingsSheet(json: string): SheetData {
  return { name: "_gx", rows: [[json]], merges: [], state: "veryHidden" };
}

export const EXPLANATION_HEADER: CellValue[] = ["工作表", "对象", "规则", "单元格", "说明"];
