/** @jest-environment jsdom */
/** 校验: counts and badge, filters, the virtualised list, navigation, explanations, progress, cancel, stale results. */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check";
import { KE_SHEET, NOTES_SHEET, TARGETS_SHEET, manyFindings, smallWorkbook, warningOnly } from "./fixtures";
import { NOW, ROW_PX, VIEWPORT_PX, renderOnPort, runCheck, testId } from "./render";

// Rendering Fluent UI in jsdom on a shared CPU takes seconds per scenario.
// The explanation tests type into the row: slow on a machine shared with other work.
jest.setTimeout(120_000);

const rows = (): HTMLElement[] => screen.queryAllByTestId("issue-row");
const rowText = (): string[] => rows().map((r) => r.textContent ?? "");
const inList = (text: RegExp): HTMLElement => within(screen.getByRole("list", { name: "校验结果" })).getByText(text);

describe("校验: counts and badge", () => {
  test("shows the counts of checkWorkbook's summary and the 不可报送 badge", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const expected = checkWorkbook(smallWorkbook(), { today: NOW }).summary;
    expect(testId("summary-errors").textContent).toBe(String(expected.errors));
    expect(testId("summary-warnings").textContent).toBe(String(expected.warnings));
    expect(testId("summary-explained").textContent).toBe(String(expected.explained));
    expect(testId("summary-infos").textContent).toBe(String(expected.infos));
    expect(testId("ready-badge").textContent).toBe("不可报送");
    expect(rows()).toHaveLength(expected.errors + expected.warnings + expected.infos);
  });

  test("says 可以报送 when nothing blocks, with the workbook's own profile", async () => {
    const data = warningOnly();
    // The one warning's row, explained in its own 审核说明 cell.
    data.sheets[0].rows[2]![9] = "新厂投产，数据已核实";
    const r = await renderOnPort(data);
    await runCheck(r);
    expect(testId("summary-warnings").textContent).toBe("1");
    expect(testId("summary-explained").textContent).toBe("1");
    expect(testId("ready-badge").textContent).toBe("可以报送");
    expect(screen.getByText(/工作簿内保存的方案/)).toBeTruthy();
  });

  test("lists each finding with its place and message in words", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const text = rowText();
    expect(text[0]).toContain(`${KE_SHEET} B3`);
    expect(text[0]).toContain("统一社会信用代码校验码错误");
    expect(text.some((t) => t.includes(`${KE_SHEET} H4`) && t.includes("增长率 200% 高于核实上限 50%"))).toBe(true);
  });
});

describe("校验: filters", () => {
  test("by severity", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await r.user.click(testId("filter-error"));
    expect(rowText().every((t) => !t.includes("错误"))).toBe(true);
    expect(rows()).toHaveLength(3);
    expect(testId("shown-count").textContent).toBe("显示 3 / 5 条");
    await r.user.click(testId("filter-warning"));
    expect(rows()).toHaveLength(1);
    expect(rowText()[0]).toContain("提示");
  });

  test("by sheet", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await r.user.selectOptions(testId("filter-sheet"), TARGETS_SHEET);
    expect(rows()).toHaveLength(1);
    expect(rowText()[0]).toContain(`${TARGETS_SHEET} D4`);
  });

  test("by rule, the options naming each rule with its count", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const option = within(testId("filter-rule")).getByRole("option", { name: /growth\.review/ });
    expect(option.textContent).toBe("growth.review 增长率超出核实区间，需说明（1）");
    await r.user.selectOptions(testId("filter-rule"), "growth.review");
    expect(rows()).toHaveLength(1);
    expect(rowText()[0]).toContain("H4");
  });
});

describe("校验: the list with 10,000 findings", () => {
  test("renders only the rows in view, and others when scrolled to", async () => {
    const r = await renderOnPort(manyFindings(10_000));
    await runCheck(r);
    const total = Number(testId("summary-errors").textContent) + Number(testId("summary-warnings").textContent) + Number(testId("summary-infos").textContent);
    expect(total).toBeGreaterThanOrEqual(10_000);
    const windowRows = Math.ceil(VIEWPORT_PX / ROW_PX);
    expect(rows().length).toBeGreaterThanOrEqual(windowRows);
    expect(rows().length).toBeLessThan(windowRows + 20);
    // Screen readers still hear the whole size.
    expect(rows()[0].getAttribute("aria-setsize")).toBe(String(total));

    const list = screen.getByRole("list", { name: "校验结果" });
    // jsdom keeps no scroll position of its own.
    Object.defineProperty(list, "scrollTop", { configurable: true, value: 5000 * ROW_PX });
    fireEvent.scroll(list);
    const indexes = (): number[] => rows().map((row) => Number(row.getAttribute("data-index")));
    await waitFor(() => expect(Math.min(...indexes())).toBeGreaterThan(4000));
    expect(rows().length).toBeLessThan(windowRows + 20);
  });
});

describe("校验: going to a finding", () => {
  test("clicking a row selects its cell in Excel", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await r.user.click(inList(/统一社会信用代码校验码错误/));
    expect(r.port.callsOf("select")).toEqual([[KE_SHEET, "B3"]]);
    expect(testId("location").textContent).toBe(`已选中 ${KE_SHEET} B3`);
  });

  test("Enter and Space on a focused row select its cell; arrows move between rows", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    rows()[0].focus();
    await r.user.keyboard("{Enter}");
    expect(r.port.callsOf("select").at(-1)).toEqual([KE_SHEET, "B3"]);
    await r.user.keyboard("{ArrowDown}");
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await r.user.keyboard(" ");
    expect(r.port.callsOf("select").at(-1)).toEqual([KE_SHEET, "C5"]);
  });

  test("a sheet-level finding selects its sheet", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await r.user.click(inList(/台账共 4 条/));
    expect(r.port.callsOf("select").at(-1)).toEqual([KE_SHEET, null]);
  });

  test("a workbook opened as a file shows the address instead", async () => {
    const r = await renderOnPort(smallWorkbook(), { mode: "file" });
    await runCheck(r);
    await r.user.click(inList(/无法识别的县区/));
    expect(r.port.callsOf("select")).toEqual([[KE_SHEET, "C5"]]);
    expect(testId("location").textContent).toContain(`位置：${KE_SHEET} C5`);
    // Words of the workbook, not of Excel: WPS users read it too.
    expect(testId("location").textContent).not.toContain("Excel");
  });

  test("each row shows the record's name and the offending value beside the address", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const row = inList(/无法识别的县区/).closest('[data-testid="issue-row"]') as HTMLElement;
    expect(within(row).getByTestId("issue-where").textContent).toBe(`${KE_SHEET} C5`);
    expect(within(row).getByTestId("issue-value").textContent).toBe("值：火星县");
    expect(within(row).getByTestId("issue-name").textContent).toMatch(/\S/);
  });
});

describe("校验: explaining a warning in place", () => {
  test("writes the explanation to 审核说明 and updates the counts and the badge", async () => {
    const r = await renderOnPort(warningOnly());
    await runCheck(r);
    expect(testId("ready-badge").textContent).toBe("不可报送");
    await r.user.click(screen.getByRole("button", { name: `写说明：${KE_SHEET} H3 的警告` }));
    await r.user.type(screen.getByRole("textbox", { name: `审核说明：${KE_SHEET} H3` }), "新厂投产，数据已核实");
    await r.user.click(screen.getByRole("button", { name: "保存说明" }));
    await waitFor(() => expect(testId("summary-explained").textContent).toBe("1"));
    expect(r.port.callsOf("addExplanation")).toEqual([
      [{ sheet: KE_SHEET, key: "91130722MA00000020", rule: "growth.review", cell: "H3", text: "新厂投产，数据已核实", period: "1-11月" }],
    ]);
    expect(testId("summary-warnings").textContent).toBe("1");
    expect(testId("ready-badge").textContent).toBe("可以报送");
    expect(rowText()[0]).toContain("审核说明：新厂投产，数据已核实");
    // The engine reads the same explanation back on the next check.
    await r.user.click(testId("run-check"));
    await waitFor(() => expect(r.port.callsOf("read")).toHaveLength(2));
    await waitFor(() => expect(testId("ready-badge").textContent).toBe("可以报送"));
  });

  test("an explanation is changed, then withdrawn: the warning counts again; Escape goes back to the finding", async () => {
    const r = await renderOnPort(warningOnly());
    await runCheck(r);
    await r.user.click(screen.getByRole("button", { name: `写说明：${KE_SHEET} H3 的警告` }));
    await r.user.type(screen.getByRole("textbox", { name: `审核说明：${KE_SHEET} H3` }), "新厂投产{Enter}");
    await waitFor(() => expect(testId("ready-badge").textContent).toBe("可以报送"));
    await r.user.click(screen.getByRole("button", { name: `修改 ${KE_SHEET} H3 的审核说明` }));
    const field = screen.getByRole("textbox", { name: `审核说明：${KE_SHEET} H3` }) as HTMLInputElement;
    expect(field.value).toBe("新厂投产");
    await r.user.keyboard("{Escape}");
    await waitFor(() => expect(document.activeElement).toBe(rows()[0]));
    await r.user.click(screen.getByRole("button", { name: `修改 ${KE_SHEET} H3 的审核说明` }));
    await r.user.clear(screen.getByRole("textbox", { name: `审核说明：${KE_SHEET} H3` }));
    await r.user.type(screen.getByRole("textbox", { name: `审核说明：${KE_SHEET} H3` }), "改为：订单减少{Enter}");
    await waitFor(() => expect(rowText()[0]).toContain("审核说明：改为：订单减少"));
    expect(r.port.callsOf("addExplanation").map((c) => (c[0] as { text: string }).text)).toEqual(["新厂投产", "改为：订单减少"]);
    await r.user.click(screen.getByRole("button", { name: `撤回 ${KE_SHEET} H3 的审核说明` }));
    await waitFor(() => expect(testId("summary-explained").textContent).toBe("0"));
    expect(testId("ready-badge").textContent).toBe("不可报送");
    expect(r.port.callsOf("removeExplanation")).toEqual([[{ sheet: KE_SHEET, key: "91130722MA00000020", rule: "growth.review", cell: "H3", text: "改为：订单减少", period: "1-11月" }]]);
    await waitFor(() => expect(document.activeElement).toBe(rows()[0]));
    // The next check agrees: the entry no longer explains anything.
    await r.user.click(testId("run-check"));
    await waitFor(() => expect(r.port.callsOf("read")).toHaveLength(2));
    await waitFor(() => expect(testId("ready-badge").textContent).toBe("不可报送"));
  });

  test("each explanation button's name starts with what it shows (WCAG 2.5.3)", async () => {
    const r = await renderOnPort(warningOnly());
    await runCheck(r);
    for (const button of within(rows()[0]).getAllByRole("button")) {
      expect(button.getAttribute("aria-label") ?? button.textContent).toMatch(new RegExp(`^${button.textContent}`));
    }
  });

  test("errors and infos offer no explanation", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const explainable = rows().filter((row) => within(row).queryByRole("button", { name: /^写说明/ }));
    expect(explainable.map((row) => row.textContent?.includes("警告"))).toEqual([true, true]);
  });
});

describe("校验: progress, cancel, scope", () => {
  test("shows progress sheet by sheet, and a cancel that keeps the previous result", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    const release = r.port.holdReads();
    await r.user.click(testId("run-check"));
    await waitFor(() => expect(testId("progress").textContent).toContain(`正在读取“${KE_SHEET}”（第 1/3 张）：5/5 行`));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await r.user.click(testId("cancel-check"));
    await waitFor(() => expect(screen.queryByTestId("progress")).toBeNull());
    expect(screen.getByText(/已取消校验/)).toBeTruthy();
    expect(testId("summary-errors").textContent).toBe("2");
    release();
  });

  test("checks only the active sheet when asked", async () => {
    const r = await renderOnPort(smallWorkbook(), { activeSheet: TARGETS_SHEET });
    await r.user.click(screen.getByRole("radio", { name: "当前工作表" }));
    await runCheck(r);
    expect(r.port.callsOf("read")).toEqual([[[TARGETS_SHEET]]]);
    expect(testId("summary-errors").textContent).toBe("0");
    expect(testId("summary-infos").textContent).toBe("1");
  });
});

describe("校验: stale results", () => {
  test("a change in a ledger sheet after the check shows the banner; checking again clears it", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    act(() => r.port.change(NOTES_SHEET));
    expect(screen.queryByTestId("stale-banner")).toBeNull();
    act(() => r.port.change(KE_SHEET));
    expect(testId("stale-banner").textContent).toContain(`“${KE_SHEET}”在校验后有改动`);
    await r.user.click(within(testId("stale-banner")).getByRole("button", { name: "重新校验" }));
    await waitFor(() => expect(screen.queryByTestId("stale-banner")).toBeNull());
  });
});
