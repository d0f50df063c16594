/** HISTORY.md: the comparison with an earlier period, rule by rule, for the full and the year-start comparison. */

import { checkWorkbook } from "../../src/core/check";
import { comparisonOf, isRefusal, refusalMessage, withHistory, withoutPrevious, type HistoryOptions } from "../../src/core/check/history";
import { HISTORY_RULES } from "../../src/core/rules/history";
import type { CellValue } from "../../src/core/read/types";
import { describeFinding } from "../../src/core/rules/describe";
import { uscc } from "../rules/helpers";
import { KE_HEADER, keRow, sheetData, TARGET_HEADER, workbook } from "../rules/workbook";

const TODAY = new Date(Date.UTC(2022, 10, 5));

const PROJ = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "是否入统"];
/** A project: name, stage, ytd investment, 总投资, 是否入统, county. */
function proj(name: string, stage: string, ytd: CellValue, total: CellValue = 50000, included = "是", county = "张北县"): CellValue[] {
  return [name, `${name}公司`, county, stage, total, ytd, included];
}
const CULT = ["企业名称", "统一社会信用代码", "所属县区", "培育类别", "上年全年营业收入", "本年营业收入", "入统状态"];
function cult(n: number, status: string, lastYear = 1500, revenue: CellValue = 1400): CellValue[] {
  return [`企业${n}`, uscc(n), "张北县", "营收1000-2000万", lastYear, revenue, status];
}
const ENERGY = ["企业名称", "统一社会信用代码", "月份", "综合能耗"];
const TB = ["企业名称", "统一社会信用代码", "所属县区", "类别", "进展状态"];
const DECL = ["企业名称", "统一社会信用代码", "所属县区", "下滑类型", "上年利润总额", "前年利润总额"];

type Sheets = Record<string, CellValue[][]>;

interface Pair {
  prev: Sheets;
  cur: Sheets;
  /** Current period (default 10) and the previous one (default 9; 12 at year start). */
  m?: number;
  p?: number;
  yearStart?: boolean;
}

function book(name: string, sheets: Sheets) {
  return workbook(name, ...Object.entries(sheets).map(([sheet, rows]) => sheetData(sheet, rows)));
}

function compare({ prev, cur, m = 10, p, yearStart }: Pair) {
  const previous = checkWorkbook(book("上期.xlsx", prev), { period: p ?? (yearStart ? 12 : 9), today: TODAY });
  const current = checkWorkbook(book("本期.xlsx", cur), { period: m, today: TODAY });
  const opts: HistoryOptions = yearStart ? { previousYear: 2021 } : {};
  const outcome = withHistory(current, previous, opts);
  if (isRefusal(outcome)) throw new Error("refused");
  const history = current.findings.filter((f) => f.rule.startsWith("history."));
  return { current, outcome, history, ids: history.map((f) => f.rule).sort() };
}

const projects = (...rows: CellValue[][]): Sheets => ({ 百项工业项目库: [PROJ, ...rows] });

interface Case extends Pair {
  title: string;
  expect: string[];
  variant?: string;
}

const CASES: Case[] = [
  // history.ytd-decreased
  { title: "本年完成投资 800 → 700 (full): decreased", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 700)), expect: ["history.ytd-decreased"] },
  { title: "本年完成投资 800 → 880 (full): quiet", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880)), expect: [] },
  {
    title: "800 → 799.6, within totalTolerance: not decreased, only a month with nothing",
    prev: projects(proj("A", "续建", 800)),
    cur: projects(proj("A", "续建", 799.6)),
    expect: ["history.month-jump"],
    variant: "low",
  },
  { title: "year start 800 → 700: the figure restarted, quiet", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 700)), yearStart: true, expect: [] },
  // history.month-jump
  { title: "900 → 5,000 with p = 9: jump", prev: projects(proj("A", "续建", 900)), cur: projects(proj("A", "续建", 5000)), expect: ["history.month-jump"], variant: "high" },
  { title: "900 → 905 with p = 9: a month far below the mean", prev: projects(proj("A", "续建", 900)), cur: projects(proj("A", "续建", 905)), expect: ["history.month-jump"], variant: "low" },
  { title: "90 → 500: below jumpFloor, quiet", prev: projects(proj("A", "续建", 90)), cur: projects(proj("A", "续建", 500)), expect: [] },
  { title: "900 → 1,000 with p = 9: quiet", prev: projects(proj("A", "续建", 900)), cur: projects(proj("A", "续建", 1000)), expect: [] },
  { title: "year start 900 → 5,000: quiet", prev: projects(proj("A", "续建", 900)), cur: projects(proj("A", "续建", 5000)), yearStart: true, expect: [] },
  {
    title: "本年营业收入 of key enterprises: 3000 at p = 6 → 20000 at m = 8: jump",
    prev: { 百家重点企业台账: [KE_HEADER, keRow(1, 3000)] },
    cur: { 百家重点企业台账: [KE_HEADER, keRow(1, 20000)] },
    p: 6,
    m: 8,
    expect: ["history.month-jump"],
  },
  // history.status-regressed
  { title: "续建 → 前期: regressed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "前期", 880)), expect: ["history.status-regressed"] },
  { title: "续建 → 前期 at year start: regressed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "前期", 100)), yearStart: true, expect: ["history.status-regressed"] },
  { title: "新开工 → 续建 across years: quiet", prev: projects(proj("A", "新开工", 800)), cur: projects(proj("A", "续建", 100)), yearStart: true, expect: [] },
  { title: "是否入统 是 → 否: regressed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880, 50000, "否")), expect: ["history.status-regressed"] },
  { title: "入统状态 已入统 → 已申报: regressed", prev: { 培育库: [CULT, cult(1, "已入统")] }, cur: { 培育库: [CULT, cult(1, "已申报", 1500, 1500)] }, expect: ["history.status-regressed"] },
  { title: "入统状态 未入统 → 已申报: quiet", prev: { 培育库: [CULT, cult(1, "未入统")] }, cur: { 培育库: [CULT, cult(1, "已申报", 1500, 1500)] }, expect: [] },
  {
    title: "是否规上 是 → 否: regressed (可能退统)",
    prev: { 百家重点企业台账: [KE_HEADER, keRow(1, 3000)] },
    cur: { 百家重点企业台账: [KE_HEADER, keRow(1, 3300, 2500, { 8: "否" })] },
    expect: ["history.status-regressed"],
    variant: "scale",
  },
  { title: "进展状态 已完成 → 推进中: regressed", prev: { 三个一批: [TB, ["企业1", uscc(1), "张北县", "就地改造提升", "已完成"]] }, cur: { 三个一批: [TB, ["企业1", uscc(1), "张北县", "就地改造提升", "推进中"]] }, expect: ["history.status-regressed"] },
  // history.fixed-changed
  { title: "总投资 50000 → 60000: changed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880, 60000)), expect: ["history.fixed-changed"] },
  { title: "总投资 changed at year start: still changed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 100, 60000)), yearStart: true, expect: ["history.fixed-changed"] },
  { title: "所属县区 张北县 → 蔚县: changed", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880, 50000, "是", "蔚县")), expect: ["history.fixed-changed"] },
  {
    title: "总投资 1.2 亿元 then 12000 万元: equal",
    prev: { 百项工业项目库: [PROJ.map((h) => (h === "总投资" ? "总投资(亿元)" : h)), proj("A", "续建", 800, 1.2)] },
    cur: projects(proj("A", "续建", 880, 12000)),
    expect: [],
  },
  { title: "上年全年营业收入 1500 → 1600: changed", prev: { 培育库: [CULT, cult(1, "未入统")] }, cur: { 培育库: [CULT, cult(1, "未入统", 1600, 1500)] }, expect: ["history.fixed-changed"] },
  { title: "上年全年营业收入 at year start: a new year, quiet", prev: { 培育库: [CULT, cult(1, "未入统")] }, cur: { 培育库: [CULT, cult(1, "未入统", 1600, 100)] }, yearStart: true, expect: [] },
  { title: "上年利润总额 changed: changed", prev: { 亏损企业: [DECL, ["企业1", uscc(1), "张北县", "亏损", -100, 50]] }, cur: { 亏损企业: [DECL, ["企业1", uscc(1), "张北县", "亏损", -120, 50]] }, expect: ["history.fixed-changed"] },
  { title: "类别 changed: changed", prev: { 三个一批: [TB, ["企业1", uscc(1), "张北县", "就地改造提升", "推进中"]] }, cur: { 三个一批: [TB, ["企业1", uscc(1), "张北县", "搬迁入园进区", "推进中"]] }, expect: ["history.fixed-changed"] },
  // history.identity-changed
  {
    title: "same 信用代码, another name: renamed",
    prev: { 百家重点企业台账: [KE_HEADER, keRow(1, 3000)] },
    cur: { 百家重点企业台账: [KE_HEADER, keRow(1, 3300, 2500, { 0: "企业1新名" })] },
    expect: ["history.identity-changed"],
    variant: "name",
  },
  {
    title: "same name, another 信用代码: recoded",
    prev: { 百家重点企业台账: [KE_HEADER, keRow(1, 3000)] },
    cur: { 百家重点企业台账: [KE_HEADER, keRow(1, 3300, 2500, { 1: uscc(99) })] },
    expect: ["history.identity-changed"],
  },
  { title: "same name in full width: quiet", prev: { 百家重点企业台账: [KE_HEADER, keRow(1, 3000)] }, cur: { 百家重点企业台账: [KE_HEADER, keRow(1, 3300, 2500, { 0: "企业１" })] }, expect: [] },
  // history.removed, history.graduated, history.added
  { title: "a project gone: removed", prev: projects(proj("A", "续建", 800), proj("B", "续建", 800)), cur: projects(proj("A", "续建", 880)), expect: ["history.removed"] },
  { title: "a project gone at year start: removed", prev: projects(proj("A", "续建", 800), proj("B", "续建", 800)), cur: projects(proj("A", "续建", 80)), yearStart: true, expect: ["history.removed"] },
  { title: "竣工投产 gone at year start: normal", prev: projects(proj("A", "续建", 800), proj("B", "竣工投产", 800)), cur: projects(proj("A", "续建", 80)), yearStart: true, expect: [] },
  { title: "a whole ledger gone: removed on the workbook", prev: projects(proj("A", "续建", 800)), cur: { 百家重点企业台账: [KE_HEADER, keRow(1)] }, expect: ["history.added", "history.removed"] },
  { title: "a new project: added", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880), proj("C", "新开工", 100)), expect: ["history.added"] },
  { title: "a new project at year start: added", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 80), proj("C", "新开工", 100)), yearStart: true, expect: ["history.added"] },
  { title: "已入统 gone from 培育库: graduated", prev: { 培育库: [CULT, cult(1, "未入统"), cult(2, "已入统")] }, cur: { 培育库: [CULT, cult(1, "未入统", 1500, 1500)] }, expect: ["history.graduated"], variant: "included" },
  {
    title: "gone from 培育库, now a 规上 key enterprise: graduated",
    prev: { 培育库: [CULT, cult(1, "已申报")], 百家重点企业台账: [KE_HEADER, keRow(5)] },
    cur: { 培育库: [CULT], 百家重点企业台账: [KE_HEADER, keRow(5, 3300), keRow(1, 2100)] },
    expect: ["history.added", "history.graduated"],
  },
  { title: "未入统 gone from 培育库: removed", prev: { 培育库: [CULT, cult(1, "未入统"), cult(2, "未入统")] }, cur: { 培育库: [CULT, cult(1, "未入统", 1500, 1500)] }, expect: ["history.removed"] },
  { title: "a key twice now: compared once", prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 880), proj("A", "续建", 700)), expect: [] },
  // history.energy-revised
  {
    title: "能耗 of 2022-08 revised: revised",
    prev: { 能耗监测: [ENERGY, ["企业1", uscc(1), "2022年8月", 100]] },
    cur: { 能耗监测: [ENERGY, ["企业1", uscc(1), "2022年8月", 120], ["企业1", uscc(1), "2022年10月", 110]] },
    expect: ["history.added", "history.energy-revised"],
  },
  { title: "能耗 unchanged: quiet", prev: { 能耗监测: [ENERGY, ["企业1", uscc(1), "2022年8月", 100]] }, cur: { 能耗监测: [ENERGY, ["企业1", uscc(1), "2022年8月", 100]] }, expect: [] },
  // history.target-changed
  { title: "目标值 6 → 7: changed", prev: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 6, "%", 5, 9, null]] }, cur: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 7, "%", 5, 10, null]] }, expect: ["history.target-changed"] },
  { title: "目标值 unchanged: quiet", prev: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 6, "%", 5, 9, null]] }, cur: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 6, "%", 5.5, 10, null]] }, expect: [] },
  { title: "目标值 changed at year start: a new year's target, quiet", prev: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 6, "%", 5, 12, null]] }, cur: { 目标任务: [TARGET_HEADER, ["规上工业增加值增速", 7, "%", 5, 10, null]] }, yearStart: true, expect: [] },
];

describe("history rules: each fires on a change and keeps quiet otherwise", () => {
  test.each(CASES.map((c) => [c.title, c] as const))("%s", (_title, c) => {
    const { ids, history } = compare(c);
    expect(ids).toEqual(c.expect);
    if (c.variant) expect(history.find((f) => f.rule !== "history.added")?.variant).toBe(c.variant);
  });
});

test("every history rule but history.no-previous has a case above that fires it, and quiet cases exist", () => {
  const fired = new Set(CASES.flatMap((c) => c.expect));
  expect(HISTORY_RULES.map((r) => r.id).filter((id) => id !== "history.no-previous" && !fired.has(id))).toEqual([]);
  expect(CASES.filter((c) => c.expect.length === 0).length).toBeGreaterThan(10);
});

test("history.no-previous: an info on the workbook, which stays ready", () => {
  const current = checkWorkbook(book("本期.xlsx", projects(proj("A", "续建", 700))), { period: 10, today: TODAY });
  expect(current.findings.some((f) => f.rule === "history.no-previous")).toBe(false);
  withoutPrevious(current, "上月");
  expect(current.findings.filter((f) => f.rule === "history.no-previous")).toEqual([expect.objectContaining({ severity: "info", params: { dir: "上月" } })]);
  expect(describeFinding(current.findings.find((f) => f.rule === "history.no-previous")!, "zh-CN").message).toBe("上月 中没有同名的上期文件，本文件未作历史对比");
});

describe("what a finding says", () => {
  test("it names the previous file, sheet and row, and the previous value", () => {
    const { history, current } = compare({ prev: projects(proj("A", "续建", 800)), cur: projects(proj("A", "续建", 700)) });
    expect(history[0]).toMatchObject({
      severity: "warning",
      sheet: "百项工业项目库",
      row: 2,
      col: 6,
      value: 700,
      params: { file: "上期.xlsx", previousSheet: "百项工业项目库", previousRow: 2, previous: 800, column: "本年完成投资" },
    });
    expect(describeFinding(history[0], "zh-CN").message).toBe("本年完成投资由上期 800 万元降至 700 万元；累计数不应下降");
    // History warnings count like any other: not ready until explained.
    expect(current.summary.ready).toBe(false);
  });

  test("the month jump shows both monthly means", () => {
    const { history } = compare({ prev: projects(proj("A", "续建", 900)), cur: projects(proj("A", "续建", 5000)) });
    expect(describeFinding(history[0], "zh-CN").message).toBe("本年完成投资上期 900、本期 5000 万元：此后月均 4100 万元，远高于此前月均 100 万元");
  });

  test("a removed record names its key and previous row", () => {
    const { history } = compare({ prev: projects(proj("A", "续建", 800), proj("B", "续建", 800)), cur: projects(proj("A", "续建", 880)) });
    expect(history[0]).toMatchObject({ rule: "history.removed", sheet: "百项工业项目库", params: { name: "B", previousRow: 3 } });
    expect(history[0].row).toBeUndefined();
    expect(describeFinding(history[0], "en-US").message).toContain("row 3");
  });

  test("a profile override applies to history rules too", () => {
    const previous = checkWorkbook(book("上期.xlsx", projects(proj("A", "续建", 800))), { period: 9, today: TODAY });
    const wb = book("本期.xlsx", projects(proj("A", "续建", 700)));
    const current = checkWorkbook(wb, { period: 10, today: TODAY });
    current.profile = { ...current.profile, rules: { ...current.profile.rules, "history.ytd-decreased": "off" } };
    withHistory(current, previous);
    expect(current.findings.filter((f) => f.rule.startsWith("history."))).toEqual([]);
  });

  test("Part A counts per ledger", () => {
    const { outcome } = compare({ prev: projects(proj("A", "续建", 800), proj("B", "续建", 800)), cur: projects(proj("A", "续建", 880)) });
    expect(isRefusal(outcome) ? null : outcome.tallies).toEqual([{ kind: "projects", previous: 2, current: 1 }]);
  });
});

describe("which comparison, or a usage error", () => {
  test.each([
    [2022, 9, "full"],
    [2022, 10, "not-earlier"],
    [2022, 11, "not-earlier"],
    [2021, 12, "year-start"],
    [2021, 3, "year-start"],
    [2020, 12, "year-gap"],
    [2023, 1, "not-earlier"],
  ] as const)("previous %i-%i against 2022-10: %s", (year, period, expected) => {
    const c = comparisonOf({ year: 2022, period: 10 }, { year, period });
    expect(typeof c === "string" ? c : c.refused).toBe(expected);
  });

  test("a refusal says so in Chinese and English, and nothing is compared", () => {
    const previous = checkWorkbook(book("上期.xlsx", projects(proj("A", "续建", 800))), { period: 11, today: TODAY });
    const current = checkWorkbook(book("本期.xlsx", projects(proj("A", "续建", 700))), { period: 10, today: TODAY });
    const before = JSON.stringify(current.findings);
    const r = withHistory(current, previous);
    expect(isRefusal(r)).toBe(true);
    if (!isRefusal(r)) return;
    expect(refusalMessage(r, "zh-CN")).toContain("上期报告期应早于本期");
    expect(refusalMessage(r, "en-US")).toContain("must be earlier");
    expect(JSON.stringify(current.findings)).toBe(before);
  });
});
