/**
 * For every rule that the checks (not the reader) emit: records that fire it and records that keep it quiet.
 * rule-cases.test.ts runs them; catalogue.test.ts makes sure no rule id is left without a case.
 */

import type { LedgerKind, Typed } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { ReadSheet } from "../../src/core/read/result";
import type { AnyFinding as Finding } from "../../src/core/findings";
import { D, type RunOptions, sheet, uscc } from "./helpers";

type Row = Record<string, Typed>;

export interface RuleCase {
  id: string;
  title: string;
  kind: LedgerKind;
  rows: Row[];
  /** Other sheets of the workbook. */
  others?: ReadSheet[];
  opts?: Omit<RunOptions, "sheets">;
  /** For firing cases: what the findings must hold (each listed finding matches, in order). */
  expect?: Partial<Finding>[];
}

/** The built-in profile judging 张北县's workbook, without and with its share of 15 key enterprises. */
const COUNTY = { ...BUILTIN_PROFILE, scope: "130722" };
const COUNTY_15 = { ...COUNTY, decomposition: { "130722": { counts: { keyEnterprises: 15 } } } };

export const KE: Row = {
  name: "甲公司",
  uscc: uscc(1),
  region: "张北县",
  revenue: 3000,
  revenuePrev: 2500,
  growth: 0.2,
  scale: true,
};
export const CULT: Row = {
  name: "乙公司",
  uscc: uscc(2),
  region: "张北县",
  category: "营收1000-2000万",
  revenueLastYear: 1500,
  revenue: 1200,
  plan: "一企一策方案",
  status: "未入统",
  expectedDate: D(2022, 11),
};
export const DECL: Row = { name: "丙公司", uscc: uscc(3), region: "张北县", type: "亏损", profitPrev: -100, profitPrev2: 50, plan: "扭亏方案" };
export const PROJ: Row = {
  project: "年产万吨项目",
  builder: "丁公司",
  region: "张北县",
  stage: "续建",
  totalInvestment: 1000,
  annualPlan: 500,
  ytdInvestment: 400,
  startDate: D(2021, 5),
  included: true,
};
export const BATCH: Row = { name: "戊公司", region: "张北县", category: "搬迁入园进区", status: "推进中" };
export const CLUSTER: Row = { cluster: "张北冰雪装备集群", region: "张北县", headFirms: 2, revenue: 110, revenuePrev: 100, growth: 0.1 };
export const ENERGY: Row = { name: "己公司", uscc: uscc(6), region: "张北县", month: D(2022, 1), energy: 600, valueAdded: 100, intensity: 6 };
// With 单位 % the figures are in percent (LEDGERS.md, targets).
export const TARGET: Row = { indicator: "规模以上工业增加值增速", target: 5.5, unit: "%", actual: 6, asOf: 10 };

const many = (n: number, base: Row): Row[] => Array.from({ length: n }, (_, i) => ({ ...base, uscc: uscc(100 + i), project: `项目${i}` }));
const months = (ms: number[], energy: number): Row[] => ms.map((m) => ({ ...ENERGY, month: D(2022, m), energy }));
const heads = (counts: number[]): Row[] => counts.map((h, i) => ({ ...CLUSTER, cluster: `集群${i}`, headFirms: h }));

export const FIRE: RuleCase[] = [
  { id: "dup.uscc", title: "same code twice", kind: "key-enterprises", rows: [KE, { ...KE, name: "甲公司二" }], expect: [{ row: 2, params: { rows: "3" } }, { row: 3, params: { rows: "2" } }] },
  { id: "dup.uscc", title: "in the cultivation library", kind: "cultivation", rows: [CULT, CULT] },
  { id: "dup.uscc", title: "in the declining ledger, despite case", kind: "declining", rows: [DECL, { ...DECL, uscc: String(DECL.uscc).toLowerCase() }] },
  { id: "growth.mismatch", title: "stated 30% for 20%", kind: "key-enterprises", rows: [{ ...KE, growth: 0.3 }], expect: [{ params: { stated: "30%", computed: "20%" } }] },
  { id: "growth.mismatch", title: "cluster", kind: "clusters", rows: [{ ...CLUSTER, growth: 0.2 }] },
  { id: "growth.review", title: "doubling", kind: "key-enterprises", rows: [{ ...KE, revenue: 5000 }], expect: [{ variant: "high", params: { growth: "100%" } }] },
  { id: "growth.review", title: "halving cluster", kind: "clusters", rows: [{ ...CLUSTER, revenue: 50 }], expect: [{ variant: "low" }] },
  { id: "scale.should-include", title: "key enterprise not 规上 at 2500", kind: "key-enterprises", rows: [{ ...KE, scale: false, revenue: 2500 }], expect: [{ col: 7 + 1 + 2 }] },
  { id: "scale.should-include", title: "未入统 at 2100 this year", kind: "cultivation", rows: [{ ...CULT, revenue: 2100 }] },
  { id: "scale.should-include", title: "未入统, this year blank, last year 2100", kind: "cultivation", rows: [{ ...CULT, category: "超2000万未入统", revenue: null, revenueLastYear: 2100 }] },
  { id: "scale.below", title: "规上 at 1000 by October (1200 a year)", kind: "key-enterprises", rows: [{ ...KE, revenue: 1000 }], expect: [{ params: { annual: "1200", threshold: 2000, period: 10 } }] },
  { id: "ledger.count", title: "1 key enterprise", kind: "key-enterprises", rows: [KE], expect: [{ variant: "fewer", params: { count: 1, target: 100, name: "百家重点企业" } }] },
  { id: "ledger.count", title: "a county's 12 key enterprises against its decomposed 15", kind: "key-enterprises", rows: many(12, KE), opts: { profile: COUNTY_15 }, expect: [{ variant: "fewer", params: { count: 12, target: 15, name: "百家重点企业" } }] },
  { id: "scope.foreign-region", title: "a 宣化区 record in 张北县's ledgers", kind: "key-enterprises", rows: [KE, { ...KE, uscc: uscc(9), region: "宣化区" }], opts: { profile: COUNTY }, expect: [{ severity: "warning", row: 3, params: { region: "宣化区", county: "张北县" } }] },
  { id: "ledger.count", title: "101 key enterprises (百家 is exact)", kind: "key-enterprises", rows: many(101, KE), expect: [{ variant: "more" }] },
  { id: "ledger.count", title: "99 in the library", kind: "cultivation", rows: many(99, CULT) },
  { id: "ledger.count", title: "1 declining", kind: "declining", rows: [DECL] },
  { id: "ledger.count", title: "1 project", kind: "projects", rows: [PROJ] },
  { id: "ledger.count", title: "1 tech-reform project", kind: "tech-reform", rows: [PROJ] },
  { id: "cultivation.category-revenue", title: "band with 2500", kind: "cultivation", rows: [{ ...CULT, revenueLastYear: 2500 }], expect: [{ variant: "band" }] },
  { id: "cultivation.category-revenue", title: "band with 900", kind: "cultivation", rows: [{ ...CULT, revenueLastYear: 900 }], expect: [{ variant: "band" }] },
  { id: "cultivation.category-revenue", title: "over 2000 with 1500", kind: "cultivation", rows: [{ ...CULT, category: "超2000万未入统" }], expect: [{ variant: "over" }] },
  { id: "cultivation.new-needs-date", title: "新建投产 without 投产时间", kind: "cultivation", rows: [{ ...CULT, category: "新建投产" }] },
  { id: "cultivation.plan-missing", title: "plan 无", kind: "cultivation", rows: [{ ...CULT, plan: "无" }] },
  { id: "cultivation.plan-missing", title: "plan blank", kind: "cultivation", rows: [{ ...CULT, plan: null }] },
  { id: "cultivation.plan-missing", title: "plan 否 as a boolean", kind: "cultivation", rows: [{ ...CULT, plan: false }] },
  { id: "cultivation.date-out-of-year", title: "expected in 2023", kind: "cultivation", rows: [{ ...CULT, expectedDate: D(2023, 3) }] },
  { id: "xref.already-scale", title: "规上 in the key-enterprises sheet", kind: "cultivation", rows: [{ ...CULT, uscc: KE.uscc }], others: [sheet("key-enterprises", [KE])], expect: [{ severity: "error", params: { sheet: "百家重点企业台账", row: 2 } }] },
  { id: "declining.type-mismatch", title: "亏损 with a profit", kind: "declining", rows: [{ ...DECL, profitPrev: 10 }], expect: [{ variant: "loss" }] },
  { id: "declining.type-mismatch", title: "效益下滑 while profit and revenue grew", kind: "declining", rows: [{ ...DECL, type: "效益下滑", profitPrev: 100, profitPrev2: 80, revenuePrev: 500, revenuePrev2: 400 }], expect: [{ variant: "decline" }] },
  { id: "declining.plan-missing", title: "plan 否", kind: "declining", rows: [{ ...DECL, plan: "否" }] },
  { id: "project.must-include", title: "续建 1000万 not 入统, no reason", kind: "projects", rows: [{ ...PROJ, included: false }], expect: [{ severity: "error", col: 13 }] },
  { id: "project.must-include", title: "tech-reform 新开工 in March", kind: "tech-reform", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 3), included: false }] },
  { id: "project.blocked", title: "with a reason", kind: "projects", rows: [{ ...PROJ, included: false, notIncludedReason: "土地手续未办结" }], expect: [{ params: { reason: "土地手续未办结" } }] },
  { id: "project.ytd-exceeds-total", title: "1200 of 1000", kind: "projects", rows: [{ ...PROJ, ytdInvestment: 1200, annualPlan: 1200 }] },
  { id: "project.ytd-exceeds-plan", title: "700 against 1.2 × 500", kind: "projects", rows: [{ ...PROJ, ytdInvestment: 700 }], expect: [{ params: { limit: "600" } }] },
  { id: "project.dates", title: "completed before it started", kind: "projects", rows: [{ ...PROJ, stage: "竣工投产", startDate: D(2022, 5, 10), completionDate: D(2022, 3) }] },
  { id: "project.stage-dates", title: "续建 without 开工时间", kind: "projects", rows: [{ ...PROJ, startDate: null }], expect: [{ variant: "start" }] },
  { id: "project.stage-dates", title: "竣工投产 without 竣工投产时间", kind: "tech-reform", rows: [{ ...PROJ, stage: "竣工投产" }], expect: [{ variant: "completion" }] },
  { id: "project.new-start-year", title: "新开工 in 2021", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2021, 12) }] },
  { id: "project.no-progress", title: "续建 with 0", kind: "projects", rows: [{ ...PROJ, ytdInvestment: 0 }] },
  { id: "project.no-progress", title: "新开工 with blank", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 4), ytdInvestment: null }] },
  { id: "dup.project", title: "same name and builder", kind: "projects", rows: [PROJ, { ...PROJ, builder: "丁 公司" }], expect: [{ row: 2, params: { rows: "3" } }, { row: 3, params: { rows: "2" } }] },
  { id: "batch.done-needs-date", title: "已完成 without date", kind: "three-batches", rows: [{ ...BATCH, status: "已完成" }] },
  { id: "batch.future-date", title: "November in an October report", kind: "three-batches", rows: [{ ...BATCH, status: "已完成", doneDate: D(2022, 11, 2) }] },
  { id: "batch.needs-acceptance", title: "淘汰关停 done, 未验收", kind: "three-batches", rows: [{ ...BATCH, category: "淘汰关停", status: "已完成", doneDate: D(2022, 5), acceptance: "未验收" }] },
  { id: "batch.needs-acceptance", title: "淘汰关停 done, acceptance blank", kind: "three-batches", rows: [{ ...BATCH, category: "淘汰关停", status: "已完成", doneDate: D(2022, 5) }] },
  { id: "clusters.count", title: "1 cluster of 18", kind: "clusters", rows: [CLUSTER], expect: [{ severity: "info", params: { count: 1, expected: 18 } }] },
  { id: "clusters.head-count", title: "2 head firms of 44", kind: "clusters", rows: [CLUSTER], expect: [{ severity: "info", params: { sum: 2, expected: 44 } }] },
  { id: "dup.energy-month", title: "January twice", kind: "energy", rows: [ENERGY, ENERGY] },
  { id: "energy.intensity-mismatch", title: "7 for 6", kind: "energy", rows: [{ ...ENERGY, intensity: 7 }], expect: [{ params: { computed: "6" } }] },
  { id: "energy.missing-month", title: "March missing of a 5400 t user", kind: "energy", rows: months([1, 2, 4, 5, 6, 7, 8, 9, 10], 600), expect: [{ row: 2, params: { months: "3" } }] },
  { id: "energy.missing-month", title: "October missing", kind: "energy", rows: months([1, 2, 3, 4, 5, 6, 7, 8, 9], 600), expect: [{ params: { months: "10" } }] },
  // Issue 12: the audit's cases, each failing before its fix.
  { id: "scale.should-include", title: "超2000万未入统: 上年全年 2500, 1–10月 600", kind: "cultivation", rows: [{ ...CULT, category: "超2000万未入统", revenueLastYear: 2500, revenue: 600 }], expect: [{ params: { revenue: "2500", threshold: 2000 } }] },
  { id: "energy.missing-month", title: "600 tce a month, period 6, March missing (6000 a year)", kind: "energy", rows: months([1, 2, 4, 5, 6], 600), opts: { period: 6 }, expect: [{ params: { months: "3", total: "3000", annual: "6000" } }] },
  { id: "project.continuing-started", title: "续建 started in March of the profile year", kind: "projects", rows: [{ ...PROJ, startDate: D(2022, 3) }], expect: [{ col: 11, params: { year: 2022 } }] },
  { id: "project.continuing-started", title: "tech-reform 续建 started in January", kind: "tech-reform", rows: [{ ...PROJ, startDate: D(2022, 1, 5) }] },
  { id: "target.unknown", title: "an indicator the plan does not have", kind: "targets", rows: [{ ...TARGET, indicator: "不存在的指标" }] },
  { id: "target.differs", title: "5% for 5.5%", kind: "targets", rows: [{ ...TARGET, target: 5 }], expect: [{ params: { stated: "5%", expected: "5.5%" } }] },
  { id: "target.differs", title: "0.055 with 单位 % is 0.055 % (issue 12)", kind: "targets", rows: [{ ...TARGET, target: 0.055 }], expect: [{ params: { stated: "0.06%", expected: "5.5%" } }] },
  { id: "target.differs", title: "a count of 90 for 100", kind: "targets", rows: [{ indicator: "百家重点企业", target: 90, unit: "家", actual: 100 }] },
  { id: "target.differs", title: "a county's 20 key enterprises for its decomposed 15", kind: "targets", rows: [{ indicator: "百家重点企业", target: 20, unit: "家", actual: 12 }], opts: { profile: COUNTY_15 }, expect: [{ params: { stated: "20", expected: "15" } }] },
  { id: "target.differs", title: "3 outside the range 1～2", kind: "targets", rows: [{ indicator: "新增百亿级产业集群", target: 3, unit: "个", actual: 1 }], expect: [{ variant: "range", params: { expected: "1～2" } }] },
  { id: "target.missing-actual", title: "no actual", kind: "targets", rows: [{ ...TARGET, actual: null }], expect: [{ severity: "info" }] },
  { id: "target.ledger-differs", title: "90 key enterprises stated, 1 in the ledger", kind: "targets", rows: [{ indicator: "百家重点企业", target: 100, unit: "家", actual: 90 }], others: [sheet("key-enterprises", [KE])], expect: [{ params: { stated: "90", ledger: "1" } }] },
  { id: "target.ledger-differs", title: "relocation 80% stated, 50% in the ledger", kind: "targets", rows: [{ indicator: "搬迁入园进区完成率", target: 80, unit: "%", actual: 80 }], others: [sheet("three-batches", [BATCH, { ...BATCH, status: "已完成", doneDate: D(2022, 3) }])], expect: [{ params: { stated: "80%", ledger: "50%" } }] },
  { id: "target.ledger-differs", title: "cluster growth 12% stated, 10% in the ledger", kind: "targets", rows: [{ indicator: "县域特色产业集群营业收入增速", target: 0.1, unit: "%", actual: 0.12 }], others: [sheet("clusters", [CLUSTER])] },
  { id: "uscc.region-differs", title: "registered in 康保县, 所属县区 张北县", kind: "key-enterprises", rows: [{ ...KE, uscc: uscc(1, "130723") }], expect: [{ severity: "info", variant: "county", params: { digits: "130723", named: "康保县", region: "张北县" } }] },
  { id: "uscc.region-differs", title: "registered outside the city", kind: "projects", rows: [{ ...PROJ, uscc: uscc(1, "110105") }], expect: [{ variant: "outside" }] },
  { id: "xref.name-code", title: "one name, two codes", kind: "cultivation", rows: [{ ...CULT, name: "甲公司" }], others: [sheet("key-enterprises", [KE])], expect: [{ col: 3, params: { name: "甲公司", others: `${KE.uscc}（百家重点企业台账!2）` } }] },
  { id: "xref.code-name", title: "one code, two names", kind: "declining", rows: [{ ...DECL, uscc: KE.uscc }], others: [sheet("key-enterprises", [KE])], expect: [{ col: 2, params: { others: "甲公司（百家重点企业台账!2）" } }] },
];

export const QUIET: RuleCase[] = [
  { id: "dup.uscc", title: "different codes", kind: "key-enterprises", rows: [KE, { ...KE, uscc: uscc(9) }] },
  { id: "growth.mismatch", title: "within 0.1 point", kind: "key-enterprises", rows: [{ ...KE, growth: 0.2009 }] },
  { id: "growth.mismatch", title: "no growth stated", kind: "clusters", rows: [{ ...CLUSTER, growth: null }] },
  { id: "growth.review", title: "20% growth", kind: "key-enterprises", rows: [KE] },
  { id: "growth.review", title: "no base", kind: "key-enterprises", rows: [{ ...KE, revenuePrev: 0 }] },
  { id: "scale.should-include", title: "not 规上 at 1500", kind: "key-enterprises", rows: [{ ...KE, scale: false, revenue: 1500 }] },
  { id: "scale.should-include", title: "已申报 at 2500", kind: "cultivation", rows: [{ ...CULT, status: "已申报", revenue: 2500 }] },
  { id: "scale.below", title: "规上 at 1700 by October (2040 a year)", kind: "key-enterprises", rows: [{ ...KE, revenue: 1700 }] },
  { id: "scale.below", title: "not 规上", kind: "key-enterprises", rows: [{ ...KE, scale: false, revenue: 100 }] },
  { id: "ledger.count", title: "exactly 100 key enterprises", kind: "key-enterprises", rows: many(100, KE) },
  { id: "ledger.count", title: "a county's 12 key enterprises, no decomposition", kind: "key-enterprises", rows: many(12, KE), opts: { profile: COUNTY } },
  { id: "ledger.count", title: "a county's 15 key enterprises against its decomposed 15", kind: "key-enterprises", rows: many(15, KE), opts: { profile: COUNTY_15 } },
  { id: "clusters.count", title: "a county's 1 cluster, no decomposition", kind: "clusters", rows: [CLUSTER], opts: { profile: COUNTY } },
  { id: "clusters.head-count", title: "a county's head firms, no decomposition", kind: "clusters", rows: [CLUSTER], opts: { profile: COUNTY } },
  { id: "scope.foreign-region", title: "张北县's own records", kind: "key-enterprises", rows: [KE, { ...KE, uscc: uscc(9), region: "张北" }], opts: { profile: COUNTY } },
  { id: "scope.foreign-region", title: "宣化区 records in the city's ledgers", kind: "key-enterprises", rows: [{ ...KE, region: "宣化区" }] },
  { id: "ledger.count", title: "101 in the library", kind: "cultivation", rows: many(101, CULT) },
  { id: "ledger.count", title: "1 project against a target of 1", kind: "projects", rows: [PROJ], opts: { profile: { ...BUILTIN_PROFILE, targets: BUILTIN_PROFILE.targets.map((t) => (t.key === "projectLibrary" ? { ...t, target: 1 } : t)) } } },
  { id: "cultivation.category-revenue", title: "band with 1500", kind: "cultivation", rows: [CULT] },
  { id: "cultivation.category-revenue", title: "over 2000 with 2000", kind: "cultivation", rows: [{ ...CULT, category: "超2000万未入统", revenueLastYear: 2000 }] },
  { id: "cultivation.new-needs-date", title: "新建投产 with a date", kind: "cultivation", rows: [{ ...CULT, category: "新建投产", startDate: D(2022, 2) }] },
  { id: "cultivation.new-needs-date", title: "an unusable date the reader reported", kind: "cultivation", rows: [{ ...CULT, category: "新建投产" }], opts: { reported: ["2:8"] } },
  { id: "cultivation.plan-missing", title: "a plan", kind: "cultivation", rows: [CULT] },
  { id: "cultivation.date-out-of-year", title: "expected in December", kind: "cultivation", rows: [{ ...CULT, expectedDate: D(2022, 12, 31) }] },
  { id: "xref.already-scale", title: "not 规上 in the key-enterprises sheet", kind: "cultivation", rows: [{ ...CULT, uscc: KE.uscc }], others: [sheet("key-enterprises", [{ ...KE, scale: false }])] },
  { id: "declining.type-mismatch", title: "亏损 with a loss", kind: "declining", rows: [DECL] },
  { id: "declining.type-mismatch", title: "效益下滑: profit fell", kind: "declining", rows: [{ ...DECL, type: "效益下滑", profitPrev: 50, profitPrev2: 80 }] },
  { id: "declining.type-mismatch", title: "效益下滑: revenue fell", kind: "declining", rows: [{ ...DECL, type: "效益下滑", profitPrev: 100, profitPrev2: 80, revenuePrev: 300, revenuePrev2: 400 }] },
  { id: "declining.plan-missing", title: "a plan", kind: "declining", rows: [DECL] },
  { id: "project.must-include", title: "入统", kind: "projects", rows: [PROJ] },
  { id: "project.must-include", title: "前期 (not under construction)", kind: "projects", rows: [{ ...PROJ, stage: "前期", startDate: null, included: false }] },
  { id: "project.must-include", title: "starts after the period", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 11, 1), included: false }] },
  { id: "project.must-include", title: "below 500万", kind: "projects", rows: [{ ...PROJ, totalInvestment: 400, annualPlan: 300, ytdInvestment: 300, included: false }] },
  { id: "project.must-include", title: "with a reason (blocked instead)", kind: "projects", rows: [{ ...PROJ, included: false, notIncludedReason: "环保" }] },
  { id: "project.blocked", title: "no reason (must-include instead)", kind: "projects", rows: [{ ...PROJ, included: false }] },
  { id: "project.ytd-exceeds-total", title: "all of it", kind: "projects", rows: [{ ...PROJ, ytdInvestment: 1000, annualPlan: 1000 }] },
  { id: "project.ytd-exceeds-plan", title: "600 against 1.2 × 500", kind: "projects", rows: [{ ...PROJ, ytdInvestment: 600 }] },
  { id: "project.dates", title: "completed in the month it started", kind: "projects", rows: [{ ...PROJ, stage: "竣工投产", startDate: D(2022, 5, 10), completionDate: D(2022, 5) }] },
  { id: "project.stage-dates", title: "前期 without dates", kind: "projects", rows: [{ ...PROJ, stage: "前期", startDate: null }] },
  { id: "project.stage-dates", title: "竣工投产 with both dates", kind: "projects", rows: [{ ...PROJ, stage: "竣工投产", completionDate: D(2022, 6) }] },
  { id: "project.new-start-year", title: "新开工 in March", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 3) }] },
  { id: "project.no-progress", title: "续建 with 400", kind: "projects", rows: [PROJ] },
  { id: "project.no-progress", title: "新开工 starting after the period", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 12), ytdInvestment: 0 }] },
  { id: "dup.project", title: "same name, other builder", kind: "projects", rows: [PROJ, { ...PROJ, builder: "庚公司" }] },
  { id: "batch.done-needs-date", title: "已完成 with a date", kind: "three-batches", rows: [{ ...BATCH, status: "已完成", doneDate: D(2022, 3) }] },
  { id: "batch.future-date", title: "the period's last day", kind: "three-batches", rows: [{ ...BATCH, status: "已完成", doneDate: D(2022, 10, 31) }] },
  { id: "batch.needs-acceptance", title: "accepted", kind: "three-batches", rows: [{ ...BATCH, category: "淘汰关停", status: "已完成", doneDate: D(2022, 5), acceptance: "已验收" }] },
  { id: "batch.needs-acceptance", title: "a relocation needs none", kind: "three-batches", rows: [{ ...BATCH, status: "已完成", doneDate: D(2022, 5) }] },
  { id: "clusters.count", title: "18 clusters", kind: "clusters", rows: heads(Array(18).fill(2)) },
  { id: "clusters.head-count", title: "44 head firms", kind: "clusters", rows: heads([...Array(8).fill(3), ...Array(10).fill(2)]) },
  { id: "dup.energy-month", title: "January and February", kind: "energy", rows: [ENERGY, { ...ENERGY, month: D(2022, 2) }] },
  { id: "energy.intensity-mismatch", title: "6.05 for 6 (within 1 %)", kind: "energy", rows: [{ ...ENERGY, intensity: 6.05 }] },
  { id: "energy.missing-month", title: "a small user may skip a month", kind: "energy", rows: months([1, 2, 4, 5, 6, 7, 8, 9, 10], 100) },
  { id: "energy.missing-month", title: "every month from its first", kind: "energy", rows: months([3, 4, 5, 6, 7, 8, 9, 10], 700) },
  // Issue 12.
  { id: "project.must-include", title: "竣工投产 in 2021-06, 800万, 否 (built last year)", kind: "projects", rows: [{ ...PROJ, stage: "竣工投产", startDate: D(2020, 3), completionDate: D(2021, 6), totalInvestment: 800, ytdInvestment: 0, included: false }] },
  { id: "project.blocked", title: "竣工投产 in 2021 with a reason", kind: "projects", rows: [{ ...PROJ, stage: "竣工投产", startDate: D(2020, 3), completionDate: D(2021, 6), included: false, notIncludedReason: "已停产" }] },
  { id: "energy.missing-month", title: "400 tce a month, period 6, March missing (4000 a year)", kind: "energy", rows: months([1, 2, 4, 5, 6], 400), opts: { period: 6 } },
  { id: "scale.should-include", title: "未入统: 上年全年 1900, 1–10月 1500", kind: "cultivation", rows: [{ ...CULT, revenueLastYear: 1900, revenue: 1500 }] },
  { id: "project.continuing-started", title: "续建 started last year", kind: "projects", rows: [PROJ] },
  { id: "project.continuing-started", title: "新开工 started this year", kind: "projects", rows: [{ ...PROJ, stage: "新开工", startDate: D(2022, 3) }] },
  { id: "target.unknown", title: "an alias", kind: "targets", rows: [{ ...TARGET, indicator: "规上工业增加值增速" }] },
  { id: "target.differs", title: "5.5 with unit %", kind: "targets", rows: [{ ...TARGET, target: 5.5 }] },
  { id: "target.differs", title: "2 inside the range 1～2", kind: "targets", rows: [{ indicator: "新增百亿级产业集群", target: 2, unit: "个", actual: 1 }] },
  { id: "target.differs", title: "a county's own 目标值 where nothing is decomposed", kind: "targets", rows: [{ indicator: "百家重点企业", target: 20, unit: "家", actual: 12 }, { ...TARGET, target: 8 }], opts: { profile: COUNTY } },
  { id: "target.differs", title: "a county's 15 for its decomposed 15", kind: "targets", rows: [{ indicator: "百家重点企业", target: 15, unit: "家", actual: 12 }], opts: { profile: COUNTY_15 } },
  { id: "target.missing-actual", title: "an actual", kind: "targets", rows: [TARGET] },
  { id: "target.ledger-differs", title: "1 key enterprise stated and in the ledger", kind: "targets", rows: [{ indicator: "百家重点企业", target: 100, unit: "家", actual: 1 }], others: [sheet("key-enterprises", [KE])] },
  { id: "target.ledger-differs", title: "no ledger for the indicator", kind: "targets", rows: [{ indicator: "百家重点企业", target: 100, unit: "家", actual: 90 }] },
  { id: "target.ledger-differs", title: "cluster growth 10% stated and computed", kind: "targets", rows: [{ indicator: "县域特色产业集群营业收入增速", target: 10, unit: "%", actual: 10 }], others: [sheet("clusters", [CLUSTER])] },
  { id: "uscc.region-differs", title: "registered in its county", kind: "key-enterprises", rows: [KE] },
  { id: "uscc.region-differs", title: "registered at the city", kind: "key-enterprises", rows: [{ ...KE, uscc: uscc(1, "130700") }] },
  { id: "uscc.region-differs", title: "registered at the province", kind: "cultivation", rows: [{ ...CULT, uscc: uscc(1, "130000") }] },
  { id: "uscc.region-differs", title: "the old 崇礼县 code for 崇礼区", kind: "key-enterprises", rows: [{ ...KE, uscc: uscc(1, "130733"), region: "崇礼区" }] },
  { id: "uscc.region-differs", title: "a city-level office 130701", kind: "key-enterprises", rows: [{ ...KE, uscc: uscc(1, "130701") }] },
  { id: "xref.name-code", title: "one name, one code", kind: "cultivation", rows: [{ ...CULT, name: "甲公司", uscc: KE.uscc }], others: [sheet("key-enterprises", [KE])] },
  { id: "xref.code-name", title: "names differing only in spaces and width", kind: "declining", rows: [{ ...DECL, name: "甲 公司", uscc: KE.uscc }], others: [sheet("key-enterprises", [KE])] },
];
