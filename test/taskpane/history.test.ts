/** 与上期对比 in the pane's session: history findings, 沿用上期说明, explanations with 报告期 and 当时数值. */
import { resolve } from "path";
import { checkWorkbook, isHistoryFinding } from "../../src/core/check";
import { EXPLANATIONS_SHEET } from "../../src/core/read";
import type { WorkbookData } from "../../src/core/read/types";
import { HISTORY_TAB } from "../../src/core/reports";
import { readXlsxFile } from "../../src/ports/file/node";
import { FileRefusal } from "../../src/ports/file/shared/refusal";
import { ALL_FINDINGS, applyFilters, keepFilters } from "../../src/taskpane/filters";
import { Session } from "../../src/taskpane/session";
import { MemoryPort } from "../support/memory-port";

const NOW = new Date(2026, 11, 6);
const SAMPLES = resolve(__dirname, "../../samples");
let current: WorkbookData;
let previous: WorkbookData;

beforeAll(async () => {
  current = await readXlsxFile(resolve(SAMPLES, "样例台账.xlsx"));
  previous = await readXlsxFile(resolve(SAMPLES, "样例台账-上月.xlsx"));
}, 60_000);

function fileNamed(name: string): File {
  return { name } as File;
}

async function attached(prev: () => Promise<WorkbookData> = async () => structuredClone(previous)) {
  const port = new MemoryPort(structuredClone(current), { mode: "file" });
  const session = new Session({ now: () => NOW, checkPrevious: async (_f, today) => checkWorkbook(await prev(), { today }) });
  await session.attach(port);
  await session.runCheck();
  return { session, port };
}

describe("与上期对比 in the pane", () => {
  test("the comparison adds the history findings to the list and offers the tab 与上期对比", async () => {
    const { session } = await attached();
    const before = session.getState().result!.findings.filter(isHistoryFinding);
    expect(before).toEqual([]);
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    const state = session.getState();
    const history = state.result!.findings.filter(isHistoryFinding);
    expect(history.length).toBeGreaterThan(0);
    expect(state.history?.previous.file).toBe("样例台账-上月.xlsx");
    expect(state.reportTabs).toContain(HISTORY_TAB);
    expect(state.notice?.intent).toBe("success");
  });

  test("the 与上期对比 tab is written with the others after a comparison, and not before", async () => {
    const { session, port } = await attached();
    await session.writeReports(session.getState().reportTabs, "zh-CN");
    expect(port.callsOf("writeReports")[0][0]).not.toContainEqual(expect.objectContaining({ tab: HISTORY_TAB }));
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    await session.writeReports(session.getState().reportTabs, "zh-CN");
    expect(port.callsOf("writeReports")[1][0]).toContainEqual(expect.objectContaining({ tab: HISTORY_TAB }));
  });

  test("a previous workbook of a later period is refused with the reason; nothing is compared", async () => {
    // This month's workbook given as last month's, and the other way round: the previous period is not earlier.
    const port = new MemoryPort(structuredClone(previous), { mode: "file" });
    const session = new Session({ now: () => NOW, checkPrevious: async (_f, today) => checkWorkbook(structuredClone(current), { today }) });
    await session.attach(port);
    await session.runCheck();
    const before = session.getState().result;
    await session.compareWith(fileNamed("样例台账.xlsx"), "zh-CN");
    const state = session.getState();
    expect(state.notice?.intent).toBe("error");
    expect(state.notice?.note.key).toBe("pane.history.refused");
    expect(String(state.notice?.note.params?.reason)).toContain("上期报告期应早于本期");
    expect(state.result).toBe(before);
    expect(state.history).toBeNull();
  });

  test("an unreadable previous file leaves this month's check as it was and gives the reason", async () => {
    const { session } = await attached(async () => {
      throw new FileRefusal("file.not-xlsx");
    });
    const before = session.getState().result;
    await session.compareWith(fileNamed("坏文件.xlsx"), "zh-CN");
    const state = session.getState();
    expect(state.result).toBe(before);
    expect(state.notice?.note.key).toBe("pane.history.unreadable");
    expect(state.notice?.note.params?.file).toBe("坏文件.xlsx");
    expect(String(state.notice?.note.params?.reason)).not.toBe("");
    expect(state.checking).toBeNull();
  });

  test("an explanation is written with its 报告期 and 当时数值, in the 7 columns of 审核说明", async () => {
    const { session, port } = await attached();
    const warning = session.getState().result!.findings.find((f) => f.severity === "warning" && !f.explained && f.value !== undefined && f.sheet !== undefined);
    expect(warning).toBeDefined();
    await session.explain(warning!, "新投产线");
    const sheet = port.sheet(EXPLANATIONS_SHEET)!;
    const header = sheet.rows.find((r) => r?.includes("说明"))!;
    expect(header.slice(0, 7)).toEqual(["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"]);
    const written = sheet.rows[sheet.rows.length - 1]!;
    expect(written[header.indexOf("说明")]).toBe("新投产线");
    expect(written[header.indexOf("报告期")]).toMatch(/^1-\d+月$/);
    expect(written[header.indexOf("当时数值")]).not.toBe("");
  });

  test("沿用上期说明 writes last month's explanation for this period and the warning counts as explained", async () => {
    const { session, port } = await attached();
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    const offered = session.getState().result!.findings.filter((f) => f.previousExplanation !== undefined || f.staleExplanation !== undefined);
    expect(offered.length).toBeGreaterThan(0);
    const f = offered[0];
    const text = (f.previousExplanation ?? f.staleExplanation)!.text;
    const explainedBefore = session.getState().result!.summary.explained;
    await session.carryOver(f);
    const [entry] = port.callsOf("addExplanation").map((a) => a[0] as { text: string; period?: string });
    expect(entry.text).toBe(text);
    expect(entry.period).toMatch(/^1-\d+月$/);
    expect(session.getState().result!.summary.explained).toBeGreaterThan(explainedBefore);
    expect(session.getState().unsaved).toBe(true);
  });

  test("沿用上期说明 for all carries every offered explanation over, and then offers none", async () => {
    const { session, port } = await attached();
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    const offered = session.getState().result!.findings.filter((f) => f.previousExplanation !== undefined || f.staleExplanation !== undefined);
    const n = await session.carryOverAll();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(offered.length);
    // One write for all of them (inside Excel: one read and one sync), never one per entry.
    expect(port.callsOf("addExplanation")).toHaveLength(0);
    expect(port.callsOf("addExplanations")).toEqual([[expect.any(Array)]]);
    expect(port.callsOf("addExplanations")[0][0]).toHaveLength(n);
    expect(session.getState().result!.findings.filter((f) => !f.explained && f.previousExplanation !== undefined)).toEqual([]);
    expect(await session.carryOverAll()).toBe(0);
  });

  test("the 历史 filter shows only the comparison's findings, and falls back to all once there are none", async () => {
    const { session } = await attached();
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    const findings = session.getState().result!.findings;
    const shown = applyFilters(findings, { ...ALL_FINDINGS, history: true });
    expect(shown).toEqual(findings.filter(isHistoryFinding));
    expect(shown.length).toBeLessThan(findings.length);
    await session.runCheck();
    expect(keepFilters({ ...ALL_FINDINGS, history: true }, session.getState().result!.findings).history).toBe(false);
  });

  test("与上期对比 can be unticked and ticked again among the report tabs, but only after a comparison", async () => {
    const { session } = await attached();
    session.setReportTabs([HISTORY_TAB, "校验结果"]);
    expect(session.getState().reportTabs).toEqual(["校验结果"]);
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    session.setReportTabs(["校验结果"]);
    expect(session.getState().reportTabs).toEqual(["校验结果"]);
    session.setReportTabs([HISTORY_TAB, "校验结果"]);
    expect(session.getState().reportTabs).toEqual(["校验结果", HISTORY_TAB]);
  });

  test("a new check drops the comparison and its tab", async () => {
    const { session } = await attached();
    await session.compareWith(fileNamed("样例台账-上月.xlsx"), "zh-CN");
    await session.runCheck();
    expect(session.getState().history).toBeNull();
    expect(session.getState().reportTabs).not.toContain(HISTORY_TAB);
    expect(session.getState().result!.findings.filter(isHistoryFinding)).toEqual([]);
  });
});
