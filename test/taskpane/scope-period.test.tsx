/** @jest-environment jsdom */
/**
 * Issue 13 in the pane: the 报告期 selector beside the result (its source shown, a change re-checks) and the
 * county a workbook seems to be (asked, never switched silently; 设置's 校验范围), stored as the profile's scope.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { CellValue } from "../../src/core/read/types";
import type { GxSettings } from "../../src/core/read/result";
import { resetActiveProfile } from "../../src/core/profile";
import { KE_HEADER, keRow, sheetData } from "../rules/workbook";
import { gxSheet, KE_SHEET } from "./fixtures";
import type { Profile } from "../../src/core/profile/types";
import { Session } from "../../src/taskpane/session";
import { NOW, renderOnPort, runCheck, testId, type Rendered } from "./render";
import { MemoryPort } from "../support/memory-port";

jest.setTimeout(120_000);
afterEach(() => resetActiveProfile());

const TITLE = "2022年1-3月怀来县百家重点企业台账";

/** A county's ledger as counties write it: a title row naming the months, 12 records of 怀来县. */
function huailai(title: string | null = TITLE) {
  const rows: CellValue[][] = [...(title === null ? [] : [[title]]), KE_HEADER];
  for (let i = 1; i <= 12; i++) rows.push(keRow(i, 3000, 2500, { 2: "怀来县" }));
  return { name: "怀来县台账.xlsx", sheets: [sheetData(KE_SHEET, rows)] };
}

type Pane = Rendered & { port: MemoryPort };
const rules = (r: Pane): string[] => r.session.getState().result?.findings.map((f) => f.rule) ?? [];
const profileLine = (): string => screen.getByTestId("shown-count").parentElement?.textContent ?? "";
const storedSettings = (r: Pane): GxSettings[] => r.port.callsOf("writeSettings").map((args) => args[0] as GxSettings);

async function choosePeriod(r: Pane, month: number): Promise<void> {
  fireEvent.change(testId("period-select"), { target: { value: String(month) } });
  await waitFor(() => expect(r.session.getState().result?.period).toBe(month));
  await waitFor(() => expect(r.session.getState().checking).toBeNull());
}

describe("报告期 beside the result", () => {
  test("shows the months read from the title and where they came from", async () => {
    const r = await renderOnPort(huailai());
    await runCheck(r);
    expect((testId("period-select") as HTMLSelectElement).value).toBe("3");
    expect(testId("period-source").textContent).toBe("取自标题“2022年1-3月…”");
    expect(profileLine()).toContain("报告期 1–3 月");
    expect(screen.queryByTestId("period-auto")).toBeNull();
  });

  test("another month checks again with it, 手动指定; 恢复自动识别 gives the title's back", async () => {
    const r = await renderOnPort(huailai());
    await runCheck(r);
    const reads = r.port.callsOf("read").length;
    await choosePeriod(r, 6);
    expect(r.port.callsOf("read").length).toBe(reads + 1);
    expect(testId("period-source").textContent).toBe("手动指定");
    expect(profileLine()).toContain("报告期 1–6 月");
    await r.user.click(testId("period-auto"));
    await waitFor(() => expect(testId("period-source").textContent).toBe("取自标题“2022年1-3月…”"));
    expect((testId("period-select") as HTMLSelectElement).value).toBe("3");
    // The period is the pane's choice: nothing is written into the workbook.
    expect(storedSettings(r)).toEqual([]);
  });

  test("is keyboard usable and in English too", async () => {
    const r = await renderOnPort(huailai(), { lang: "en-US" });
    await runCheck(r);
    expect(testId("period-source").textContent).toBe("from the title “2022年1-3月…”");
    const select = testId("period-select") as HTMLSelectElement;
    select.focus();
    await r.user.selectOptions(select, "months 1–4");
    await waitFor(() => expect(r.session.getState().result?.period).toBe(4));
    expect(screen.getByLabelText("Reporting period")).toBe(select);
  });

  test("a workbook without a written period offers the selector with the date's source", async () => {
    const r = await renderOnPort(huailai(null));
    await runCheck(r);
    expect(testId("period-source").textContent).toBe("按当前日期推定");
  });
});

describe("这是怀来县的台账？", () => {
  test("asks, and 按怀来县校验 stores the scope with the workbook and checks it as 怀来县's", async () => {
    const r = await renderOnPort(huailai());
    await runCheck(r);
    expect(testId("county-prompt").textContent).toContain("这是怀来县的台账？12 条记录中有 12 条属于怀来县。");
    // Until the answer, the city's: counted against the city's 100 key enterprises.
    expect(rules(r)).toContain("ledger.count");
    expect(storedSettings(r)).toEqual([]);
    await r.user.click(screen.getByRole("button", { name: "按怀来县校验" }));
    await waitFor(() => expect(screen.queryByTestId("county-prompt")).toBeNull());
    await waitFor(() => expect(r.session.getState().checking).toBeNull());
    expect((storedSettings(r).at(-1)?.profile as { scope?: string }).scope).toBe("130730");
    expect(rules(r)).not.toContain("ledger.count");
    expect(rules(r)).toContain("scope.county");
    await r.user.click(testId("tab-settings"));
    expect((testId("scope-select") as HTMLSelectElement).value).toBe("130730");
  });

  test("不是 keeps the city's scope, writes nothing, and stops asking", async () => {
    const r = await renderOnPort(huailai());
    await runCheck(r);
    await r.user.click(screen.getByRole("button", { name: "不是" }));
    expect(screen.queryByTestId("county-prompt")).toBeNull();
    await r.user.click(testId("run-check"));
    await waitFor(() => expect(r.session.getState().checking).toBeNull());
    expect(screen.queryByTestId("county-prompt")).toBeNull();
    expect(storedSettings(r)).toEqual([]);
    expect(rules(r)).toContain("ledger.count");
  });

  test("is not asked for a workbook of several counties", async () => {
    const data = huailai();
    data.sheets[0].rows.forEach((row, i) => {
      if (row && i >= 2 && i % 2 === 0) row[2] = "张北县";
    });
    const r = await renderOnPort(data);
    await runCheck(r);
    expect(screen.queryByTestId("county-prompt")).toBeNull();
  });

  test("asks in English", async () => {
    const r = await renderOnPort(huailai(), { lang: "en-US" });
    await runCheck(r);
    expect(testId("county-prompt").textContent).toContain("Are these the ledgers of 怀来县? 12 of 12 records belong to 怀来县.");
    expect(screen.getByRole("button", { name: "Check as 怀来县" })).toBeTruthy();
  });
});

describe("设置: 校验范围", () => {
  test("a county chosen is stored and the workbook checked again; 全市 takes the scope off again", async () => {
    const r = await renderOnPort(huailai());
    await runCheck(r);
    await r.user.click(testId("tab-settings"));
    const select = testId("scope-select") as HTMLSelectElement;
    expect(select.value).toBe("city");
    expect(screen.getByRole("option", { name: "全市（张家口市）" })).toBeTruthy();
    fireEvent.change(select, { target: { value: "130730" } });
    await waitFor(() => expect(rules(r)).toContain("scope.county"));
    expect((storedSettings(r).at(-1)?.profile as { scope?: string }).scope).toBe("130730");
    fireEvent.change(testId("scope-select"), { target: { value: "city" } });
    await waitFor(() => expect(rules(r)).not.toContain("scope.county"));
    // The city's scope is the built-in plan: nothing of it is stored.
    expect(storedSettings(r).at(-1)?.profile).toBeUndefined();
    expect(rules(r)).toContain("ledger.count");
  });
});

describe("templates take the scope", () => {
  test("once 怀来县 is accepted, inserted and downloaded templates are made for 怀来县's profile", async () => {
    const port = new MemoryPort(huailai(), { mode: "file" });
    const made: Profile[] = [];
    const session = new Session({ now: () => NOW, makeTemplate: async (profile) => (made.push(profile), new Blob([])) });
    await session.attach(port);
    await session.runCheck();
    await session.acceptCounty();
    await session.templateFile();
    await session.insertTemplates(["key-enterprises"]);
    expect(made.map((p) => p.scope)).toEqual(["130730"]);
    expect((port.callsOf("insertTemplates")[0]?.[0] as Profile).scope).toBe("130730");
  });
});

describe("a broken stored profile", () => {
  test("is never replaced by choosing a scope: the pane says why nothing changed", async () => {
    const data = huailai();
    data.sheets.push(gxSheet({ profile: { year: "二〇二二" } }));
    const r = await renderOnPort(data);
    await runCheck(r);
    await r.user.click(screen.getByRole("button", { name: "按怀来县校验" }));
    await waitFor(() => expect(screen.getByText(/工作簿中保存的方案无效，未更改校验范围/)).toBeTruthy());
    expect(storedSettings(r)).toEqual([]);
  });
});
