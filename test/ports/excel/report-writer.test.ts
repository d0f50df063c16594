/** The Office.js report writer against the strict simulated host. */

import type { ReportLayout } from "../../../src/core/reports/layout-types";
import { writeReportTabsExcel, type ExcelReportOptions } from "../../../src/ports/excel/report-writer";
import {
  cellAt,
  createExcelHost,
  PAYLOAD_LIMIT,
  sheetValues,
  type ExcelHost,
  type HostSheet,
  type WorkbookFixture,
} from "../../support/simulated-excel";
import { checkResultsTab, hash, INJECTIONS, injectionTab, ledgerFixture, partsTab, regionsTab, targetsTab } from "../../reports-writers/fixtures";

async function write(h: ExcelHost, layouts: ReportLayout[], opts?: ExcelReportOptions) {
  return h.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, layouts, opts));
}

function settingsOf(h: ExcelHost): { reports?: string[]; profile?: unknown } {
  const gx = h.sheet("_gx");
  const text = sheetValues(gx)
    .map((r) => r[0])
    .join("");
  return JSON.parse(text) as { reports?: string[] };
}

/** Every value of the sheets that are not the add-in's. */
function ledgerHash(h: ExcelHost, reports: string[]): string {
  return hash(
    h.state.sheets
      .filter((s) => !s.deleted && !reports.includes(s.name) && s.name !== "_gx")
      .map((s) => [s.name, sheetValues(s), [...s.cells.values()].map((c) => c.numberFormat)]),
  );
}

function formulas(sheet: HostSheet): string[] {
  return [...sheet.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
}

describe("a tab written into Excel", () => {
  it("has the layout's values, formats, merges, frozen header, widths, links, data bars, table and chart", async () => {
    const h = createExcelHost(ledgerFixture());
    const layout = targetsTab(12);
    const result = await write(h, [layout, checkResultsTab(5)]);
    expect(result.written).toEqual(["目标完成情况", "校验结果"]);
    const ws = h.sheet("目标完成情况");
    expect(cellAt(ws, 1, 1)?.value).toBe("2022年1-10月 目标完成情况");
    expect(ws.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 11 });
    expect(ws.frozenRows).toBe(3);
    expect(cellAt(ws, 3, 6)).toMatchObject({ value: "完成率", bold: true, fill: "#DDEBF7" });
    expect(cellAt(ws, 4, 6)).toMatchObject({ value: 90 / 100, numberFormat: "0.0%" });
    expect(cellAt(ws, 4, 1)).toMatchObject({ value: 1, numberFormat: "0" });
    expect(ws.columnWidths.get(2)).toBeCloseTo((12 * 7 + 5) * 0.75);
    expect(ws.conditionalFormats).toEqual([expect.objectContaining({ type: "DataBar", area: { top: 4, left: 6, bottom: 15, right: 6 } })]);
    expect(ws.tables).toEqual([expect.objectContaining({ area: { top: 3, left: 1, bottom: 15, right: 11 }, hasHeaders: true })]);
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]).toMatchObject({ type: "BarClustered", title: "完成率与序时进度" });
    expect(ws.charts[0].series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["完成率", { top: 4, left: 6, bottom: 15, right: 6 }, { top: 4, left: 2, bottom: 15, right: 2 }],
      ["序时进度", { top: 4, left: 7, bottom: 15, right: 7 }, { top: 4, left: 2, bottom: 15, right: 2 }],
    ]);

    const checks = h.sheet("校验结果");
    const link = cellAt(checks, 5, 3);
    expect(link).toMatchObject({ value: "C5", hyperlink: { documentReference: "'百项工业项目库'!C5", textToDisplay: "C5" } });
    expect(link?.fontColor).toBe("#0563C1");
    expect(h.state.activeSheetId).toBe(ws.id);
    expect(h.sheet("_gx").visibility).toBe("VeryHidden");
    expect(settingsOf(h).reports).toEqual(["目标完成情况", "校验结果"]);
  });

  it("writes the same cells whether the tab is sent whole or in chunks", async () => {
    const whole = createExcelHost(ledgerFixture());
    const chunked = createExcelHost(ledgerFixture());
    const layout = checkResultsTab(2000);
    await write(whole, [layout]);
    const small = await write(chunked, [layout], { payloadBudget: 64 * 1024 });
    expect(small.syncs).toBeGreaterThan(5);
    expect(Math.max(...chunked.stats.records.map((r) => r.requestBytes))).toBeLessThan(100 * 1024);
    const dump = (h: ExcelHost) => [...h.sheet("校验结果").cells.entries()].sort((a, b) => a[0] - b[0]);
    expect(dump(chunked)).toEqual(dump(whole));
  });
});

describe("syncs", () => {
  /** Syncs of writing one tab, the sheet list and `_gx` read included. */
  async function syncsFor(layout: ReportLayout): Promise<{ syncs: number; maxRequest: number; total: number }> {
    const h = createExcelHost(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [['{"reports":[]}']] }]));
    await write(h, [layout]);
    return {
      syncs: h.stats.syncs,
      maxRequest: Math.max(...h.stats.records.map((r) => r.requestBytes)),
      total: h.stats.records.reduce((a, r) => a + r.requestBytes, 0),
    };
  }

  test.each([
    ["目标完成情况", targetsTab],
    ["县区汇总", regionsTab],
  ])("%s: the same number for 10 and 10,000 rows", async (_name, make) => {
    const few = await syncsFor(make(10));
    const many = await syncsFor(make(10000));
    // One to list the sheets, one to read _gx, one for the tab.
    expect(few.syncs).toBe(3);
    expect(many.syncs).toBe(few.syncs);
    expect(many.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
  });

  /**
   * A 校验结果 row carries a link, one operation each: 10,000 findings of realistic text are some 5.4 MB, more than
   * one request may carry. The extra syncs are the payload's, not the rows': every request but the last is at
   * least half the 4 MB budget full.
   */
  test.each([10000, 60000])("校验结果 of %d findings: split only as the payload requires, no request over 5 MB", async (n) => {
    const few = await syncsFor(checkResultsTab(10));
    const many = await syncsFor(checkResultsTab(n));
    expect(few.syncs).toBe(3);
    expect(many.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(many.syncs - 2).toBeLessThanOrEqual(Math.ceil(many.total / (2 * 1024 * 1024)));
  });

  it("seven tabs: two syncs plus one per tab", async () => {
    const h = createExcelHost(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [["{}"]] }]));
    const tabs = ["校验结果", "目标完成情况", "五个百进展", "入统分析", "项目入统", "县区汇总", "三个一批进展"];
    await write(h, tabs.map((t, i) => (i % 2 ? regionsTab(500, t) : checkResultsTab(500, t))));
    expect(h.stats.syncs).toBe(2 + tabs.length);
  });
});

describe("ownership", () => {
  const tabs = () => [checkResultsTab(20), targetsTab(5), regionsTab(4), partsTab()];

  it("regenerating replaces the add-in's tabs in place and never changes the ledgers", async () => {
    const h = createExcelHost(ledgerFixture());
    const names = tabs().map((t) => t.tab);
    const before = ledgerHash(h, names);
    await write(h, tabs());
    const order = h.sheetNames();
    await write(h, [checkResultsTab(3), targetsTab(7), regionsTab(2), partsTab()]);
    expect(h.sheetNames()).toEqual(order);
    expect(h.sheetNames().filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果"]);
    expect(cellAt(h.sheet("校验结果"), 8, 1)).toBeUndefined();
    expect(ledgerHash(h, names)).toBe(before);
    expect(settingsOf(h).reports).toEqual(names);
    expect(h.sheet("百家重点企业").conditionalFormats).toEqual([]);
  });

  it("leaves a user's sheet of the same name alone: the tab takes a suffix, and the user is told", async () => {
    const user = { name: "校验结果", values: [["我的笔记"], ["=1+1"]] };
    const h = createExcelHost(ledgerFixture([user]));
    const before = hash(sheetValues(h.sheet("校验结果")));
    const first = await write(h, tabs());
    expect(first.renamed).toEqual([{ wanted: "校验结果", used: "校验结果(2)" }]);
    const second = await write(h, tabs());
    expect(second.renamed).toEqual([{ wanted: "校验结果", used: "校验结果(2)" }]);
    expect(h.sheetNames().filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果", "校验结果(2)"]);
    expect(hash(sheetValues(h.sheet("校验结果")))).toBe(before);
    expect(settingsOf(h).reports).toContain("校验结果(2)");
    expect(settingsOf(h).reports).not.toContain("校验结果");
  });

  it("takes the standard name back once the user's sheet is gone, removing the suffixed copy", async () => {
    const h = createExcelHost(ledgerFixture([{ name: "校验结果", values: [["我的"]] }]));
    await write(h, [checkResultsTab(3)]);
    await h.Excel.run(async (context) => context.workbook.worksheets.getItem("校验结果").delete());
    const again = await write(h, [checkResultsTab(3)]);
    expect(again.renamed).toEqual([]);
    expect(h.sheetNames().filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果"]);
    expect(settingsOf(h).reports).toEqual(["校验结果"]);
  });

  it("keeps the rest of _gx (the profile) and leaves a _gx that is not JSON untouched", async () => {
    const h = createExcelHost(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [['{"profile":{"year":2023},"reports":["旧表"]}']] }]));
    await write(h, [regionsTab(3)]);
    expect(settingsOf(h)).toEqual({ profile: { year: 2023 }, reports: ["县区汇总"] });

    const broken = createExcelHost(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [["{not json"]] }]));
    const result = await write(broken, [regionsTab(3)]);
    expect(result.settingsUnreadable).toBe(true);
    expect(sheetValues(broken.sheet("_gx"))).toEqual([["{not json"]]);
  });

  it("keeps a JSON chunk that starts with '-' or '=' as text in _gx", async () => {
    const profile = { note: "x".repeat(29990), more: "=1+1".repeat(10) };
    const fixture: WorkbookFixture = ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [[JSON.stringify({ profile })]] }]);
    const h = createExcelHost(fixture);
    await write(h, [regionsTab(2)]);
    expect(formulas(h.sheet("_gx"))).toEqual([]);
    expect(settingsOf(h)).toEqual({ profile, reports: ["县区汇总"] });
  });
});

describe("text is text", () => {
  const TABS = ["校验结果", "目标完成情况", "五个百进展", "入统分析", "项目入统", "县区汇总", "三个一批进展"];

  it("every injected string in every column of every tab lands as exactly that text; numbers stay numbers", async () => {
    const h = createExcelHost(ledgerFixture());
    const layouts = TABS.map((t) => injectionTab(t));
    await write(h, layouts);
    for (const layout of layouts) {
      const ws = h.sheet(layout.tab);
      expect(formulas(ws)).toEqual([]);
      for (const c of layout.cells) {
        const cell = cellAt(ws, c.row, c.col);
        if (c.value === null) continue;
        expect({ at: [layout.tab, c.row, c.col], value: cell?.value, error: cell?.error }).toEqual({ at: [layout.tab, c.row, c.col], value: c.value, error: undefined });
      }
      const texts = layout.cells.filter((c) => typeof c.value === "string" && INJECTIONS.includes(c.value));
      expect(texts.length).toBe(INJECTIONS.length * 8);
      expect(typeof cellAt(ws, 4 + INJECTIONS.length, 1)?.value).toBe("number");
    }
  });
});
