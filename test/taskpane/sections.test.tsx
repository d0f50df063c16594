/** @jest-environment jsdom */
/** 台账, 标记, 报表, 模板, 目标: each section through the pane, against the in-memory port. */
import { screen, waitFor, within } from "@testing-library/react";
import { KINDS } from "../../src/core/ledgers";
import type { Profile } from "../../src/core/profile/types";
import type { GxSettings } from "../../src/core/read/result";
import { REPORT_TABS } from "../../src/core/reports";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import type { AnyFinding as Finding } from "../../src/core/findings";
import { KE_HEADER, keRow, sheetData } from "../rules/workbook";
import { KE_SHEET, NOTES_SHEET, TARGETS_SHEET, smallWorkbook } from "./fixtures";
import { renderOnPort, runCheck, testId, type Rendered } from "./render";

jest.setTimeout(30_000);

async function openTab(r: Rendered, id: string): Promise<void> {
  await r.user.click(testId(`tab-${id}`));
}

describe("台账", () => {
  test("lists the sheets found with kind, header row and record count", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "ledgers");
    const rows = screen.getAllByTestId("ledger-row").map((row) => [within(row).getByTestId("ledger-sheet").textContent, within(row).getByTestId("ledger-found").textContent]);
    expect(rows).toEqual([
      [KE_SHEET, "百家重点企业台账：表头第 1 行，4 条记录"],
      [TARGETS_SHEET, "目标任务：表头第 1 行，3 条记录"],
      [NOTES_SHEET, "不是台账"],
    ]);
    expect((testId(`kind-${KE_SHEET}`) as HTMLSelectElement).selectedOptions[0].textContent).toBe("自动识别（百家重点企业台账）");
    expect((testId(`kind-${NOTES_SHEET}`) as HTMLSelectElement).selectedOptions[0].textContent).toBe("自动识别（不是台账）");
  });

  test("a changed kind is saved in _gx and used by the next check", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "ledgers");
    await r.user.selectOptions(testId(`kind-${TARGETS_SHEET}`), "none");
    await r.user.click(testId("save-ledgers"));
    await waitFor(() => expect(r.port.callsOf("writeSettings")).toHaveLength(1));
    expect((r.port.callsOf("writeSettings")[0][0] as GxSettings).kinds).toEqual({ [TARGETS_SHEET]: "none" });
    expect(testId("stale-banner").textContent).toContain("设置已更改");
    await r.user.click(within(testId("stale-banner")).getByRole("button", { name: "重新校验" }));
    await waitFor(() => expect(screen.queryByTestId("stale-banner")).toBeNull());
    expect(screen.getAllByTestId("ledger-found").map((found) => found.textContent)).toEqual([
      "百家重点企业台账：表头第 1 行，4 条记录",
      "不是台账",
      "不是台账",
    ]);
  });

  test("a header.missing that names a resembling header maps it in one click, and checks again (issue 12)", async () => {
    const header = KE_HEADER.map((h) => (h === "所属县区" ? "所在区县名称" : h));
    const data = { name: "改了表头.xlsx", sheets: [sheetData(KE_SHEET, [header, keRow(1), keRow(2)])] };
    const r = await renderOnPort(data);
    await runCheck(r);
    const row = screen.getAllByTestId("issue-row").find((x) => x.textContent?.includes("缺少必填列“所属县区”")) as HTMLElement;
    expect(row.textContent).toContain("表头“所在区县名称”（C1）可能就是它");
    await r.user.click(within(row).getByRole("button", { name: "把“所在区县名称”对应为“所属县区”并重新校验" }));
    await waitFor(() => expect(r.port.callsOf("writeSettings")).toHaveLength(1));
    expect((r.port.callsOf("writeSettings")[0][0] as GxSettings).mappings).toEqual({ [KE_SHEET]: { region: "所在区县名称" } });
    await waitFor(() => expect(r.port.callsOf("read")).toHaveLength(2));
    await waitFor(() => expect(screen.queryAllByTestId("issue-row").some((x) => x.textContent?.includes("缺少必填列"))).toBe(false));
    expect(screen.queryByTestId("map-header")).toBeNull();
  });

  test("a missing required column is mapped to one of the sheet's headers, and the next check reads it", async () => {
    const header = KE_HEADER.map((h) => (h === "统一社会信用代码" ? "企业代码号" : h));
    const data = { name: "改了表头.xlsx", sheets: [sheetData(KE_SHEET, [header, keRow(1), keRow(2)])] };
    const r = await renderOnPort(data);
    await runCheck(r);
    expect(screen.getAllByTestId("issue-row").some((row) => row.textContent?.includes("缺少必填列“统一社会信用代码”"))).toBe(true);
    await openTab(r, "ledgers");
    const select = testId(`map-${KE_SHEET}-uscc`) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toContain("企业代码号");
    expect([...select.options].map((o) => o.value)).not.toContain("企业名称");
    await r.user.selectOptions(select, "企业代码号");
    await r.user.click(testId("save-ledgers"));
    await waitFor(() => expect(r.port.callsOf("writeSettings")).toHaveLength(1));
    expect((r.port.callsOf("writeSettings")[0][0] as GxSettings).mappings).toEqual({ [KE_SHEET]: { uscc: "企业代码号" } });
    await openTab(r, "check");
    await runCheck(r);
    await waitFor(() => expect(r.port.callsOf("read")).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId("stale-banner")).toBeNull());
    expect(screen.queryAllByTestId("issue-row").some((row) => row.textContent?.includes("缺少必填列"))).toBe(false);
  });
});

describe("标记", () => {
  test("marks the last check's findings and clears the marks again", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "mark");
    await r.user.click(testId("mark-cells"));
    await waitFor(() => expect(screen.getByText("已标记 3 个单元格")).toBeTruthy());
    const marked = r.port.callsOf("mark")[0][0] as Finding[];
    expect(marked.map((f) => f.rule)).toEqual(["uscc.checksum", "region.unknown", "ledger.count", "growth.review", "target.missing-actual"]);
    await r.user.click(testId("clear-marks"));
    await waitFor(() => expect(screen.getByText(/已清除 3 个单元格的标记/)).toBeTruthy());
    expect(r.port.callsOf("clearMarks")).toHaveLength(1);
  });

  test("marking needs a check first", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openTab(r, "mark");
    expect((testId("mark-cells") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("请先在“校验”中校验工作簿")).toBeTruthy();
  });
});

describe("报表", () => {
  test("generates the chosen tabs from the last check and jumps to each", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "reports");
    for (const tab of REPORT_TABS.slice(2)) await r.user.click(screen.getByRole("checkbox", { name: tab }));
    await r.user.click(testId("generate-reports"));
    await waitFor(() => expect(screen.getByText("已生成 2 张报表")).toBeTruthy());
    const layouts = r.port.callsOf("writeReports")[0][0] as ReportLayout[];
    expect(layouts.map((l) => l.tab)).toEqual(REPORT_TABS.slice(0, 2));
    // Built from the check: the title names the plan's year and the period.
    expect(layouts[0].cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe(`2022年1-10月 ${REPORT_TABS[0]}`);
    const jumps = screen.getAllByTestId("jump-report");
    await r.user.click(jumps[1]);
    expect(r.port.callsOf("select")).toEqual([[REPORT_TABS[1], "A1"]]);
  });

  test("says when a tab went to another name because the user has a sheet of that name", async () => {
    const data = smallWorkbook();
    data.sheets.push(sheetData(REPORT_TABS[0], [["我自己的表"]]));
    const r = await renderOnPort(data);
    await runCheck(r);
    await openTab(r, "reports");
    await r.user.click(testId("generate-reports"));
    await waitFor(() => expect(screen.getByText(`已有同名的用户工作表“${REPORT_TABS[0]}”，报表写入了“${REPORT_TABS[0]}(2)”`)).toBeTruthy());
  });
});

describe("模板", () => {
  test("inserts the chosen kinds with the profile in force", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openTab(r, "templates");
    for (const k of KINDS.slice(2)) await r.user.click(screen.getByRole("checkbox", { name: k.title }));
    await r.user.click(testId("insert-templates"));
    await waitFor(() => expect(screen.getByText(/已插入 2 张工作表/)).toBeTruthy());
    const [profile, kinds] = r.port.callsOf("insertTemplates")[0] as [Profile, string[]];
    expect(kinds).toEqual(["key-enterprises", "cultivation"]);
    expect(profile.year).toBe(2022);
  });
});

describe("目标", () => {
  test("shows each plan indicator coloured by status, with the 序时进度 marker on counts", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "targets");
    const bars = screen.getAllByTestId("target-bar");
    const byName = (name: string): HTMLElement => bars.find((b) => b.textContent?.startsWith(name)) as HTMLElement;
    // 20 of 35 in October: 57 % done against 83 % of the year gone.
    const netNew = byName("净增规模以上工业企业");
    expect(netNew.getAttribute("data-status")).toBe("behind");
    expect(netNew.textContent).toContain("完成率 57.1% · 序时进度 83.3%");
    expect(within(netNew).getByRole("meter").getAttribute("aria-valuenow")).toBe("57");
    expect(within(netNew).getByTestId("elapsed-marker").style.left).toBe(`${(10 / 12) * 100}%`);
    const growth = byName("规模以上工业增加值增速");
    expect(growth.getAttribute("data-status")).toBe("reached");
    expect(within(growth).queryByTestId("elapsed-marker")).toBeNull();
    expect(byName("省级以上绿色工厂").getAttribute("data-status")).toBe("missing");
    // A list that must stand in full (pace none): 未完成, its 完成率 without a 序时进度 marker (issue 12).
    const key = byName("百家重点企业");
    expect(key.getAttribute("data-status")).toBe("undone");
    expect(key.textContent).toContain("未完成");
    expect(key.textContent).toContain("完成率 4%");
    expect(within(key).queryByTestId("elapsed-marker")).toBeNull();
  });

  test("a summary line, and what lags first", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openTab(r, "targets");
    const statuses = screen.getAllByTestId("target-bar").map((b) => b.getAttribute("data-status"));
    // A list short of its size (未完成: no 序时进度 to be ahead of) lags too.
    const lagging = (s: string | null) => s === "behind" || s === "below" || s === "undone";
    const behind = statuses.filter(lagging).length;
    const missing = statuses.filter((s) => s === "missing").length;
    const ahead = statuses.filter((s) => s === "ahead").length;
    const done = statuses.length - behind - missing - ahead;
    expect(testId("targets-summary").textContent).toBe(`已完成 ${done} · 超序时 ${ahead} · 落后 ${behind} · 未填报 ${missing}`);
    expect(behind).toBeGreaterThan(0);
    expect(statuses.slice(0, behind).every(lagging)).toBe(true);
  });
});
