/** @jest-environment jsdom */
/** 设置: the profile form (validation messages naming the field, save, import, export, reset) and the language switch. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { BUILTIN_PROFILE, getActiveProfile, resetActiveProfile } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile/types";
import type { GxSettings } from "../../src/core/read/result";
import { LANG_STORAGE_KEY } from "../../src/taskpane/i18n";
import { toPercentText } from "../../src/taskpane/profile-form";
import { readText } from "../../src/taskpane/save-file";
import { gxSheet, smallWorkbook } from "./fixtures";
import { renderOnPort, renderPane, runCheck, testId, type Rendered } from "./render";
import { Session } from "../../src/taskpane/session";

jest.setTimeout(30_000);

afterEach(() => {
  resetActiveProfile();
  localStorage.clear();
});

async function openSettings(r: Rendered): Promise<void> {
  await r.user.click(testId("tab-settings"));
}

async function setField(r: Rendered, id: string, value: string): Promise<void> {
  const input = testId(id) as HTMLInputElement;
  await r.user.clear(input);
  await r.user.type(input, value);
}

const savedSettings = (r: Rendered & { port: { callsOf(m: string): unknown[][] } }): GxSettings[] =>
  r.port.callsOf("writeSettings").map((args) => args[0] as GxSettings);

describe("设置: validation", () => {
  test("a negative threshold is refused with a message naming the field, and nothing is saved", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await setField(r, "threshold-scaleRevenue", "-5");
    await r.user.click(testId("save-profile"));
    expect(testId("profile-issues").textContent).toContain("规模以上标准（万元）（thresholds.scaleRevenue）：不能小于 0");
    // The field itself says it too.
    const field = testId("threshold-scaleRevenue").closest(".fui-Field") as HTMLElement;
    expect(within(field).getByText(/不能小于 0/)).toBeTruthy();
    expect(savedSettings(r)).toEqual([]);
  });

  test("text where a number belongs", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await setField(r, "threshold-keyEnergy", "很多");
    await r.user.click(testId("save-profile"));
    expect(testId("profile-issues").textContent).toContain("重点用能标准（吨标准煤）（thresholds.keyEnergy）：应为数字");
  });

  test("a review band upside down", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await setField(r, "threshold-growthReviewLow", "90");
    await r.user.click(testId("save-profile"));
    expect(testId("profile-issues").textContent).toContain(
      "核实下限（thresholds.growthReviewLow）：核实下限 growthReviewLow 必须小于核实上限 growthReviewHigh（0.5）",
    );
  });

  test("a target's value, by the indicator's name", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await setField(r, "target-relocationCompletion", "8000");
    await r.user.click(testId("save-profile"));
    expect(testId("profile-issues").textContent).toContain("搬迁入园进区完成率：目标值（targets[9].target）：比率以小数表示");
  });

  test("messages follow the UI language", async () => {
    const r = await renderOnPort(smallWorkbook(), { lang: "en-US" });
    await openSettings(r);
    await setField(r, "threshold-scaleRevenue", "-5");
    await r.user.click(testId("save-profile"));
    expect(testId("profile-issues").textContent).toContain("Above-scale revenue threshold (10k yuan) (thresholds.scaleRevenue): ");
  });

  test("the review band is labelled as this tool's convention, not an official rule", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    expect(screen.getByText("增长率核实区间（本工具约定）")).toBeTruthy();
    expect(screen.getByText(/不是工作方案或统计制度的规定/)).toBeTruthy();
  });
});

describe("设置: saving", () => {
  test("stores the profile in _gx, makes it active at once, and the next check uses it", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    await openSettings(r);
    await setField(r, "threshold-scaleRevenue", "2500");
    await setField(r, "profile-period", "9");
    await r.user.selectOptions(testId("rule-ledger.count"), "off");
    await r.user.click(testId("save-profile"));
    await waitFor(() => expect(savedSettings(r)).toHaveLength(1));
    const stored = savedSettings(r)[0].profile as Profile;
    expect(stored.thresholds.scaleRevenue).toBe(2500);
    expect(stored.period).toBe(9);
    expect(stored.rules).toEqual({ "ledger.count": "off" });
    // The custom functions of this runtime read the active profile.
    expect(getActiveProfile().thresholds.scaleRevenue).toBe(2500);
    expect(testId("profile-source").textContent).toBe("当前使用：工作簿内保存的方案（2022 年）");
    expect(testId("stale-banner").textContent).toContain("设置已更改");
    await r.user.click(testId("tab-check"));
    await r.user.click(within(testId("stale-banner")).getByRole("button", { name: "重新校验" }));
    await waitFor(() => expect(document.body.textContent).toContain("工作簿内保存的方案：2022 年，报告期 1–9 月"));
    expect(screen.queryAllByTestId("issue-row").some((row) => row.textContent?.includes("ledger.count"))).toBe(false);
  });

  test("reset fills in the 2022 plan; saving it leaves no profile in _gx", async () => {
    const data = smallWorkbook();
    data.sheets.push(gxSheet({ profile: { thresholds: { scaleRevenue: 3000 } } }));
    const r = await renderOnPort(data);
    expect(getActiveProfile().thresholds.scaleRevenue).toBe(3000);
    await openSettings(r);
    expect((testId("threshold-scaleRevenue") as HTMLInputElement).value).toBe("3000");
    await r.user.click(testId("reset-profile"));
    expect((testId("threshold-scaleRevenue") as HTMLInputElement).value).toBe("2000");
    await r.user.click(testId("save-profile"));
    await waitFor(() => expect(savedSettings(r)).toHaveLength(1));
    expect(savedSettings(r)[0]).toEqual({});
    expect(getActiveProfile()).toBe(BUILTIN_PROFILE);
    expect(testId("profile-source").textContent).toBe("当前使用：内置 2022 年方案（2022 年）");
  });

  test("a broken profile in the workbook is reported and the built-in one is used", async () => {
    const data = smallWorkbook();
    data.sheets.push(gxSheet({ profile: { thresholds: { scaleRevenue: "很多" } } }));
    const r = await renderOnPort(data);
    await openSettings(r);
    expect(screen.getByText(/工作簿中保存的方案无效，正在使用内置方案：规模以上标准（万元）（thresholds.scaleRevenue）：应为数字/)).toBeTruthy();
    expect((testId("threshold-scaleRevenue") as HTMLInputElement).value).toBe("2000");
  });
});

describe("设置: import and export", () => {
  test("imports a JSON file of changes to the built-in plan into the form", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    const file = new File([JSON.stringify({ period: 6, thresholds: { keyEnergy: 3000 } })], "方案.json", { type: "application/json" });
    await r.user.upload(testId("import-profile") as HTMLInputElement, file);
    await waitFor(() => expect((testId("threshold-keyEnergy") as HTMLInputElement).value).toBe("3000"));
    expect((testId("profile-period") as HTMLInputElement).value).toBe("6");
    expect(screen.getByText("已导入 方案.json，检查后点击“保存”生效")).toBeTruthy();
    expect(savedSettings(r)).toEqual([]);
  });

  test("a file that is not JSON, or not a valid profile, is refused with the reason", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await r.user.upload(testId("import-profile") as HTMLInputElement, new File(["{not json"], "坏.json"));
    await waitFor(() => expect(screen.getByText(/坏\.json 不是有效的 JSON/)).toBeTruthy());
    await r.user.upload(testId("import-profile") as HTMLInputElement, new File([JSON.stringify({ year: 1900 })], "旧.json"));
    await waitFor(() => expect(testId("profile-issues").textContent).toContain("年度（year）：不能小于 2000"));
    expect((testId("profile-year") as HTMLInputElement).value).toBe("2022");
  });

  test("exports the form's profile as a JSON file that imports again", async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:profile";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const r = await renderOnPort(smallWorkbook());
      await openSettings(r);
      await setField(r, "threshold-ytdPlanFactor", "1.5");
      await r.user.click(testId("export-profile"));
      expect(names).toEqual(["工作方案-2022.json"]);
      const exported = JSON.parse(await readText(blobs[0])) as Profile;
      expect(exported.thresholds.ytdPlanFactor).toBe(1.5);
      expect({ ...exported, thresholds: { ...exported.thresholds, ytdPlanFactor: BUILTIN_PROFILE.thresholds.ytdPlanFactor } }).toEqual(
        JSON.parse(JSON.stringify(BUILTIN_PROFILE)),
      );
    } finally {
      click.mockRestore();
    }
  });
});

describe("设置: language", () => {
  test("the switch changes every text and is remembered", async () => {
    const r = await renderOnPort(smallWorkbook());
    await runCheck(r);
    expect(testId("ready-badge").textContent).toBe("不可报送");
    await openSettings(r);
    await r.user.click(within(testId("lang-switch")).getByRole("radio", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Check" })).toBe(testId("tab-check"));
    expect(screen.getByRole("tab", { name: "Settings" })).toBe(testId("tab-settings"));
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("en-US");
    await r.user.click(testId("tab-check"));
    expect(testId("ready-badge").textContent).toBe("Not ready to submit");
    expect(screen.getAllByTestId("issue-row")[0].textContent).toContain("Wrong check character “1” in the credit code");
  });

  test("before a workbook is open, the form can be seen but not saved", async () => {
    const r = renderPane({ session: new Session(), host: "standalone" });
    await openSettings(r);
    expect((testId("save-profile") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(testId("lang-switch")).getByRole("radio", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Ledgers" })).toBe(testId("tab-ledgers"));
  });
});

describe("设置: rates in per cent", () => {
  test("a growth target is shown and typed as a percentage, stored as a fraction", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    const growth = BUILTIN_PROFILE.targets.find((t) => t.kind === "growth");
    if (!growth) throw new Error("the built-in plan has a growth target");
    expect((testId(`target-${growth.key}`) as HTMLInputElement).value).toBe(toPercentText(growth.target));
    await setField(r, `target-${growth.key}`, "6.5");
    await r.user.click(testId("save-profile"));
    await waitFor(() => expect(r.session.getState().profile.targets.find((t) => t.key === growth.key)?.target).toBe(0.065));
  });

  test("the save button is in the sticky bar at the bottom of the section", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    expect(testId("save-bar").contains(testId("save-profile"))).toBe(true);
  });
});
