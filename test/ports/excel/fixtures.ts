/** Hosts and ports for the Excel port's tests. */

import type { CellValue, WorkbookData } from "../../../src/core/read/types";
import { createExcelPort, type ExcelPortTuning, type ExcelRunner } from "../../../src/ports/excel";
import type { WorkbookPort } from "../../../src/ports/port";
import { createExcelHost, type ExcelHost, type FixtureError, type Scalar, type WorkbookFixture } from "../../support/simulated-excel";

export function portOf(host: ExcelHost, tuning?: ExcelPortTuning): WorkbookPort {
  return createExcelPort(host.Excel as unknown as ExcelRunner, tuning);
}

export function hostWith(fixture: WorkbookFixture): { host: ExcelHost; port: WorkbookPort } {
  const host = createExcelHost(fixture);
  return { host, port: portOf(host) };
}

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
const STATES = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** What Excel holds for a value the file reader gave: a date as its serial, an error as the error. */
function excelValue(v: CellValue | undefined): Scalar | FixtureError | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - EPOCH) / DAY_MS;
  if (typeof v === "object") return { error: v.error as FixtureError["error"] };
  return v;
}

/** A host fixture holding what a file holds (read with the file port). */
export function fixtureOf(wb: WorkbookData): WorkbookFixture {
  return {
    name: wb.name,
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: STATES[s.state ?? "visible"],
      values: s.rows.map((row) => (row ?? []).map(excelValue)),
      merges: s.merges,
    })),
  };
}

/** Rows of a ledger: a header and `n` records. */
export function ledgerRows(n: number): Scalar[][] {
  const rows: Scalar[][] = [["企业名称", "统一社会信用代码", "所属县区", "本年营业收入"]];
  for (let i = 1; i <= n; i++) rows.push([`企业${i}`, `91130800MA0${String(i).padStart(7, "0")}`, "双桥区", 1000 + i * 0.5]);
  return rows;
}
