/** The rest of the Excel port: names, navigation, settings, explanations, templates, change events, reports. */

import { KINDS, kindSpec } from "../../../src/core/ledgers";
import { HEADER_LOOK, LIST_SHEET, TEMPLATE_ROWS } from "../../../src/core/ledgers/template-model";
import { BUILTIN_PROFILE, type Profile } from "../../../src/core/profile";
import { EXPLANATIONS_SHEET, readExplanations } from "../../../src/core/read";
import type { SheetData } from "../../../src/core/read/types";
import { checkWorkbook } from "../../../src/core/check";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { writeTemplate } from "../../../src/ports/file/shared/template";
import { cellAt, createExcelHost, INLINE_LIST_LIMIT, sheetValues, type ExcelHost, type HostSheet } from "../../support/simulated-excel";
import { targetsTab } from "../../reports-writers/fixtures";
import { hostWith, ledgerRows, portOf } from "./fixtures";

describe("the workbook and where the user is", () => {
  it("names the workbook and the active sheet", async () => {
    const { port } = hostWith({ name: "台账2022.xlsx", sheets: [{ name: "甲" }, { name: "乙" }], active: "乙" });
    expect(await port.name()).toBe("台账2022.xlsx");
    expect(await port.activeSheet()).toBe("乙");
    expect(port.mode).toBe("excel");
  });

  it("selects a finding's cell on its sheet, in one sync", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "甲", values: ledgerRows(10) }, { name: "乙", values: ledgerRows(10) }] });
    host.resetStats();
    expect(await port.select("乙", "C5")).toBe(true);
    expect(host.stats.syncs).toBe(1);
    expect(host.state.activeSheetId).toBe(host.sheet("乙").id);
    expect(host.state.selection).toEqual({ sheetId: host.sheet("乙").id, area: { top: 5, left: 3, bottom: 5, right: 3 } });
  });

  it("selects a row, or shows the sheet, for findings without a cell; a sheet gone since the check is not selected", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "甲", values: ledgerRows(10) }, { name: "乙", values: ledgerRows(10) }] });
    expect(await port.select("乙", "7")).toBe(true);
    expect(host.state.selection?.area).toEqual({ top: 7, left: 1, bottom: 7, right: 16384 });
    expect(await port.select("甲", null)).toBe(true);
    expect(host.state.activeSheetId).toBe(host.sheet("甲").id);
    expect(await port.select("改名了", "A1")).toBe(false);
  });
});

describe("settings", () => {
  it("reads none from a workbook without _gx, then writes and reads them back from a very hidden _gx", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "台账" }] });
    expect(await port.readSettings()).toEqual({ settings: {}, findings: [] });
    await port.writeSettings({ kinds: { 台账: "none" }, profile: { ...BUILTIN_PROFILE, cityName: "城".repeat(40000) } });
    expect(host.sheet("_gx").visibility).toBe("VeryHidden");
    const back = await port.readSettings();
    expect(back.settings.kinds).toEqual({ 台账: "none" });
    expect((back.settings.profile as Profile).cityName).toHaveLength(40000);
    await port.writeSettings({ kinds: {} });
    expect((await port.readSettings()).settings).toEqual({ kinds: {} });
  });

  it("reports a _gx that is not JSON, without failing", async () => {
    const { port } = hostWith({ sheets: [{ name: "台账" }, { name: "_gx", visibility: "VeryHidden", values: [["{不是"]] }] });
    const { settings, findings } = await port.readSettings();
    expect(settings).toEqual({});
    expect(findings.map((f) => f.rule)).toEqual(["settings.invalid"]);
  });
});

describe("explanations", () => {
  const explanation = { sheet: "百家重点企业", key: "91130800MA0000001X", rule: "growth.review", cell: "F5", text: "=受疫情影响停产两月" };

  async function explanationsOf(port: ReturnType<typeof portOf>) {
    const wb = await port.read({ sheets: [] });
    return readExplanations(wb.sheets.find((s) => s.name === EXPLANATIONS_SHEET));
  }

  it("creates the 审核说明 sheet once with its header, then appends; text stays text", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(3) }] });
    host.resetStats();
    await port.addExplanation(explanation);
    expect(host.stats.syncs).toBeLessThanOrEqual(4);
    await port.addExplanation({ ...explanation, key: "", cell: "F6", text: "0012 号说明" });
    expect(host.sheetNames().filter((n) => n === EXPLANATIONS_SHEET)).toHaveLength(1);
    const ws = host.sheet(EXPLANATIONS_SHEET);
    expect(sheetValues(ws)).toEqual([
      ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"],
      ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "=受疫情影响停产两月", "", ""],
      ["百家重点企业", "", "growth.review", "F6", "0012 号说明", "", ""],
    ]);
    expect(cellAt(ws, 2, 5)?.formula).toBeUndefined();
    expect(cellAt(ws, 1, 1)?.bold).toBe(true);
    expect(await explanationsOf(port)).toEqual([explanation, { ...explanation, key: "", cell: "F6", text: "0012 号说明" }]);
  });

  it("replaces the text when the same finding is explained again (the reader would only see the first)", async () => {
    const { port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(3) }] });
    await port.addExplanation(explanation);
    await port.addExplanation({ ...explanation, text: "改为：订单减少" });
    expect(await explanationsOf(port)).toEqual([{ ...explanation, text: "改为：订单减少" }]);
  });

  it("writes into the columns of the user's own header, wherever it is", async () => {
    const { host, port } = hostWith({
      sheets: [{ name: EXPLANATIONS_SHEET, values: [["2022年审核说明"], [], ["说明", "规则", "工作表"], ["旧说明", "growth.review", "表一"]] }],
    });
    await port.addExplanation({ ...explanation, period: "1-10月", value: "0.8" });
    // The header gains 报告期 and 当时数值 to the right of the user's columns.
    expect(sheetValues(host.sheet(EXPLANATIONS_SHEET))[2]).toEqual(["说明", "规则", "工作表", "报告期", "当时数值"]);
    expect(sheetValues(host.sheet(EXPLANATIONS_SHEET))[4]).toEqual(["=受疫情影响停产两月", "growth.review", "百家重点企业", "1-10月", "0.8"]);
  });

  it("puts a header on top of a 审核说明 sheet that has none", async () => {
    const { host, port } = hostWith({ sheets: [{ name: EXPLANATIONS_SHEET, values: [["随手记的话"]] }] });
    await port.addExplanation(explanation);
    expect(sheetValues(host.sheet(EXPLANATIONS_SHEET)).map((r) => r[0])).toEqual(["工作表", "随手记的话", "百家重点企业"]);
    expect(await explanationsOf(port)).toEqual([explanation]);
  });
});

describe("templates", () => {
  function validationAt(sheet: HostSheet, row: number, col: number) {
    return sheet.validations.find((v) => v.area.top <= row && v.area.bottom >= row && v.area.left <= col && v.area.right >= col);
  }
  const columnOf = (sheet: HostSheet, header: string) => sheetValues(sheet)[0].indexOf(header) + 1;

  it("inserts the standard sheets with headers, drop-down lists, number formats, widths and a frozen header", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "台账" }] });
    const names = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises", "projects", "targets"]);
    expect(names).toEqual(["百家重点企业台账", "百项工业项目库", "目标任务"]);
    const ws = host.sheet("百家重点企业台账");
    expect(sheetValues(ws)[0]).toEqual(kindSpec("key-enterprises").columns.map((c) => c.header));
    expect(ws.frozenRows).toBe(1);
    expect(cellAt(ws, 1, 1)).toMatchObject({ bold: true, fill: "#D9E1F2" });
    // The header's look of the template model (HEADER_LOOK), as the file writers draw it: a thin line under it only.
    expect(Object.keys(cellAt(ws, 1, 1)?.borders ?? {})).toEqual(HEADER_LOOK.border.edges);
    const region = columnOf(ws, "所属县区");
    expect(validationAt(ws, 2, region)?.rule).toEqual({ list: { inCellDropDown: true, source: BUILTIN_PROFILE.regions.map((r) => r.name).join(",") } });
    expect(validationAt(ws, TEMPLATE_ROWS + 1, region)?.area).toEqual({ top: 2, left: region, bottom: TEMPLATE_ROWS + 1, right: region });
    expect(validationAt(ws, 2, columnOf(ws, "是否规上"))?.rule).toEqual({ list: { inCellDropDown: true, source: "是,否" } });
    expect(cellAt(ws, 2, columnOf(ws, "本年营业收入"))?.numberFormat).toBe("#,##0.00");
    expect(cellAt(ws, 500, columnOf(ws, "增长率"))?.numberFormat).toBe("0.0%");
    expect(cellAt(ws, 2, columnOf(ws, "统一社会信用代码"))?.numberFormat).toBe("@");
    expect(ws.columnWidths.get(columnOf(ws, "企业名称"))).toBeGreaterThan(ws.columnWidths.get(columnOf(ws, "所属县区")) as number);
    const projects = host.sheet("百项工业项目库");
    expect(cellAt(projects, 2, columnOf(projects, "开工时间"))?.numberFormat).toBe("yyyy-mm-dd");
    expect(host.state.activeSheetId).toBe(ws.id);
  });

  it("fills the targets sheet from the profile, as the file template does", async () => {
    const { port } = hostWith({ sheets: [{ name: "台账" }] });
    await port.insertTemplates(BUILTIN_PROFILE, KINDS.map((k) => k.kind));
    const fromExcel = (await port.read()).sheets.filter((s) => s.name !== "台账");
    const fromFile = (await readXlsx(await writeTemplate(BUILTIN_PROFILE), "模板.xlsx")).sheets;
    const cells = (s: SheetData) => [s.name, s.rows];
    expect(fromExcel.map(cells)).toEqual(fromFile.map(cells));
    const today = new Date(2022, 9, 15);
    expect(checkWorkbook({ name: "x", sheets: fromExcel }, { today }).summary).toEqual(checkWorkbook({ name: "x", sheets: fromFile }, { today }).summary);
  });

  it("never replaces a sheet: a name taken gets a suffix, and inserting again adds more", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "百家重点企业台账", values: [["用户的数据"]] }] });
    expect(await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises"])).toEqual(["百家重点企业台账(2)"]);
    expect(await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises"])).toEqual(["百家重点企业台账(3)"]);
    expect(sheetValues(host.sheet("百家重点企业台账"))).toEqual([["用户的数据"]]);
  });

  it("puts lists too long to write inline into the very hidden list sheet, after those an earlier insertion wrote", async () => {
    const regions = Array.from({ length: 60 }, (_, i) => ({ code: String(130800 + i), name: `某某自治县第${i}经济技术开发区`, aliases: [] }));
    const profile: Profile = { ...BUILTIN_PROFILE, regions };
    expect(regions.map((r) => r.name).join(",").length).toBeGreaterThan(INLINE_LIST_LIMIT);
    const { host, port } = hostWith({ sheets: [{ name: "台账" }] });
    await port.insertTemplates(profile, ["cultivation"]);
    await port.insertTemplates({ ...profile, regions: regions.slice(1) }, ["cultivation"]);
    const lists = host.sheet(LIST_SHEET);
    expect(lists.visibility).toBe("VeryHidden");
    expect(sheetValues(lists).map((r) => r[0]).slice(0, 60)).toEqual(regions.map((r) => r.name));
    const first = host.sheet("规下企业培育库");
    const second = host.sheet("规下企业培育库(2)");
    expect(validationAt(first, 2, columnOf(first, "所属县区"))?.rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$A$1:$A$60` } });
    expect(validationAt(second, 2, columnOf(second, "所属县区"))?.rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$B$1:$B$59` } });
  });
});

describe("change events", () => {
  function tick(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  it("calls back with the sheet a user edits, not for the add-in's own writes, and stops when removed", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(5) }, { name: "其他" }] });
    const seen: string[] = [];
    const stop = port.onChanged((sheet) => seen.push(sheet));
    await tick();
    expect(host.listeners).toBe(1);
    await host.userEdit("台账", "D3", [[2000]]);
    expect(seen).toEqual(["台账"]);
    await port.writeSettings({ kinds: { 其他: "none" } });
    await port.addExplanation({ sheet: "台账", key: "", rule: "x", cell: "A1", text: "说明" });
    await tick();
    expect(seen).toEqual(["台账"]);
    stop();
    await tick();
    expect(host.listeners).toBe(0);
    await host.userEdit("其他", "A1", [["x"]]);
    expect(seen).toEqual(["台账"]);
  });
});

describe("reports", () => {
  it("writes the report tabs through the report writer", async () => {
    const { host, port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(3) }] });
    const result = await port.writeReports([targetsTab(5)]);
    expect(result).toEqual({ written: ["目标完成情况"], renamed: [], settingsUnreadable: false });
    expect(host.sheetNames()).toContain("目标完成情况");
  });

  it("keeps a tab's syncs constant whatever its rows", async () => {
    const syncs = async (rows: number, host: ExcelHost = createExcelHost({ sheets: [{ name: "台账" }] })) => {
      await portOf(host).writeReports([targetsTab(rows)]);
      return host.stats.syncs;
    };
    expect(await syncs(5)).toBe(await syncs(500));
  });
});
