/** @jest-environment jsdom */
/** 校验's 与上期对比: choosing last month's workbook, the 历史 filter, 沿用上期说明 on a finding and for all. */
import { screen, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check";
import type { WorkbookData } from "../../src/core/read/types";
import { Session } from "../../src/taskpane/session";
import { uscc } from "../rules/helpers";
import { keRow, sheetData } from "../rules/workbook";
import { MemoryPort } from "../support/memory-port";
import { KE_SHEET, gxSheet, smallWorkbook } from "./fixtures";
import { NOW, renderPane, runCheck, testId } from "./render";

jest.setTimeout(120_000);


/**
 * Last month's (1-9月) workbook: 企业1's cumulative revenue was 4000 (now 3000: history.ytd-decreased), and
 * 企业3's growth warning was explained in 审核说明 (offered for 沿用上期说明).
 */
function lastMonth(): WorkbookData {
  const wb = smallWorkbook();
  // Its own plan says 1-9月 (this month's workbook is 1-10月).
  wb.sheets.push(gxSheet({ profile: { period: 9 } }));
  wb.sheets[0].rows[1] = keRow(1, 4000);
  wb.sheets.push(sheetData("审核说明", [["工作表", "对象", "规则", "单元格", "说明"], [KE_SHEET, uscc(3), "growth.review", "H4", "新厂投产，数据已核实"]]));
  return wb;
}

async function compared() {
  const port = new MemoryPort(smallWorkbook(), { mode: "file" });
  const chosen: string[] = [];
  const session = new Session({
    now: () => NOW,
    checkPrevious: async (file, today) => {
      chosen.push(file.name);
      return checkWorkbook(lastMonth(), { today });
    },
  });
  await session.attach(port);
  const r = renderPane({ session, host: "standalone" });
  await runCheck(r);
  expect(screen.queryByTestId("filter-history")).toBeNull();
  await r.user.upload(testId("previous-workbook") as HTMLInputElement, new File(["x"], "样例台账-上月.xlsx"));
  await waitFor(() => expect(screen.queryByTestId("filter-history")).not.toBeNull());
  expect(chosen).toEqual(["样例台账-上月.xlsx"]);
  return { ...r, port };
}

const rows = (): HTMLElement[] => screen.queryAllByTestId("issue-row");

describe("校验: 与上期对比", () => {
  test("与上期对比… reads the chosen workbook; 历史 shows only the history findings", async () => {
    const r = await compared();
    expect(screen.getByRole("button", { name: /与上期对比/ })).toBeTruthy();
    const all = r.session.getState().result!.findings;
    const history = all.filter((f) => f.rule.startsWith("history."));
    expect(history.length).toBeGreaterThan(0);
    await r.user.click(screen.getByRole("checkbox", { name: `历史（${history.length}）` }));
    await waitFor(() => expect(testId("shown-count").textContent).toContain(String(history.length)));
    // Every row shown is a history finding (the rule id is each row's title).
    for (const row of rows()) expect(row.getAttribute("title")).toMatch(/^history\./);
  });

  test("沿用上期说明 on a finding writes last month's explanation and counts the warning as explained", async () => {
    const r = await compared();
    const before = Number(testId("summary-explained").textContent);
    const offer = screen.getAllByTestId("carry-over")[0];
    const text = screen.getAllByTestId("previous-explanation")[0].textContent ?? "";
    expect(text).toMatch(/上期说明/);
    await r.user.click(offer);
    await waitFor(() => expect(Number(testId("summary-explained").textContent)).toBeGreaterThan(before));
    const [entry] = r.port.callsOf("addExplanation").map((a) => a[0] as { text: string });
    expect(text).toContain(entry.text);
  });

  test("全部沿用上期说明 carries them all over and says how many", async () => {
    const r = await compared();
    await r.user.click(testId("carry-over-all"));
    // One write for all of them, never one per entry.
    await waitFor(() => expect(r.port.callsOf("addExplanations")).toHaveLength(1));
    expect(r.port.callsOf("addExplanation")).toHaveLength(0);
    const n = (r.port.callsOf("addExplanations")[0][0] as unknown[]).length;
    await waitFor(() => expect(screen.getByText(new RegExp(`已沿用上期说明 ${n} 条`))).toBeTruthy());
    expect(n).toBeGreaterThan(0);
    expect(screen.queryByTestId("carry-over-all")).toBeNull();
  });
});
