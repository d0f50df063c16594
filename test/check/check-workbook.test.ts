import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { CellValue } from "../../src/core/read/types";
import { checkWorkbook, crossFile } from "../../src/core/check";
import { uscc } from "../rules/helpers";
import { EXPLANATION_HEADER, KE_HEADER, keRow, keSheet, settingsSheet, sheetData, TARGET_HEADER, workbook } from "../rules/workbook";

const TODAY = new Date(2022, 9, 15);
const KE_NAME = "百家重点企业台账";

/** Row 2 grows 100 % (growth.review, a warning); rows 3 and 4 share a code (dup.uscc, errors). */
function defects(notes: CellValue[] = [null, null, null]) {
  return sheetData(KE_NAME, [
    KE_HEADER,
    keRow(1, 5000, 2500, { 9: notes[0] }),
    keRow(2, 3000, 2500, { 9: notes[1] }),
    keRow(2, 3000, 2500, { 0: "企业2", 9: notes[2] }),
  ]);
}

const rulesOf = (r: ReturnType<typeof checkWorkbook>, id: string) => r.findings.filter((f) => f.rule === id);

describe("the profile in force", () => {
  test("--profile wins over the workbook's", () => {
    const profile = { ...BUILTIN_PROFILE, year: 2023 };
    const r = checkWorkbook(workbook("a.xlsx", keSheet(), settingsSheet(JSON.stringify({ profile: { year: 2024 } }))), { profile, today: TODAY });
    expect(r).toMatchObject({ profileSource: "option", profile: { year: 2023 } });
  });

  test("the workbook's `_gx` profile is merged over the built-in one", () => {
    const stored = JSON.stringify({ profile: { thresholds: { scaleRevenue: 2500 } } });
    const r = checkWorkbook(workbook("a.xlsx", keSheet(), settingsSheet(stored)), { today: TODAY });
    expect(r.profileSource).toBe("workbook");
    expect(r.profile.thresholds).toMatchObject({ scaleRevenue: 2500, cultivationFloor: 1000 });
  });

  test("without either, the built-in 2022 profile", () => {
    const r = checkWorkbook(workbook("a.xlsx", keSheet()), { today: TODAY });
    expect(r.profileSource).toBe("built-in");
    expect(r.profile).toBe(BUILTIN_PROFILE);
  });

  test("a broken stored profile is reported, naming the field, and the built-in one is used", () => {
    const stored = JSON.stringify({ profile: { thresholds: { scaleRevenue: "lots" } } });
    const r = checkWorkbook(workbook("a.xlsx", keSheet(), settingsSheet(stored)), { today: TODAY });
    expect(r.profileSource).toBe("built-in");
    expect(r.profile).toBe(BUILTIN_PROFILE);
    expect(rulesOf(r, "profile.invalid")).toEqual([
      expect.objectContaining({ severity: "warning", params: expect.objectContaining({ field: "thresholds.scaleRevenue" }) }),
    ]);
    expect(rulesOf(r, "profile.invalid")[0].sheet).toBeUndefined();
  });
});

describe("the reporting period", () => {
  const targets = (months: CellValue[]) =>
    sheetData("目标任务", [TARGET_HEADER, ...months.map((m) => ["规模以上工业增加值增速", 0.055, "%", 0.06, m, null])]);

  test.each([
    ["--period", { period: 3 }, [targets([10])], 3, "option"],
    ["the period of a --profile", { profile: { ...BUILTIN_PROFILE, period: 4 } }, [targets([10])], 4, "option"],
    ["the period stored with the workbook's profile", {}, [targets([10]), settingsSheet(JSON.stringify({ profile: { period: 4 } }))], 4, "workbook"],
    ["the largest 截止月份", {}, [targets([9, 10])], 10, "targets"],
    ["a 截止月份 written as a date", {}, [targets([new Date(Date.UTC(2022, 7, 31))])], 8, "targets"],
    ["December of a past year", { today: new Date(2023, 1, 1) }, [keSheet()], 12, "default"],
    ["the current month", {}, [keSheet()], 10, "default"],
  ] as const)("%s", (_title, opts, sheets, period, source) => {
    const r = checkWorkbook(workbook("a.xlsx", ...sheets), { today: TODAY, ...opts });
    expect([r.period, r.periodSource]).toEqual([period, source]);
  });

  test("the period annualises revenue (scale.below)", () => {
    const sheet = sheetData(KE_NAME, [KE_HEADER, keRow(1, 1000, 900)]);
    expect(rulesOf(checkWorkbook(workbook("a.xlsx", sheet), { period: 10, today: TODAY }), "scale.below")).toHaveLength(1);
    expect(rulesOf(checkWorkbook(workbook("a.xlsx", sheet), { period: 6, today: TODAY }), "scale.below")).toHaveLength(0);
  });
});

describe("the profile's rule overrides", () => {
  const profile = (rules: Record<string, "error" | "warning" | "info" | "off">) => ({ ...BUILTIN_PROFILE, rules });

  test("change a severity", () => {
    const r = checkWorkbook(workbook("a.xlsx", defects()), { profile: profile({ "growth.review": "error", "dup.uscc": "warning" }), today: TODAY });
    expect(rulesOf(r, "growth.review").map((f) => f.severity)).toEqual(["error"]);
    expect(rulesOf(r, "dup.uscc").map((f) => f.severity)).toEqual(["warning", "warning"]);
  });

  test("switch a rule off, a reading rule as well", () => {
    const sheet = sheetData(KE_NAME, [KE_HEADER, keRow(1), [], keRow(2)]);
    const r = checkWorkbook(workbook("a.xlsx", sheet), { profile: profile({ "ledger.count": "off", "row.blank": "off" }), today: TODAY });
    expect(rulesOf(r, "ledger.count")).toEqual([]);
    expect(rulesOf(r, "row.blank")).toEqual([]);
  });
});

describe("explanations and ready to submit", () => {
  test("a 审核说明 cell explains the warnings of its row, never an error", () => {
    const r = checkWorkbook(workbook("a.xlsx", defects(["订单翻番 已核实", null, "重复录入 待删除"])), { today: TODAY });
    expect(rulesOf(r, "growth.review")[0]).toMatchObject({ explained: true, explanation: "订单翻番 已核实" });
    expect(rulesOf(r, "dup.uscc").find((f) => f.row === 4)?.explained).toBeUndefined();
    expect(r.summary).toMatchObject({ errors: 2, ready: false });
  });

  test("nor an info", () => {
    const sheet = sheetData(KE_NAME, [KE_HEADER, keRow(1, 3000, 2500, { 1: uscc(1, "130723"), 9: "企业从康保迁来" })]);
    const r = checkWorkbook(workbook("a.xlsx", sheet), { today: TODAY });
    expect(rulesOf(r, "uscc.region-differs")).toEqual([expect.not.objectContaining({ explained: true })]);
    expect(rulesOf(r, "uscc.region-differs")[0].severity).toBe("info");
  });

  test("an entry of the 审核说明 sheet explains one rule of one record, by its key", () => {
    const explanations = sheetData("审核说明", [
      EXPLANATION_HEADER,
      [KE_NAME, uscc(1).toLowerCase(), "growth.review", "H9", "订单翻番"],
      [KE_NAME, uscc(2), "growth.review", "", "不相干"],
    ]);
    const ok = sheetData(KE_NAME, [KE_HEADER, keRow(1, 5000, 2500), keRow(2)]);
    const r = checkWorkbook(workbook("a.xlsx", ok, explanations), { profile: { ...BUILTIN_PROFILE, rules: { "ledger.count": "off" } }, today: TODAY });
    expect(rulesOf(r, "growth.review")).toEqual([expect.objectContaining({ key: uscc(1), explained: true, explanation: "订单翻番" })]);
    expect(r.summary).toEqual({ errors: 0, warnings: 1, explained: 1, infos: 0, ready: true });
  });

  test("an entry for another rule explains nothing", () => {
    const explanations = sheetData("审核说明", [EXPLANATION_HEADER, [KE_NAME, uscc(1), "growth.mismatch", "", "说明"]]);
    const ok = sheetData(KE_NAME, [KE_HEADER, keRow(1, 5000, 2500)]);
    const r = checkWorkbook(workbook("a.xlsx", ok, explanations), { profile: { ...BUILTIN_PROFILE, rules: { "ledger.count": "off" } }, today: TODAY });
    expect(r.summary).toMatchObject({ warnings: 1, explained: 0, ready: false });
  });

  test("an explanation does not explain an error (dup.uscc)", () => {
    const explanations = sheetData("审核说明", [EXPLANATION_HEADER, [KE_NAME, uscc(2), "dup.uscc", "", "说明"]]);
    const r = checkWorkbook(workbook("a.xlsx", defects(), explanations), { today: TODAY });
    expect(rulesOf(r, "dup.uscc").every((f) => f.explained === undefined)).toBe(true);
  });

  test("a sheet-level warning is explained by an entry without a key", () => {
    const explanations = sheetData("审核说明", [EXPLANATION_HEADER, [KE_NAME, "", "ledger.count", "", "其余企业下月补录"]]);
    const r = checkWorkbook(workbook("a.xlsx", keSheet(2), explanations), { today: TODAY });
    expect(rulesOf(r, "ledger.count")[0]).toMatchObject({ explained: true });
    expect(r.summary.ready).toBe(true);
  });
});

test("findings are sorted: errors first, then sheet order, row, column", () => {
  const second = sheetData("重点企业培育库", [
    ["企业名称", "统一社会信用代码", "所属县区", "培育类别", "上年全年营业收入", "入统状态"],
    ["乙", uscc(7), "张北县", "营收1000-2000万", 2500, "未入统"],
  ]);
  const r = checkWorkbook(workbook("a.xlsx", defects(), second, settingsSheet("{bad")), { today: TODAY });
  const errors = r.findings.filter((f) => f.severity === "error");
  expect(r.findings.slice(0, errors.length)).toEqual(errors);
  const order = (f: (typeof r.findings)[number]) => [f.severity === "error" ? 0 : 1, f.sheet === undefined ? -1 : f.sheet === KE_NAME ? 0 : 1, f.row ?? 0, f.col ?? 0];
  const keys = r.findings.map(order);
  const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  expect(keys).toEqual(sorted);
  expect(errors.map((f) => f.rule)).toEqual(["dup.uscc", "dup.uscc", "cultivation.category-revenue"]);
  // The file-level settings finding leads the non-errors.
  expect(r.findings[errors.length].rule).toBe("settings.invalid");
});

describe("crossFile", () => {
  const county = (name: string, n: number[]) => workbook(name, sheetData(KE_NAME, [KE_HEADER, ...n.map((i) => keRow(i))]));

  test("the same 信用代码 in two files is reported in each, naming the other file", () => {
    const results = [county("张北.xlsx", [1, 2]), county("康保.xlsx", [2, 3]), county("沽源.xlsx", [4])].map((wb) =>
      checkWorkbook(wb, { today: TODAY }),
    );
    const before = results[0].summary.warnings;
    crossFile(results);
    expect(rulesOf(results[0], "xref.cross-file")).toEqual([
      expect.objectContaining({ sheet: KE_NAME, row: 3, col: 2, value: uscc(2), variant: "enterprise", params: { files: "康保.xlsx" } }),
    ]);
    expect(rulesOf(results[1], "xref.cross-file")).toEqual([expect.objectContaining({ row: 2, params: { files: "张北.xlsx" } })]);
    expect(rulesOf(results[2], "xref.cross-file")).toEqual([]);
    expect(results[0].summary.warnings).toBe(before + 1);
    crossFile(results);
    expect(rulesOf(results[0], "xref.cross-file")).toHaveLength(1);
  });

  test("a 审核说明 cell explains the cross-file warning too", () => {
    const explained = workbook("a.xlsx", sheetData(KE_NAME, [KE_HEADER, keRow(1, 3000, 2500, { 9: "总部在张北，康保为分厂" })]));
    const results = [checkWorkbook(explained, { today: TODAY }), checkWorkbook(county("b.xlsx", [1]), { today: TODAY })];
    crossFile(results);
    expect(rulesOf(results[0], "xref.cross-file")).toEqual([expect.objectContaining({ explained: true })]);
    expect(rulesOf(results[1], "xref.cross-file")).toEqual([expect.not.objectContaining({ explained: true })]);
  });

  test("the same project (name + builder) in two files", () => {
    const projects = (name: string) =>
      workbook(name, sheetData("百项工业项目库", [["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "是否入统"], ["冰雪装备产业园", "甲公司", "张北县", "前期", 800, "否"]]));
    const results = [checkWorkbook(projects("a.xlsx"), { today: TODAY }), checkWorkbook(projects("b.xlsx"), { today: TODAY })];
    crossFile(results);
    expect(rulesOf(results[0], "xref.cross-file")).toEqual([expect.objectContaining({ variant: "project", value: "冰雪装备产业园", key: "冰雪装备产业园 / 甲公司" })]);
  });

  test("a file's profile can switch it off", () => {
    const off = { ...BUILTIN_PROFILE, rules: { "xref.cross-file": "off" as const } };
    const results = [checkWorkbook(county("a.xlsx", [1]), { profile: off, today: TODAY }), checkWorkbook(county("b.xlsx", [1]), { today: TODAY })];
    crossFile(results);
    expect(rulesOf(results[0], "xref.cross-file")).toEqual([]);
    expect(rulesOf(results[1], "xref.cross-file")).toHaveLength(1);
  });
});
