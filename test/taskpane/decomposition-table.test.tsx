/** @jest-environment jsdom */
/**
 * Issue 13 in 设置: the city's 任务分解 as a table (counties × indicators) with the city's figure and the counties'
 * sum side by side, saved with the profile, imported from and exported to the CSV and JSON the core reads and writes.
 */
import { screen, waitFor } from "@testing-library/react";
import { BUILTIN_PROFILE, formatDecompositionCsv, formatDecompositionJson, type CountyShare, type Profile } from "../../src/core";
import { resetActiveProfile } from "../../src/core/profile";
import type { GxSettings } from "../../src/core/read/result";
import { readText } from "../../src/taskpane/save-file";
import { gxSheet, smallWorkbook } from "./fixtures";
import { renderOnPort, testId, type Rendered } from "./render";

jest.setTimeout(60_000);

afterEach(() => {
  resetActiveProfile();
  localStorage.clear();
});

type Pane = Rendered & { port: { callsOf(m: string): unknown[][] } };
const savedProfiles = (r: Pane): Profile[] => r.port.callsOf("writeSettings").map((args) => (args[0] as GxSettings).profile as Profile);
const cell = (code: string, key: string): HTMLInputElement => testId(`decomposition-${code}-${key}`) as HTMLInputElement;

async function openSettings(r: Rendered): Promise<void> {
  await r.user.click(testId("tab-settings"));
}

async function typeIn(r: Rendered, input: HTMLInputElement, value: string): Promise<void> {
  await r.user.clear(input);
  if (value !== "") await r.user.type(input, value);
}

/** The browser's download, caught: the file's name and its text. */
function catchDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  URL.createObjectURL = jest.fn((blob: Blob) => {
    last = blob;
    return "blob:decomposition";
  });
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return { files, restore: () => click.mockRestore() };
}

function bytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const SHARES: Record<string, CountyShare> = {
  "130730": { counts: { keyEnterprises: 15, clusters: 2 }, targets: { fixedInvestmentGrowth: 0.08 } },
  "130705": { counts: { keyEnterprises: 20 } },
};

describe("设置: 任务分解 table", () => {
  test("a county's figure typed in is saved with the profile; a rate is typed in per cent", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await typeIn(r, cell("130730", "keyEnterprises"), "15");
    await typeIn(r, cell("130730", "fixedInvestmentGrowth"), "8");
    await r.user.click(testId("save-profile"));
    await waitFor(() => expect(savedProfiles(r)).toHaveLength(1));
    expect(savedProfiles(r)[0].decomposition).toEqual({ "130730": { counts: { keyEnterprises: 15 }, targets: { fixedInvestmentGrowth: 0.08 } } });
  });

  test("a stored decomposition fills the table, rates in per cent, blank where none", async () => {
    const data = smallWorkbook();
    data.sheets.push(gxSheet({ profile: { decomposition: SHARES } }));
    const r = await renderOnPort(data);
    await openSettings(r);
    expect(cell("130730", "keyEnterprises").value).toBe("15");
    expect(cell("130730", "clusters").value).toBe("2");
    expect(cell("130730", "fixedInvestmentGrowth").value).toBe("8");
    expect(cell("130722", "keyEnterprises").value).toBe("");
    expect(testId("decomposition-city-fixedInvestmentGrowth").textContent).toBe("7%");
    // Rates do not add up: no sum is shown for them.
    expect(testId("decomposition-sum-fixedInvestmentGrowth").textContent).toBe("—");
    expect(testId("decomposition-sum-keyEnterprises").textContent).toBe("35");
  });

  test("a warning when the counties' sum differs from the city's figure, gone when they agree", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    expect(screen.queryByTestId("decomposition-differs")).toBeNull();
    await typeIn(r, cell("130730", "keyEnterprises"), "60");
    expect(testId("decomposition-city-keyEnterprises").textContent).toBe("100");
    expect(testId("decomposition-sum-keyEnterprises").textContent).toBe("60");
    expect(testId("decomposition-differs").textContent).toContain("百家重点企业：各县合计 60，全市 100");
    await typeIn(r, cell("130705", "keyEnterprises"), "40");
    expect(testId("decomposition-sum-keyEnterprises").textContent).toBe("100");
    expect(screen.queryByTestId("decomposition-differs")).toBeNull();
    // A range target (1–2 个) agrees with any sum inside it.
    expect(testId("decomposition-city-newTenBillionClusters").textContent).toBe("1–2");
    await typeIn(r, cell("130730", "newTenBillionClusters"), "2");
    expect(screen.queryByTestId("decomposition-differs")).toBeNull();
    await typeIn(r, cell("130705", "newTenBillionClusters"), "1");
    expect(testId("decomposition-differs").textContent).toContain("新增超100亿元产业集群：各县合计 3，全市 1–2");
    await typeIn(r, cell("130705", "newTenBillionClusters"), "");
    // The city's target changed above follows at once.
    await typeIn(r, testId("target-keyEnterprises") as HTMLInputElement, "120");
    expect(testId("decomposition-differs").textContent).toContain("百家重点企业：各县合计 100，全市 120");
  });

  test("a broken figure is refused by the form's validation naming the county and the indicator; nothing is saved", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await typeIn(r, cell("130730", "keyEnterprises"), "-3");
    await typeIn(r, cell("130722", "cultivationLibrary"), "很多");
    await r.user.click(testId("save-profile"));
    const issues = testId("profile-issues").textContent ?? "";
    expect(issues).toContain('任务分解：怀来县 · 百家重点企业（decomposition["130730"].counts.keyEnterprises）：不能小于 0');
    expect(issues).toContain('任务分解：张北县 · 规下企业培育库（decomposition["130722"].counts.cultivationLibrary）：应为数字');
    expect(cell("130730", "keyEnterprises").getAttribute("aria-invalid")).toBe("true");
    expect(cell("130722", "keyEnterprises").getAttribute("aria-invalid")).toBeNull();
    expect(savedProfiles(r)).toEqual([]);
  });

  test("import CSV fills the table (names, aliases, 8%, a 合计 row skipped); saving keeps it", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    const csv = "\uFEFF县区,重点企业,工业投资增速,产业集群数\r\n怀来县,15,8%,2\r\n130705,20,,\r\n合计,35,,\r\n";
    await r.user.upload(testId("decomposition-import") as HTMLInputElement, new File([csv], "任务分解.csv", { type: "text/csv" }));
    await waitFor(() => expect(cell("130730", "keyEnterprises").value).toBe("15"));
    expect(cell("130730", "fixedInvestmentGrowth").value).toBe("8");
    expect(cell("130730", "clusters").value).toBe("2");
    expect(cell("130705", "keyEnterprises").value).toBe("20");
    expect(testId("decomposition-message").textContent).toBe("已导入 任务分解.csv 的任务分解，检查后点击“保存”生效");
    expect(savedProfiles(r)).toEqual([]);
    await r.user.click(testId("save-profile"));
    await waitFor(() => expect(savedProfiles(r)).toHaveLength(1));
    expect(savedProfiles(r)[0].decomposition).toEqual(SHARES);
  });

  test("import JSON (the profile field, as 导出 JSON writes it)", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    const json = formatDecompositionJson({ ...BUILTIN_PROFILE, decomposition: SHARES });
    await r.user.upload(testId("decomposition-import") as HTMLInputElement, new File([json], "分解.json", { type: "application/json" }));
    await waitFor(() => expect(cell("130705", "keyEnterprises").value).toBe("20"));
    expect(cell("130730", "fixedInvestmentGrowth").value).toBe("8");
  });

  test("a bad file gives a clear message naming row and column, and the table is unchanged", async () => {
    const r = await renderOnPort(smallWorkbook());
    await openSettings(r);
    await typeIn(r, cell("130730", "keyEnterprises"), "15");
    const bad = "县区,重点企业,人数\r\n怀来县,十五,3\r\n火星县,1,\r\n";
    await r.user.upload(testId("decomposition-import") as HTMLInputElement, new File([bad], "坏.csv"));
    await waitFor(() => expect(testId("decomposition-message").textContent).toContain("坏.csv 中的任务分解有误，表格未改动"));
    const text = testId("decomposition-message").textContent ?? "";
    expect(text).toContain("任务分解表的列“人数”不是方案中的指标");
    expect(text).toContain("任务分解表第 2 行“重点企业”：“十五”不是数字");
    expect(text).toContain("任务分解表第 3 行：“火星县”不是本市的县区");
    expect(cell("130730", "keyEnterprises").value).toBe("15");
    await r.user.upload(testId("decomposition-import") as HTMLInputElement, new File(["{not json"], "坏.json"));
    await waitFor(() => expect(testId("decomposition-message").textContent).toMatch(/坏\.json 不是有效的 JSON/));
    await r.user.upload(testId("decomposition-import") as HTMLInputElement, new File([JSON.stringify({ "130799": { counts: { keyEnterprises: 1 } } })], "错.json"));
    await waitFor(() => expect(testId("decomposition-message").textContent).toContain('decomposition["130799"]'));
    expect(cell("130730", "keyEnterprises").value).toBe("15");
  });

  test("导出 CSV and 导出 JSON give what the core formats for the table as typed", async () => {
    const downloads = catchDownloads();
    try {
      const data = smallWorkbook();
      data.sheets.push(gxSheet({ profile: { decomposition: { "130705": SHARES["130705"] } } }));
      const r = await renderOnPort(data);
      await openSettings(r);
      await typeIn(r, cell("130730", "keyEnterprises"), "15");
      await typeIn(r, cell("130730", "clusters"), "2");
      await typeIn(r, cell("130730", "fixedInvestmentGrowth"), "8");
      await r.user.click(testId("decomposition-export-csv"));
      await r.user.click(testId("decomposition-export-json"));
      expect(downloads.files.map((f) => f.name)).toEqual(["任务分解-2022.csv", "任务分解-2022.json"]);
      const expected = { ...BUILTIN_PROFILE, decomposition: SHARES };
      // UTF-8 with a byte-order mark, so that Excel opens the Chinese right.
      expect([...(await bytes(downloads.files[0].blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(await readText(downloads.files[0].blob)).toBe(formatDecompositionCsv(expected).replace(/^\uFEFF/, ""));
      expect(JSON.parse(await readText(downloads.files[1].blob))).toEqual(JSON.parse(formatDecompositionJson(expected)));
    } finally {
      downloads.restore();
    }
  });

  test("an export with a broken figure is refused with the field named", async () => {
    const downloads = catchDownloads();
    try {
      const r = await renderOnPort(smallWorkbook());
      await openSettings(r);
      await typeIn(r, cell("130730", "keyEnterprises"), "1.5");
      await r.user.click(testId("decomposition-export-csv"));
      expect(downloads.files).toEqual([]);
      expect(testId("decomposition-message").textContent).toContain("任务分解：怀来县 · 百家重点企业");
    } finally {
      downloads.restore();
    }
  });

  test("keyboard and English: the table is a focusable region that scrolls, each cell named by county and indicator", async () => {
    const r = await renderOnPort(smallWorkbook(), { lang: "en-US" });
    await openSettings(r);
    const box = testId("decomposition-box");
    expect(box.getAttribute("role")).toBe("region");
    expect(box.getAttribute("aria-label")).toBe("Decomposition table (counties × indicators)");
    expect(box.tabIndex).toBe(0);
    const heads = [...box.querySelectorAll("th")].map((th) => th.textContent);
    expect(heads).toEqual(expect.arrayContaining(["County", "City target", "Counties' sum", "怀来县"]));
    const input = cell("130730", "keyEnterprises");
    expect(input.getAttribute("aria-label")).toBe("怀来县 · 百家重点企业");
    await r.user.click(input);
    await r.user.keyboard("30");
    // Every cell is in the tab order, in the table's reading order.
    const row = [...(input.closest("tr") as HTMLElement).querySelectorAll("input")];
    expect(row.every((el) => el.tabIndex === 0 && !el.disabled)).toBe(true);
    expect(row[row.indexOf(input) + 1]).toBe(cell("130730", "cultivationLibrary"));
    expect(testId("decomposition-differs").textContent).toContain("百家重点企业: counties' sum 30, city 100");
    expect(testId("decomposition-import-button").textContent).toBe("Import CSV or JSON");
  });
});
