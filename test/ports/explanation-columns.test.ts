/**
 * 报告期 and 当时数值 in every writer (Excel, the file port, WPS) and their read-back (HISTORY.md "Explanations
 * over time"): an older 审核说明 sheet still reads and explains; writing an entry into it adds the two columns to
 * its header, right of all the sheet holds; the entry read back explains the same warning next month while its
 * value is unchanged.
 */

import ExcelJS from "exceljs";
import { checkWorkbook, explanationFor } from "../../src/core/check";
import { EXPLANATIONS_SHEET, readExplanations } from "../../src/core/read";
import type { CellValue, WorkbookData } from "../../src/core/read/types";
import { FileWorkbook } from "../../src/ports/file/browser/file-workbook";
import { readXlsx } from "../../src/ports/file/shared/read";
import type { WorkbookPort } from "../../src/ports/port";
import type { ExcelRunner } from "../../src/ports/excel";
import { addExplanationsExcel } from "../../src/ports/excel/explanations";
import { createWpsPort } from "../../src/ports/wps";
import { addExplanationsEt } from "../../src/ports/wps/explanations";
import type { EtApplication } from "../../src/ports/wps/et";
import { uscc } from "../rules/helpers";
import { KE_HEADER, keRow } from "../rules/workbook";
import { createEtHost } from "../support/simulated-et";
import { fixtureOf, hostWith } from "./excel/fixtures";

const NAME = "本期.xlsx";
const TODAY = new Date(Date.UTC(2022, 10, 5));
const KE = "百家重点企业台账";
const OLD_HEADER = ["工作表", "对象", "规则", "单元格", "说明"];

/** 企业1 grows 80 % (growth.review); 审核说明 in the older layout, with the user's own note in column G. */
async function bytesOf(withSheet: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(KE);
  ws.addRow(KE_HEADER);
  ws.addRow(keRow(1, 1800, 1000, { 7: 0.8 }));
  if (withSheet) {
    const ex = wb.addWorksheet(EXPLANATIONS_SHEET);
    ex.addRow(OLD_HEADER);
    ex.addRow([KE, null, "ledger.count", null, "其余企业下月补录"]);
    ex.addRow([KE, uscc(1), "growth.review", null, "旧说明", null, "我的备注"]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Each writer over the same workbook: the Excel port in the simulated host, the file port, the WPS port. */
const PORTS: [string, (bytes: Uint8Array, data: WorkbookData) => Promise<WorkbookPort>][] = [
  ["Excel", async (_, data) => hostWith(fixtureOf(data)).port],
  ["WPS", async (_, data) => createWpsPort(createEtHost(data).Application as EtApplication)],
  [
    "file",
    async (bytes) => {
      const fw = await FileWorkbook.open(bytes);
      return { read: async (opts = {}) => fw.read(NAME, opts.sheets), addExplanation: async (e) => fw.addExplanation(e) } as WorkbookPort;
    },
  ],
];

async function portOf(make: (typeof PORTS)[number][1], withSheet: boolean): Promise<WorkbookPort> {
  const bytes = await bytesOf(withSheet);
  return make(bytes, await readXlsx(bytes, NAME));
}

function sheetRows(data: WorkbookData): CellValue[][] {
  const sheet = data.sheets.find((s) => s.name === EXPLANATIONS_SHEET);
  return (sheet?.rows ?? []).map((r) => (Array.isArray(r) ? r.map((v) => (v === undefined ? null : v)) : []));
}

const review = (data: WorkbookData, period: number) => checkWorkbook(data, { period, today: TODAY }).findings.find((f) => f.rule === "growth.review");

describe.each(PORTS)("%s", (_, make) => {
  test("an older sheet still explains; the entry rewritten gets 报告期 and 当时数值, right of the user's note", async () => {
    const port = await portOf(make, true);
    const before = checkWorkbook(await port.read(), { period: 10, today: TODAY });
    const warning = before.findings.find((f) => f.rule === "growth.review");
    expect(warning).toMatchObject({ explained: true, explanation: "旧说明" });

    await port.addExplanation(explanationFor(before, warning!, "新增产能投产"));
    const after = await port.read();
    const rows = sheetRows(after);
    expect(rows[0].slice(0, 9)).toEqual([...OLD_HEADER, null, null, "报告期", "当时数值"]);
    expect(rows[2].slice(0, 9)).toEqual([KE, uscc(1), "growth.review", null, "新增产能投产", null, "我的备注", "1-10月", "0.8"]);
    expect(readExplanations(after.sheets.find((s) => s.name === EXPLANATIONS_SHEET))).toContainEqual({
      sheet: KE,
      key: uscc(1),
      rule: "growth.review",
      text: "新增产能投产",
      period: "1-10月",
      value: "0.8",
    });
    // Next month, the value unchanged: still explained; the ledger entry without 报告期 counts as before.
    expect(review(after, 11)).toMatchObject({ explained: true, explanation: "新增产能投产" });
    expect(checkWorkbook(after, { period: 11, today: TODAY }).summary.explained).toBe(2);
  });

  test("no 审核说明 yet: the sheet is created with the seven columns", async () => {
    const port = await portOf(make, false);
    const before = checkWorkbook(await port.read(), { period: 10, today: TODAY });
    const warning = before.findings.find((f) => f.rule === "growth.review")!;
    await port.addExplanation(explanationFor(before, warning, "新增产能投产"));
    const rows = sheetRows(await port.read());
    expect(rows[0]).toEqual(["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"]);
    expect(rows[1]).toEqual([KE, uscc(1), "growth.review", "H2", "新增产能投产", "1-10月", "0.8"]);
  });
});

describe("several entries at once (沿用上期说明 for all), written in order after one read", () => {
  const entries = (data: WorkbookData) => {
    const result = checkWorkbook(data, { period: 10, today: TODAY });
    const warnings = result.findings.filter((f) => f.severity === "warning");
    return warnings.map((f, i) => explanationFor(result, f, `说明${i + 1}`));
  };

  test("Excel: one sync to write them all; the next check finds every warning explained", async () => {
    const bytes = await bytesOf(true);
    const { host, port } = hostWith(fixtureOf(await readXlsx(bytes, NAME)));
    const es = entries(await port.read());
    expect(es.length).toBe(2);
    host.resetStats();
    await (host.Excel as unknown as ExcelRunner).run((context) => addExplanationsExcel(context, es));
    // Reading 审核说明 takes at most three; the writing one more.
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    const again = checkWorkbook(await port.read(), { period: 10, today: TODAY });
    expect(again.summary).toMatchObject({ warnings: 2, explained: 2 });
    expect(again.findings.filter((f) => f.severity === "warning").map((f) => f.explanation)).toEqual(["说明1", "说明2"]);
  });

  test("WPS: the same entries, the same sheet as Excel writes", async () => {
    const bytes = await bytesOf(false);
    const data = await readXlsx(bytes, NAME);
    const et = createEtHost(data);
    const excel = hostWith(fixtureOf(data));
    const es = entries(data);
    await addExplanationsEt(et.Application as EtApplication, (et.Application as EtApplication).ActiveWorkbook!, es);
    await (excel.host.Excel as unknown as ExcelRunner).run((context) => addExplanationsExcel(context, es));
    const wps = sheetRows(await createWpsPort(et.Application as EtApplication).read());
    expect(wps).toEqual(sheetRows(await excel.port.read()));
    expect(wps.map((r) => r[4])).toEqual(["说明", "说明1", "说明2"]);
  });
});
