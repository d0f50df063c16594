/**
 * Synthetic ledger workbooks with every ledger kind, for the bench and for large-file tests. Seeded: the same
 * options give the same workbook on every run. Codes are valid, figures consistent, one name and one code per
 * enterprise across sheets (key enterprises reappear as builders and energy users), a 合计 row that adds up; unless
 * asked otherwise a few defects per thousand records are planted, some explained in 审核说明, as in a real
 * county's workbook, so that the check also builds findings.
 *
 * In memory as WorkbookData (what a port hands the core), or written as .xlsx by ExcelJS's streaming writer, so
 * that files of any size are made without holding an ExcelJS model.
 */

import ExcelJS from "exceljs";
import { USCC_ALPHABET, usccCheckChar } from "../../src/core/calc/uscc";
import { KINDS } from "../../src/core/ledgers";
import type { LedgerKind } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { Region, Target } from "../../src/core/profile/types";
import type { Merge, WorkbookData } from "../../src/core/read/types";
import { Draw, round2, round4 } from "./random";
import { BRANDS, BUREAUS, INDUSTRIES, INDUSTRY_WORDS, PEOPLE, PROJECT_WORDS, shortPlace, SUFFIXES } from "./words";

export interface SyntheticOptions {
  /** Records over all ledger sheets; the targets sheet (the profile's indicators) counts among them. */
  records: number;
  seed?: number;
  /** The kinds to generate, in this order (default: every kind). */
  kinds?: readonly LedgerKind[];
  /** Plant defects (default true): about 5 in 1,000 records, a third of the warnings explained. */
  defects?: boolean;
  /** A merged title row above each header (default true). */
  titles?: boolean;
  /** Every enterprise and cluster in this county (a county's own workbook, for the merge bench); default: any. */
  region?: Region;
  /**
   * The first enterprise serial (default 0). Codes follow serial and county, so two workbooks of one county share
   * enterprises unless their serials differ: the merge bench gives each county file a range of its own.
   */
  firstSerial?: number;
}

/** What a generated cell holds (never an error value). */
export type SyntheticCell = string | number | Date | null;

export interface SyntheticSheet {
  name: string;
  kind: LedgerKind;
  /** rows[i] is sheet row i + 1: title, header, records, 合计. */
  rows: SyntheticCell[][];
  merges: Merge[];
  records: number;
  /** Number format per column (1-based index − 1) for the .xlsx writer. */
  formats: (string | undefined)[];
}

const ALL_KINDS: readonly LedgerKind[] = KINDS.map((k) => k.kind);

const YEAR = BUILTIN_PROFILE.year;
/** The reporting period the targets sheet states (截止月份). */
const SYNTHETIC_PERIOD = 10;
const DEFECT_RATE = 0.005;
const EXPLAINED = "已与企业核实，数据无误";

/** Shares of the records, for the kinds whose count is not fixed; the remainder goes to the first kind. */
const SHARES: Partial<Record<LedgerKind, number>> = {
  "key-enterprises": 0.25,
  cultivation: 0.12,
  declining: 0.08,
  projects: 0.14,
  "tech-reform": 0.1,
  "three-batches": 0.05,
  clusters: 0.01,
  energy: 0.25,
};

const SHEET_NAMES: Record<LedgerKind, string> = {
  "key-enterprises": "百家重点企业",
  cultivation: "规下企业培育库",
  declining: "下滑企业",
  projects: "百项工业项目",
  "tech-reform": "百项技改项目",
  "three-batches": "三个一批",
  clusters: "产业集群",
  energy: "能耗监测",
  targets: "目标任务",
};

const MONEY = "#,##0.00";
const DATE = "yyyy-mm-dd";

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

// ---------------------------------------------------------------------------------------------------------------
// Enterprises: a serial number makes each code unique; names are drawn until unused.

interface Firm {
  name: string;
  code: string;
  region: Region;
  industry: string;
  industryCode: string;
}

/** Characters that make plausible two-character trade names (兴隆, 永昌 …). */
const NAME_CHARS = "兴隆昌盛永泰华丰瑞祥鑫源金达恒通宏远富康安和嘉德润鼎信诚宇航新博凯瀚晟铭睿弘毅卓越";
const CODE_SPACE = 31 ** 6;

class Firms {
  private readonly names = new Set<string>();

  constructor(
    private readonly draw: Draw,
    private readonly region?: Region,
    private serial = 0,
  ) {}

  make(): Firm {
    const d = this.draw;
    const industry = d.pick(INDUSTRIES);
    const spec = INDUSTRY_WORDS[industry];
    const region = this.region ?? d.pick(BUILTIN_PROFILE.regions);
    let name: string;
    do {
      const prefix = d.chance(0.55) ? shortPlace(region) : d.pick(["张家口", "河北", "张家口市", "冀北"]);
      name = `${prefix}${d.pick(BRANDS)}${d.pick([...NAME_CHARS])}${d.pick([...NAME_CHARS])}${d.pick(spec.words)}${d.pick(SUFFIXES)}`;
    } while (this.names.has(name));
    this.names.add(name);
    // A multiplier prime to 31 spreads the serials over the code space without repeating one.
    let n = (this.serial++ * 104729 + 7919) % CODE_SPACE;
    let body = "";
    for (let k = 0; k < 6; k++) {
      body = USCC_ALPHABET[n % 31] + body;
      n = Math.floor(n / 31);
    }
    const first17 = `91${region.code}MA0${body}`;
    return { name, code: first17 + (usccCheckChar(first17) as string), region, industry, industryCode: d.pick(spec.codes) };
  }
}

/** A checksum typo: the last character moved along the alphabet. */
function mistyped(code: string): string {
  return code.slice(0, 17) + USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[17]) + 7) % USCC_ALPHABET.length];
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets.

interface Column {
  header: string;
  format?: string;
}

interface Ctx {
  region?: Region;
  draw: Draw;
  firms: Firms;
  defects: boolean;
  /** Key enterprises, kept to reappear as builders and energy users. */
  keyFirms: Firm[];
  /** What the ledgers give for the targets sheet. */
  figures: Record<string, number>;
}

interface Body {
  columns: Column[];
  rows: SyntheticCell[][];
  /** A 合计 row after the records. */
  total?: SyntheticCell[];
}

/** The defect to plant in this record, if any (drawn at DEFECT_RATE). */
function defectOf<T extends string>(ctx: Ctx, kinds: readonly T[]): T | null {
  return ctx.defects && ctx.draw.chance(DEFECT_RATE) ? ctx.draw.pick(kinds) : null;
}

/** A third of planted warnings carry an explanation. */
function noteFor(ctx: Ctx, warning: boolean): string | null {
  return warning && ctx.draw.chance(1 / 3) ? EXPLAINED : null;
}

function keyEnterprises(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  let sumCur = 0;
  let sumPrev = 0;
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const f = ctx.firms.make();
    ctx.keyFirms.push(f);
    const defect = defectOf(ctx, ["checksum", "mismatch", "review", "unit", "region", "scale"] as const);
    const scale = defect === "scale" || d.chance(0.92);
    const current = round2(scale ? d.between(2600, 180000) : d.between(1100, 1600));
    const growth = defect === "review" ? d.between(0.6, 0.9) : d.between(-0.18, 0.32);
    const previous = round2(current / (1 + growth));
    let stated = round4((current - previous) / previous);
    if (defect === "mismatch") stated = round4(stated + 0.05);
    sumCur += current;
    sumPrev += previous;
    rows.push([
      i + 1,
      f.name,
      defect === "checksum" ? mistyped(f.code) : f.code,
      defect === "region" ? "涿州市" : f.region.name,
      f.industry,
      f.industryCode,
      // A figure typed with its unit: read, and noted as text.
      defect === "unit" ? `${current.toLocaleString("en-US")}万元` : current,
      previous,
      stated,
      // 规下 while the revenue reaches the threshold: scale.should-include.
      scale && defect !== "scale" ? "是" : "否",
      d.pick(PEOPLE),
      noteFor(ctx, defect === "mismatch" || defect === "review" || defect === "scale"),
    ]);
  }
  ctx.figures.keyEnterprises = n;
  return {
    columns: [
      { header: "序号" },
      { header: "企业名称" },
      { header: "统一社会信用代码" },
      { header: "所属县区" },
      { header: "所属产业" },
      { header: "行业代码" },
      { header: "本年营业收入", format: MONEY },
      { header: "上年营业收入", format: MONEY },
      { header: "增长率", format: "0.00%" },
      { header: "是否规上" },
      { header: "包联责任人" },
      { header: "审核说明" },
    ],
    rows,
    total: ["合计", null, null, null, null, null, round2(sumCur), round2(sumPrev), round4((sumCur - sumPrev) / sumPrev), null, null, null],
  };
}

const CULTIVATION_PLANS = [
  "一企一策：扩大产能，力争年内达到入统标准",
  "一企一策：协调流动资金贷款，稳定订单",
  "一企一策：帮助申报高新技术企业，拓展市场",
  "一企一策：推动技改扩能，指导规范财务核算",
];

function cultivation(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const f = ctx.firms.make();
    const defect = defectOf(ctx, ["no-plan", "band", "year", "no-date"] as const);
    const category = defect === "band" ? "营收1000-2000万" : defect === "no-date" ? "新建投产" : d.pick(["新建投产", "营收1000-2000万", "营收1000-2000万", "退统再入"]);
    let lastYear: number;
    let current: number;
    let start: Date | null = null;
    if (category === "新建投产") {
      lastYear = round2(d.between(150, 900));
      current = round2(d.between(600, 1900));
      start = defect === "no-date" ? null : utc(d.pick([2021, YEAR]), d.int(1, 9), d.int(1, 28));
    } else if (category === "营收1000-2000万") {
      lastYear = round2(defect === "band" ? d.between(400, 900) : d.between(1000, 1990));
      current = round2(d.between(800, 1950));
    } else {
      lastYear = round2(d.between(1400, 1990));
      current = round2(d.between(1200, 1950));
    }
    const expected = `${defect === "year" ? YEAR + 1 : YEAR}年${d.int(11, 12)}月`;
    rows.push([
      i + 1,
      f.name,
      f.code,
      f.region.name,
      category,
      lastYear,
      current,
      start,
      expected,
      defect === "no-plan" ? "无" : d.pick(CULTIVATION_PLANS),
      d.pick(["未入统", "未入统", "已申报"]),
      d.pick(BUREAUS),
      noteFor(ctx, defect === "no-plan" || defect === "year"),
    ]);
  }
  ctx.figures.cultivationLibrary = n;
  return {
    columns: [
      { header: "序号" },
      { header: "企业名称" },
      { header: "统一社会信用代码" },
      { header: "所属县区" },
      { header: "培育类别" },
      { header: "上年全年营业收入", format: MONEY },
      { header: "本年营业收入", format: MONEY },
      { header: "投产时间", format: DATE },
      { header: "预计入统时间" },
      { header: "培育方案" },
      { header: "入统状态" },
      { header: "责任单位" },
      { header: "审核说明" },
    ],
    rows,
  };
}

function declining(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  const plans = ["压减非生产性开支，开拓新市场", "调整产品结构，提高高附加值产品比重", "引进战略投资者，盘活闲置资产", "开展精益管理，降本增效"];
  const helps = ["协调银行续贷", "落实减税降费政策", "组织产销对接", "协调解决用电用气"];
  const progress = ["已落实", "推进中", "部分落实"];
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const f = ctx.firms.make();
    const defect = defectOf(ctx, ["type", "no-plan", "enum"] as const);
    const loss = defect === "type" || d.chance(0.45);
    const revenueBefore = round2(d.between(3000, 60000));
    const revenue = round2(revenueBefore * d.between(0.7, 1.05));
    let profitBefore: number;
    let profit: number;
    if (defect === "type") {
      profitBefore = round2(d.between(500, 1500));
      profit = round2(d.between(100, 400));
    } else if (loss) {
      profitBefore = round2(d.between(-300, 900));
      profit = round2(-d.between(50, 1200));
    } else {
      profitBefore = round2(d.between(400, 3000));
      profit = round2(profitBefore * d.between(0.3, 0.9));
    }
    rows.push([
      i + 1,
      f.name,
      f.code,
      f.region.name,
      defect === "enum" ? "经营困难" : loss ? "亏损" : "效益下滑",
      profit,
      profitBefore,
      revenue,
      revenueBefore,
      defect === "no-plan" ? null : d.pick(plans),
      d.pick(helps),
      d.pick(progress),
      noteFor(ctx, defect === "no-plan"),
    ]);
  }
  ctx.figures.decliningEnterprises = n;
  return {
    columns: [
      { header: "序号" },
      { header: "企业名称" },
      { header: "统一社会信用代码" },
      { header: "所属县区" },
      { header: "下滑类型" },
      { header: "上年利润总额", format: MONEY },
      { header: "前年利润总额", format: MONEY },
      { header: "上年营业收入", format: MONEY },
      { header: "前年营业收入", format: MONEY },
      { header: "扭亏增效方案" },
      { header: "帮扶措施" },
      { header: "进展情况" },
      { header: "审核说明" },
    ],
    rows,
  };
}

const PROJECT_COLUMNS: Column[] = [
  { header: "序号" },
  { header: "项目名称" },
  { header: "建设单位" },
  { header: "统一社会信用代码" },
  { header: "所属县区" },
  { header: "产业类别" },
  { header: "建设阶段" },
  { header: "总投资", format: MONEY },
  { header: "年度计划投资", format: MONEY },
  { header: "本年完成投资", format: MONEY },
  { header: "开工时间", format: DATE },
  { header: "竣工投产时间", format: DATE },
  { header: "是否入统" },
  { header: "未入统原因" },
  { header: "两新一重" },
];

/** Projects and tech-reform projects: a third built by key enterprises, the others by firms of their own. */
function projects(ctx: Ctx, n: number, techReform: boolean): Body {
  const d = ctx.draw;
  const used = new Set<string>();
  const suffixes = techReform ? ["技术改造项目", "智能化改造项目", "绿色化改造项目", "提质增效改造项目"] : ["项目", "建设项目", "扩建项目", "二期项目"];
  const someOf = (list: string[]) => list.filter(() => d.chance(0.45)).join("、") || d.pick(list);
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const builder = ctx.keyFirms.length > 0 && d.chance(1 / 3) ? d.pick(ctx.keyFirms) : ctx.firms.make();
    const defect = defectOf(ctx, ["ytd-total", "no-start", "must-include", "no-progress"] as const);
    const stage = defect === "no-start" || defect === "no-progress" ? "续建" : defect === "must-include" ? "新开工" : d.pick(["前期", "新开工", "新开工", "续建", "续建", "竣工投产"]);
    const total = round2(d.between(600, 80000));
    const plan = round2(total * d.between(0.2, 0.6));
    let ytd: number | null = defect === "ytd-total" ? round2(total * 1.1) : round2(plan * d.between(0.5, 1.15));
    let start: Date | null = null;
    let done: Date | null = null;
    let included = defect === "must-include" ? "否" : "是";
    if (stage === "前期") {
      ytd = null;
      included = "否";
    } else if (stage === "新开工") start = utc(YEAR, d.int(1, SYNTHETIC_PERIOD), d.int(1, 28));
    else if (stage === "续建") start = defect === "no-start" ? null : utc(d.pick([2020, 2021]), d.int(1, 12), d.int(1, 28));
    else {
      start = utc(2021, d.int(1, 12), d.int(1, 28));
      done = utc(YEAR, d.int(1, SYNTHETIC_PERIOD), d.int(1, 28));
    }
    if (defect === "no-progress") ytd = 0;
    const base = `${builder.name.replace(/(集团)?(股份)?有限(责任)?公司$/, "")}${d.pick(PROJECT_WORDS[builder.industry as keyof typeof PROJECT_WORDS])}${d.pick(suffixes)}`;
    let name = base;
    for (let phase = 2; used.has(name); phase++) name = `${base}（${phase}期）`;
    used.add(name);
    const row: SyntheticCell[] = [
      i + 1,
      name,
      builder.name,
      builder.code,
      builder.region.name,
      builder.industry,
      stage,
      total,
      plan,
      ytd,
      start,
      done,
      included,
      null,
      d.chance(0.3) ? "是" : "否",
    ];
    if (techReform) row.push(someOf(["改工艺", "改装备", "改产品", "改管理"]), someOf(["高端化", "智能化", "绿色化", "服务化"]));
    row.push(noteFor(ctx, defect === "no-progress"));
    rows.push(row);
  }
  ctx.figures[techReform ? "techReformLibrary" : "projectLibrary"] = n;
  const columns = techReform ? [...PROJECT_COLUMNS, { header: "技改方向" }, { header: "发展方向" }] : [...PROJECT_COLUMNS];
  return { columns: [...columns, { header: "审核说明" }], rows };
}

function threeBatches(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  const problems = ["园区配套设施尚未完善", "搬迁资金缺口较大", "设备安装调试中", "环评手续办理中"];
  const counts: Record<string, { done: number; all: number }> = { 搬迁入园进区: { done: 0, all: 0 }, 就地改造提升: { done: 0, all: 0 } };
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const f = ctx.firms.make();
    const defect = defectOf(ctx, ["no-date", "future", "acceptance"] as const);
    const category = defect === "acceptance" ? "淘汰关停" : d.pick(["淘汰关停", "搬迁入园进区", "搬迁入园进区", "就地改造提升", "就地改造提升"]);
    const status = defect !== null ? "已完成" : d.pick(["已完成", "已完成", "已完成", "推进中", "未启动"]);
    const doneDate = status !== "已完成" || defect === "no-date" ? null : utc(YEAR, defect === "future" ? 12 : d.int(1, SYNTHETIC_PERIOD), d.int(1, 28));
    const acceptance = status !== "已完成" ? null : defect === "acceptance" ? "未验收" : category === "淘汰关停" || d.chance(0.6) ? "已验收" : "未验收";
    const bucket = counts[category];
    if (bucket) {
      bucket.all++;
      if (status === "已完成") bucket.done++;
    }
    rows.push([i + 1, f.name, f.code, f.region.name, category, status, doneDate, acceptance, status === "已完成" ? null : d.pick(problems), noteFor(ctx, defect === "acceptance")]);
  }
  for (const [category, key] of [["搬迁入园进区", "relocationCompletion"], ["就地改造提升", "upgradeCompletion"]] as const) {
    if (counts[category].all > 0) ctx.figures[key] = counts[category].done / counts[category].all;
  }
  return {
    columns: [
      { header: "序号" },
      { header: "企业名称" },
      { header: "统一社会信用代码" },
      { header: "所属县区" },
      { header: "类别" },
      { header: "进展状态" },
      { header: "完成时间", format: DATE },
      { header: "验收情况" },
      { header: "存在问题" },
      { header: "审核说明" },
    ],
    rows,
  };
}

const CLUSTER_WORDS = ["冰雪装备", "大数据", "氢能装备", "汽车零部件", "乳制品", "燕麦食品", "皮毛加工", "新型建材", "风电装备", "葡萄酒"];

function clusters(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  let current = 0;
  let previous = 0;
  const rows: SyntheticCell[][] = [];
  for (let i = 0; i < n; i++) {
    const region = ctx.region ?? d.pick(BUILTIN_PROFILE.regions);
    const defect = defectOf(ctx, ["mismatch"] as const);
    const cur = round2(d.between(6, 95));
    const prev = round2(cur / (1 + d.between(0.03, 0.26)));
    current += cur;
    previous += prev;
    const growth = round4((cur - prev) / prev) + (defect === "mismatch" ? 0.04 : 0);
    rows.push([i + 1, `${region.name}${d.pick(CLUSTER_WORDS)}产业集群`, region.name, d.int(2, 3), cur, prev, growth, noteFor(ctx, defect !== null)]);
  }
  if (n > 0) ctx.figures.clusterRevenueGrowth = (current - previous) / previous;
  return {
    columns: [
      { header: "序号" },
      { header: "集群名称" },
      { header: "所属县区" },
      { header: "头部企业数" },
      // Clusters report in 亿元: the header's unit converts.
      { header: "本年营业收入（亿元）", format: MONEY },
      { header: "上年营业收入（亿元）", format: MONEY },
      { header: "增长率", format: "0.0%" },
      { header: "审核说明" },
    ],
    rows,
  };
}

/** One row per enterprise and month up to the period; the first enterprises are key enterprises too. */
function energy(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  const rows: SyntheticCell[][] = [];
  for (let e = 0; rows.length < n; e++) {
    const f = e < ctx.keyFirms.length / 4 ? ctx.keyFirms[e] : ctx.firms.make();
    const base = d.between(500, 2600);
    for (let m = 1; m <= SYNTHETIC_PERIOD && rows.length < n; m++) {
      const defect = defectOf(ctx, ["intensity"] as const);
      const tce = round2(base * d.between(0.85, 1.15));
      const added = round2(d.between(800, 6000));
      const stated = round4((tce / added) * (defect === "intensity" ? 1.35 : 1));
      rows.push([rows.length + 1, f.name, f.code, f.region.name, `${YEAR}年${m}月`, tce, added, stated, noteFor(ctx, defect !== null)]);
    }
  }
  return {
    columns: [
      { header: "序号" },
      { header: "企业名称" },
      { header: "统一社会信用代码" },
      { header: "所属县区" },
      { header: "月份" },
      { header: "综合能耗", format: MONEY },
      { header: "工业增加值", format: MONEY },
      { header: "万元增加值能耗", format: "0.0000" },
      { header: "审核说明" },
    ],
    rows,
  };
}

/** The profile's indicators: targets as the profile has them, actuals from the ledgers where they give one. */
function targets(ctx: Ctx, n: number): Body {
  const d = ctx.draw;
  const percent = (t: Target) => t.kind === "growth" || t.kind === "ratio";
  const shown = (t: Target, v: number) => (percent(t) ? Math.round(v * 1000) / 10 : Math.round(v));
  const rows = BUILTIN_PROFILE.targets.slice(0, n).map((t, i): SyntheticCell[] => {
    const figure = ctx.figures[t.key];
    const actual = figure !== undefined ? (percent(t) ? Math.round(figure * 1e6) / 1e4 : figure) : shown(t, t.target * d.between(0.7, 1.2));
    return [i + 1, t.name, shown(t, t.target), t.unit, actual, SYNTHETIC_PERIOD, null];
  });
  return {
    columns: [{ header: "序号" }, { header: "指标名称" }, { header: "目标值" }, { header: "单位" }, { header: "实际完成" }, { header: "截止月份" }, { header: "审核说明" }],
    rows,
  };
}

/** Records per kind: the targets sheet holds the profile's indicators, energy whole enterprises (period months). */
function recordCounts(records: number, kinds: readonly LedgerKind[]): Map<LedgerKind, number> {
  const counts = new Map<LedgerKind, number>();
  let left = records;
  if (kinds.includes("targets")) {
    const n = Math.min(BUILTIN_PROFILE.targets.length, left);
    counts.set("targets", n);
    left -= n;
  }
  const shared = kinds.filter((k) => k !== "targets");
  const weight = shared.reduce((s, k) => s + (SHARES[k] ?? 0), 0);
  let given = 0;
  for (const k of shared) {
    let n = Math.floor((left * (SHARES[k] ?? 0)) / weight);
    if (k === "energy") n -= n % SYNTHETIC_PERIOD;
    counts.set(k, n);
    given += n;
  }
  if (shared.length > 0) counts.set(shared[0], (counts.get(shared[0]) ?? 0) + left - given);
  return counts;
}

/** The sheets of a synthetic workbook, in the order of `kinds` (the targets sheet last: it sums up the others). */
export function syntheticSheets(opts: SyntheticOptions): SyntheticSheet[] {
  const kinds = opts.kinds ?? ALL_KINDS;
  const counts = recordCounts(opts.records, kinds);
  const draw = new Draw(opts.seed ?? 20221108);
  const ctx: Ctx = { draw, firms: new Firms(draw, opts.region, opts.firstSerial), defects: opts.defects !== false, keyFirms: [], figures: {}, region: opts.region };
  const ordered = [...kinds.filter((k) => k !== "targets"), ...kinds.filter((k) => k === "targets")];
  const made = new Map<LedgerKind, SyntheticSheet>();
  for (const kind of ordered) {
    const n = counts.get(kind) ?? 0;
    const body = bodyOf(kind, ctx, n);
    const rows: SyntheticCell[][] = [];
    const merges: Merge[] = [];
    const width = body.columns.length;
    if (opts.titles !== false) {
      rows.push([`${YEAR}年1-${SYNTHETIC_PERIOD}月${SHEET_NAMES[kind]}台账`]);
      merges.push({ top: 1, left: 1, bottom: 1, right: width });
    }
    rows.push(body.columns.map((c) => c.header));
    for (const r of body.rows) rows.push(r);
    if (body.total) rows.push(body.total);
    made.set(kind, { name: SHEET_NAMES[kind], kind, rows, merges, records: body.rows.length, formats: body.columns.map((c) => c.format) });
  }
  return kinds.map((k) => made.get(k) as SyntheticSheet);
}

function bodyOf(kind: LedgerKind, ctx: Ctx, n: number): Body {
  switch (kind) {
    case "key-enterprises":
      return keyEnterprises(ctx, n);
    case "cultivation":
      return cultivation(ctx, n);
    case "declining":
      return declining(ctx, n);
    case "projects":
      return projects(ctx, n, false);
    case "tech-reform":
      return projects(ctx, n, true);
    case "three-batches":
      return threeBatches(ctx, n);
    case "clusters":
      return clusters(ctx, n);
    case "energy":
      return energy(ctx, n);
    case "targets":
      return targets(ctx, n);
  }
}

/** The workbook as a port hands it to the core. */
export function workbookData(sheets: readonly SyntheticSheet[], name = "synthetic.xlsx"): WorkbookData {
  return { name, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges })) };
}

export function syntheticWorkbook(opts: SyntheticOptions, name?: string): WorkbookData {
  return workbookData(syntheticSheets(opts), name);
}

/** Writes the workbook with ExcelJS's streaming writer (rows are committed as they go). */
export async function writeSyntheticXlsx(path: string, opts: SyntheticOptions): Promise<SyntheticSheet[]> {
  const sheets = syntheticSheets(opts);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.formats.forEach((numFmt, i) => {
      if (numFmt) ws.getColumn(i + 1).numFmt = numFmt;
    });
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    // By number: a merge has already created its rows, and addRow would write below them.
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      row.values = r;
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return sheets;
}
