/** Workbooks for the task pane's tests: small ledgers with known findings, and one with 10,000 of them. */
import type { CellValue, SheetData, WorkbookData } from "../../src/core/read/types";
import { uscc } from "../rules/helpers";
import { KE_HEADER, TARGET_HEADER, keRow, sheetData } from "../rules/workbook";

export const KE_SHEET = "百家重点企业台账";
export const TARGETS_SHEET = "目标任务表";
export const NOTES_SHEET = "填表说明";

/** A valid code whose last character is replaced: uscc.checksum. */
function badCode(n: number): string {
  const good = uscc(n);
  return good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
}

/**
 * 百家重点企业台账 with: row 2 clean; row 3 a wrong check character (uscc.checksum, B3); row 4 a growth of
 * +200 % (growth.review, a warning, H4); row 5 an unknown county (region.unknown, C5); 4 records against the
 * target of 100 (ledger.count, a sheet-level warning). A targets sheet with one actual missing (an info, D4),
 * and a sheet that is no ledger. Summary: 2 errors, 2 warnings, 1 info.
 */
export function smallWorkbook(): WorkbookData {
  const rows: CellValue[][] = [
    KE_HEADER,
    keRow(1),
    keRow(2, 3000, 2500, { 1: badCode(2) }),
    keRow(3, 3000, 1000),
    keRow(4, 3000, 2500, { 2: "火星县" }),
  ];
  const targets: CellValue[][] = [
    TARGET_HEADER,
    // With 单位 % the figures are in percent (LEDGERS.md): 5.5 is 5.5 %.
    ["规模以上工业增加值增速", 5.5, "%", 6.1, 10, null],
    ["净增规模以上工业企业", 35, "家", 20, 10, null],
    ["省级以上绿色工厂", 3, "家", null, 10, null],
  ];
  return {
    name: "县区台账.xlsx",
    sheets: [sheetData(KE_SHEET, rows), sheetData(TARGETS_SHEET, targets), sheetData(NOTES_SHEET, [["本工作簿用于测试"]])],
  };
}

/** A key-enterprises sheet of `n` rows whose every 信用代码 has a wrong check character: n errors at least. */
export function manyFindings(n: number): WorkbookData {
  const rows: CellValue[][] = [KE_HEADER];
  for (let i = 1; i <= n; i++) rows.push(keRow(i, 3000, 2500, { 1: badCode(i) }));
  const sheet: SheetData = sheetData(KE_SHEET, rows);
  return { name: "大台账.xlsx", sheets: [sheet] };
}

/** `_gx` holding `settings` as JSON, the way the ports store it. */
export function gxSheet(settings: object): SheetData {
  return { name: "_gx", rows: [[JSON.stringify(settings)]], merges: [], state: "veryHidden" };
}

/**
 * Nothing but one warning: 百家重点企业台账 whose row 3 grows +200 % (growth.review, H3), with the ledger count
 * rule switched off in the workbook's profile. Ready once that warning is explained.
 */
export function warningOnly(): WorkbookData {
  return {
    name: "只有警告.xlsx",
    sheets: [sheetData(KE_SHEET, [KE_HEADER, keRow(1), keRow(2, 3000, 1000)]), gxSheet({ profile: { rules: { "ledger.count": "off" } } })],
  };
}
