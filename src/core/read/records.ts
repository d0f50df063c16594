/**
 * The rows below the header → typed records. Blank rows inside the data are skipped (info); 合计 / 总计 / 小计
 * rows are totals, not records, and their money cells are checked against the records they sum; the data ends
 * at a 合计 / 总计 row, at a footer line (填表人, 审核人 …) or at the last non-blank row.
 */

import { roundHalfAway } from "../calc/round";
import type { LedgerRecord, Typed } from "../ledgers/types";
import type { Profile } from "../profile/types";
import type { Noted } from "../findings";
import type { Bound } from "./headers/bind";
import { cellReader, type CellReader, type Note } from "./cells";
import { cellName } from "../sheet";
import { finding } from "./findings";
import { readNumber } from "./numbers";
import { dataFills, type Fill } from "./merges";
import { compact, isBlankCell, shownValue } from "./text";
import type { CellValue, Merge, SheetData } from "./types";

const SEQ_HEADER = "序号";
const NOTE_HEADER = "审核说明";

type TotalKind = "合计" | "总计" | "小计";

const TOTAL_START = /^(合计|总计|小计)/;
const TOTAL_END = /(合计|总计|小计)$/;
// A short label ending in a total word (张北县小计, 全市合计) is a total too; a long text is a record's.
const TOTAL_END_MAX = 12;
const FOOTER =
  /^(?:填表人|填报人|审核人|制表人|负责人|单位负责人|统计负责人|联系人|联系电话|填表日期|填报日期|报出日期|制表日期|制表[:：]|注[:：]|备注[:：]|说明[:：])/;

function totalKind(label: string): TotalKind | null {
  const m = TOTAL_START.exec(label) ?? (label.length <= TOTAL_END_MAX ? TOTAL_END.exec(label) : null);
  return m ? (m[1] as TotalKind) : null;
}

function isFooter(label: string): boolean {
  return FOOTER.test(label);
}

export interface RecordsInput {
  sheet: SheetData;
  headerRow: number;
  /** Columns that have a header (known or not): a row is blank when all of them are. */
  tableCols: readonly number[];
  bound: readonly Bound[];
  merges: readonly Merge[];
  profile: Profile;
  findings: Noted[];
}

interface TextCells {
  sum: number;
  /** A1 addresses. */
  cells: string[];
}

interface ColumnRead {
  bound: Bound;
  reader: CellReader;
  /** Index among the money columns (their sums), or -1. */
  sum: number;
  // Read for each of 100,000 records: kept flat here rather than looked up through bound.column each time.
  col: number;
  key: string;
  /** The column has a unitColumn (a value written as a percentage is noted in asPercent). */
  unit: boolean;
}

class Rows {
  private fills: Fill[] | undefined;
  private row: (CellValue | undefined)[] | undefined;
  /** Most sheets have no merged cell below the header: then no row needs a look in the map. */
  private readonly anyFills: boolean;

  constructor(private readonly sheet: SheetData, private readonly allFills: Map<number, Fill[]>) {
    this.anyFills = allFills.size > 0;
  }

  at(r: number): void {
    const row = this.sheet.rows[r - 1];
    this.row = Array.isArray(row) ? row : undefined;
    this.fills = this.anyFills ? this.allFills.get(r) : undefined;
  }

  /** The cell's value, or the value of the merge it lies in. */
  get(col: number): CellValue | undefined {
    if (this.fills) for (const f of this.fills) if (f.col === col) return f.value;
    return this.row ? this.row[col - 1] : undefined;
  }

  isFilled(col: number): boolean {
    return this.fills !== undefined && this.fills.some((f) => f.col === col);
  }

  /** The first non-blank cell's text (spaces removed), or "" when it is not text. */
  label(): string {
    let width = this.row ? this.row.length : 0;
    if (this.fills) for (const f of this.fills) if (f.col > width) width = f.col;
    for (let c = 1; c <= width; c++) {
      const v = this.get(c);
      if (!isBlankCell(v)) return typeof v === "string" ? compact(v) : "";
    }
    return "";
  }

  /** Every one of these cells is blank (a method, not a closure made for each of 100,000 rows). */
  allBlank(cols: readonly number[]): boolean {
    for (const c of cols) if (!isBlankCell(this.get(c))) return false;
    return true;
  }
}

export function readRecords(input: RecordsInput): LedgerRecord[] {
  const { sheet, bound, findings } = input;
  const name = sheet.name;
  const tolerance = input.profile.thresholds.totalTolerance;
  let moneyCount = 0;
  const columns: ColumnRead[] = bound.map((b) => ({
    bound: b,
    reader: cellReader({ column: b.column, factor: b.factor, percent: b.percent, profile: input.profile }),
    sum: b.column.type === "money" ? moneyCount++ : -1,
    col: b.col,
    key: b.column.key,
    unit: b.column.unitColumn !== undefined,
  }));
  const money = columns.filter((c) => c.sum >= 0);
  const noteKey = bound.find((b) => b.column.header === NOTE_HEADER)?.column.key;
  const seqCols = new Set(bound.filter((b) => b.column.header === SEQ_HEADER).map((b) => b.col));
  const blankCols = input.tableCols.filter((c) => !seqCols.has(c));
  const rows = new Rows(sheet, dataFills(input.merges, sheet.rows, input.headerRow + 1));

  const records: LedgerRecord[] = [];
  const grand = new Array<number>(moneyCount).fill(0);
  const sub = new Array<number>(moneyCount).fill(0);
  // Numbers stored as text, which Excel's SUM skips: their sum and cells, to explain a total that left them out.
  const grandText = money.map((): TextCells => ({ sum: 0, cells: [] }));
  const subText = money.map((): TextCells => ({ sum: 0, cells: [] }));
  const leadingTotals: { row: number; kind: TotalKind }[] = [];
  let pendingBlank: number[] = [];
  const notes: Note[] = [];
  const scratch: Note[] = [];

  const checkTotal = (r: number, kind: TotalKind, sums: readonly number[], texts: readonly TextCells[]): void => {
    for (const c of money) {
      const raw = rows.get(c.bound.col);
      const stated = c.reader.read(raw, scratch);
      if (typeof stated !== "number") continue;
      const expected = roundHalfAway(sums[c.sum], 6);
      if (Math.abs(stated - expected) <= tolerance) continue;
      const params: Record<string, string | number> = { column: c.bound.column.header, total: kind, expected, actual: roundHalfAway(stated, 6) };
      // The difference is exactly the numbers stored as text: the stated total was summed by Excel, which skips them.
      const text = texts[c.sum];
      const byText = text.cells.length > 0 && Math.abs(stated - (expected - text.sum)) <= tolerance;
      if (byText) Object.assign(params, { cells: text.cells.join("、"), textSum: roundHalfAway(text.sum, 6) });
      findings.push(
        finding("total.mismatch", {
          sheet: name,
          row: r,
          col: c.bound.col,
          value: shownValue(raw),
          variant: byText ? "text" : undefined,
          params,
        }),
      );
    }
  };

  const readRecord = (r: number): LedgerRecord => {
    // Every record's values get the same keys in the same order, so they share one shape: stored one by one from
    // an empty object, which costs less than a spread of a template (slow once 9 kinds of sheet pass here).
    const values: Record<string, Typed> = {};
    let asPercent: string[] | undefined;
    for (const c of columns) {
      const col = c.col;
      const raw = rows.get(col);
      const typed = c.reader.read(raw, notes);
      values[c.key] = typed;
      if (c.unit && typeof typed === "number" && typeof raw === "string" && readNumber(raw)?.percent) {
        (asPercent ??= []).push(c.key);
      }
      if (c.sum >= 0 && typeof typed === "number") {
        grand[c.sum] += typed;
        sub[c.sum] += typed;
        if (typeof raw === "string" && !rows.isFilled(col)) {
          const cell = cellName(r, col);
          for (const t of [grandText[c.sum], subText[c.sum]]) {
            t.sum += typed;
            t.cells.push(cell);
          }
        }
      }
      // A merged cell's value was judged once, on its own row.
      if (notes.length === 0 || rows.isFilled(col)) continue;
      for (const n of notes) {
        findings.push(finding(n.rule, { sheet: name, row: r, col, value: shownValue(raw), variant: n.variant, params: n.params }));
      }
    }
    const rec: LedgerRecord = { row: r, values };
    if (asPercent) rec.asPercent = asPercent;
    const note = noteKey === undefined ? null : values[noteKey];
    if (typeof note === "string" && note !== "") rec.note = note;
    return rec;
  };

  for (let r = input.headerRow + 1; r <= sheet.rows.length; r++) {
    rows.at(r);
    const label = rows.label();
    if (label !== "" && isFooter(label)) break;
    const total = label === "" ? null : totalKind(label);
    if (total === null && rows.allBlank(blankCols)) {
      pendingBlank.push(r);
      continue;
    }
    // Blank rows count as inside the data only once something follows them.
    for (const b of pendingBlank) findings.push(finding("row.blank", { sheet: name, row: b }));
    pendingBlank = [];
    if (total === "小计") {
      checkTotal(r, total, sub, subText);
      sub.fill(0);
      for (const t of subText) {
        t.sum = 0;
        t.cells = [];
      }
    } else if (total !== null && records.length === 0) {
      // A 合计 above the records (statistical tables often put it first) sums what follows it.
      leadingTotals.push({ row: r, kind: total });
    } else if (total !== null) {
      checkTotal(r, total, grand, grandText);
      break;
    } else {
      records.push(readRecord(r));
    }
  }
  for (const t of leadingTotals) {
    rows.at(t.row);
    checkTotal(t.row, t.kind, grand, grandText);
  }
  return records;
}
