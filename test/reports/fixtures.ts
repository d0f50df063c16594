/**
 * A checked workbook built directly as typed records (independent of the reader and the rules), and helpers
 * to read a report model back as plain values. The figures each test expects are worked out by hand from
 * the records below; the comments next to the records say what makes each one interesting.
 */

import { usccCheckChar } from "../../src/core/calc/uscc";
import { kindSpec } from "../../src/core/ledgers";
import type { LedgerKind, LedgerRecord, Typed } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile/types";
import type { ReadSheet } from "../../src/core/read/result";
import type { ReportCheck, ReportContext } from "../../src/core/reports";
import type { ReportCell, ReportModel, ReportSection, ReportValue } from "../../src/core/reports/model";
import type { AnyFinding } from "../../src/core/findings";
import type { Finding } from "../../src/core/rules/types";

/** A valid 统一社会信用代码 registered in `region`, told apart by `n`. */
export function uscc(n: number, region = "130722"): string {
  const first17 = `91${region}MA${String(n).padStart(7, "0")}`;
  return first17 + (usccCheckChar(first17) ?? "");
}

/** A ledger sheet with one header row (row 1) and its records from row 2, every column of the kind. */
export function sheet(kind: LedgerKind, name: string, rows: Record<string, Typed>[]): ReadSheet {
  const keys = kindSpec(kind).columns.map((c) => c.key);
  const records: LedgerRecord[] = rows.map((values, i) => ({
    row: i + 2,
    values: Object.fromEntries(keys.map((k) => [k, values[k] ?? null])),
  }));
  return {
    sheet: name,
    kind,
    kindSource: "name",
    headerRow: 1,
    headerRows: 1,
    columns: keys.map((key, i) => ({ key, col: i + 1, header: key, factor: 1, percent: false })),
    records,
  };
}

// Enterprises: A is 规上 (it must never be listed as 应入统 even though the library says 未入统); B is in both
// ledgers and qualifies in both (listed once); D has no known county.
const A = uscc(1, "130722");
const B = uscc(2, "130726");
const C = uscc(3, "130722");
const D = uscc(4, "130722");
const E = uscc(5, "130705");
const F = uscc(6, "130722");
const G = uscc(7, "130722");
export const CODES = { A, B, C, D, E, F, G };

export const KEY = sheet("key-enterprises", "重点企业", [
  { name: "甲企业", uscc: A, region: "张北县", industry: "冰雪装备", revenue: 3000, revenuePrev: 2500, scale: true }, // row 2
  { name: "乙企业", uscc: B, region: "蔚县", industry: "食品加工", revenue: 2500, revenuePrev: null, scale: false }, // row 3
  { name: "丙企业", uscc: C, region: "张北县", industry: "冰雪装备", revenue: 1000, revenuePrev: 800, scale: false }, // row 4
  { name: "丁企业", uscc: D, region: null, industry: null, revenue: null, revenuePrev: 500, scale: null }, // row 5
]);

export const CULT = sheet("cultivation", "培育库", [
  { name: "乙企业", uscc: B, region: "蔚县", category: "营收1000-2000万", revenueLastYear: 1800, revenue: 2100, status: "未入统" },
  { name: "戊企业", uscc: E, region: "宣化区", category: "超2000万未入统", revenueLastYear: 2600, revenue: null, status: "未入统" },
  { name: "己企业", uscc: F, region: "张北县", category: "新建投产", revenueLastYear: 500, revenue: 900, status: "已申报" },
  { name: "甲企业", uscc: A, region: "张北县", category: "退统再入", revenueLastYear: 2500, revenue: 2200, status: "未入统" },
  { name: "庚企业", uscc: G, region: null, category: "营收1000-2000万", revenueLastYear: 1500, revenue: 1200, status: "已入统" },
]);

export const DECL = sheet("declining", "下滑企业", [
  { name: "辛企业", uscc: uscc(8), region: "张北县", type: "亏损", profitPrev: -50, profitPrev2: 30, plan: "一企一策" },
  { name: "壬企业", uscc: uscc(9, "130726"), region: "蔚县", type: "效益下滑", profitPrev: 100, profitPrev2: 200, plan: "无" },
]);

// Period 10 of 2022. Under construction and ≥ 500: P1, P2, P6 (P3 is 前期, P4 starts after October, P5 is 400).
export const PROJ = sheet("projects", "工业项目", [
  { project: "项目一", builder: "甲公司", region: "张北县", industry: "冰雪装备", stage: "续建", totalInvestment: 800, ytdInvestment: 300, startDate: { y: 2021, m: 5 }, included: false },
  { project: "项目二", builder: "乙公司", region: "蔚县", industry: "食品加工", stage: "新开工", totalInvestment: 600, ytdInvestment: 100, startDate: { y: 2022, m: 3 }, included: false, notIncludedReason: "土地手续" },
  { project: "项目三", builder: "丙公司", region: "张北县", industry: "冰雪装备", stage: "前期", totalInvestment: 1000, ytdInvestment: 0, included: false },
  { project: "项目四", builder: "丁公司", region: "张北县", industry: "其他", stage: "新开工", totalInvestment: 700, ytdInvestment: 50, startDate: { y: 2022, m: 11 }, included: false },
  { project: "项目五", builder: "戊公司", region: null, industry: "汽车及零部件", stage: "竣工投产", totalInvestment: 400, ytdInvestment: 400, startDate: { y: 2021, m: 1 }, included: true },
  { project: "项目六", builder: "己公司", region: "宣化区", industry: "冰雪装备", stage: "续建", totalInvestment: 2000, ytdInvestment: 500, startDate: { y: 2020, m: 6 }, included: true },
]);

// T1 is 项目一 of 甲公司 again (one project in 项目入统; one record in each ledger's own counts).
export const TECH = sheet("tech-reform", "技改项目", [
  { project: "项目一", builder: "甲公司", region: "张北县", industry: "冰雪装备", stage: "续建", totalInvestment: 800, ytdInvestment: 300, startDate: { y: 2021, m: 5 }, included: false, direction: ["改装备"] },
  { project: "技改二", builder: "庚公司", region: "蔚县", industry: "食品加工", stage: "续建", totalInvestment: 550, ytdInvestment: 120, startDate: { y: 2022, m: 1 }, included: true, direction: ["改工艺"] },
]);

export const BATCH = sheet("three-batches", "三个一批", [
  { name: "一厂", region: "张北县", category: "淘汰关停", status: "已完成" },
  { name: "二厂", region: "张北县", category: "搬迁入园进区", status: "已完成" },
  { name: "三厂", region: "蔚县", category: "搬迁入园进区", status: "推进中" },
  { name: "四厂", region: "蔚县", category: "搬迁入园进区", status: "已完成" },
  { name: "五厂", region: "宣化区", category: "就地改造提升", status: "未启动" },
  { name: "六厂", region: null, category: "就地改造提升", status: "推进中" },
]);

// Growth over the clusters with both revenues: (110 + 45) / (100 + 40) − 1 = 0.107142857…
export const CLUSTERS = sheet("clusters", "产业集群", [
  { cluster: "集群甲", region: "张北县", revenue: 110, revenuePrev: 100 },
  { cluster: "集群乙", region: "蔚县", revenue: 50, revenuePrev: null },
  { cluster: "集群丙", region: "宣化区", revenue: 45, revenuePrev: 40 },
]);

export const TARGETS = sheet("targets", "目标任务", [
  { indicator: "规模以上工业增加值增速", target: 5.5, unit: "%", actual: 4.2 },
  { indicator: "净增规上企业", target: 35, unit: "家", actual: 14 },
  { indicator: "百家重点企业", target: 100, unit: "家", actual: 98 }, // the ledger's 4 wins
  { indicator: "新增百亿级产业集群", target: 1, unit: "个", actual: 1 },
  { indicator: "服务器规模", target: 120, unit: "万台", actual: 90 },
  { indicator: "省级以上绿色工厂", target: 3, unit: "家", actual: 3 },
  { indicator: "工业设计对接服务企业", target: 150, unit: "家", actual: 130 },
]);

export const SHEETS = [KEY, CULT, DECL, PROJ, TECH, BATCH, CLUSTERS, TARGETS];

/** A finding as a tab reads it; a fixture may leave out params its message does not need here. */
function finding(f: AnyFinding): Finding {
  return f as Finding;
}

/** Deliberately out of order: the 校验结果 tab sorts them. */
export const FINDINGS: Finding[] = [
  finding({ rule: "number.text", severity: "info", sheet: "培育库", row: 2, col: 7, value: "1800" }),
  finding({ rule: "scale.should-include", severity: "warning", sheet: "重点企业", row: 3, col: 10, value: false, params: { revenue: "2500", threshold: 2000 }, explained: true, explanation: "已在办理" }),
  finding({ rule: "project.must-include", severity: "error", sheet: "工业项目", row: 2, col: 13, value: false }),
  finding({ rule: "ledger.count", severity: "warning", sheet: "重点企业", variant: "fewer", value: 4, params: { count: 4, target: 100, name: "百家重点企业" } }),
  finding({ rule: "region.unknown", severity: "error", sheet: "重点企业", row: 5, col: 4, value: "=火星县" }),
  finding({ rule: "settings.invalid", severity: "warning" }),
  finding({ rule: "uscc.checksum", severity: "error", sheet: "重点企业", row: 3, col: 3, value: "91130726MA0000002X", params: { expected: "Y" } }),
];

export function makeCheck(over: Partial<ReportCheck> = {}): ReportCheck {
  return {
    profile: BUILTIN_PROFILE as Profile,
    profileSource: "built-in",
    period: 10,
    sheets: SHEETS,
    findings: FINDINGS,
    summary: { errors: 3, warnings: 3, explained: 1, infos: 1, ready: false },
    ...over,
  };
}

export const CTX: ReportContext = { lang: "zh-CN", now: new Date(2022, 10, 5, 14, 30), workbookName: "张家口台账.xlsx" };
export const CTX_EN: ReportContext = { ...CTX, lang: "en-US" };

function isCell(v: ReportValue | ReportCell): v is ReportCell {
  return typeof v === "object" && v !== null;
}

/** A row's values, links and formats aside. */
export function plain(row: (ReportValue | ReportCell)[]): ReportValue[] {
  return row.map((v) => (isCell(v) ? v.value : v));
}

export function body(section: ReportSection): ReportValue[][] {
  return section.rows.map(plain);
}

/** The row whose first cell is `label`. */
export function rowOf(section: ReportSection, label: string): ReportValue[] {
  const row = section.rows.map(plain).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

export function headers(section: ReportSection): string[] {
  return section.columns.map((c) => c.header);
}

export function sectionOf(model: ReportModel, heading: string): ReportSection {
  const s = model.sections.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s;
}

/** A row against its hand-computed values: numbers to 9 decimals (2 / 3 and the like), the rest exactly. */
export function expectRow(actual: ReportValue[], expected: ReportValue[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    if (typeof e === "number" && typeof a === "number") expect(a).toBeCloseTo(e, 9);
    else expect([i, a]).toEqual([i, e]);
  });
}
