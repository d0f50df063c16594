/** The plan profile: every number the work plan sets, as data (PLAN-PROFILE.md). */

export type Severity = "error" | "warning" | "info";
export type RuleOverride = Severity | "off";

export interface Thresholds {
  /** 规模以上工业企业: 年主营业务收入 (万元). */
  scaleRevenue: number;
  /** Lower bound of the cultivation band (万元), plan 二.2. */
  cultivationFloor: number;
  /** Project investment that must be counted (万元), plan 二.4. */
  projectInvestment: number;
  /** 年综合能耗 (吨标准煤) of a key energy user, plan 二.8. */
  keyEnergy: number;
  rateTolerance: number;
  totalTolerance: number;
  intensityTolerance: number;
  ytdPlanFactor: number;
  growthReviewHigh: number;
  growthReviewLow: number;
  /** history.month-jump (HISTORY.md): a previous cumulative figure below this (万元) is too small to judge. */
  jumpFloor: number;
  /** history.month-jump: the mean monthly value since the previous period above this × the earlier mean. */
  jumpHigh: number;
  /** history.month-jump: … or below this × the earlier mean. */
  jumpLow: number;
}

export interface Reference {
  clusters: number;
  clusterHeadFirms: number;
}

export interface Region {
  code: string;
  name: string;
  aliases: string[];
  /** Codes from before a reform that still appear in ledgers and map to this region. */
  oldCodes?: string[];
}

export interface Industry {
  name: string;
  synonyms: string[];
}

export type TargetKind = "growth" | "count" | "ratio" | "amount";

/**
 * How a count or amount target is followed over the year: `elapsed`, a flow that accumulates (compared with
 * 序时进度 m/12); `none`, a stock or a list that must stand in full (已完成 or 未完成, no 序时进度). Absent:
 * elapsed. Growth and ratio targets have no pace.
 */
export type TargetPace = "elapsed" | "none";

export interface Target {
  key: string;
  name: string;
  aliases: string[];
  kind: TargetKind;
  op: ">=" | "range";
  /** The target, or the lower bound of a range. Rates as fractions. */
  target: number;
  max?: number;
  unit: string;
  clause: string;
  pace?: TargetPace;
}

/** Who fills in and signs the report tabs (PLAN-PROFILE.md `organisation`): printed in their sign-off block. */
export interface Organisation {
  /** 填报单位 */
  unit?: string;
  /** 单位负责人 */
  head?: string;
  /** 统计负责人 */
  statistician?: string;
  /** 填表人 */
  preparer?: string;
  /** 联系电话 */
  phone?: string;
}

export const ORGANISATION_KEYS = ["unit", "head", "statistician", "preparer", "phone"] as const satisfies readonly (keyof Organisation)[];

/** The figures a county's ledgers are counted against (PLAN-PROFILE.md `decomposition.counts`). */
export const DECOMPOSED_COUNTS = [
  "keyEnterprises",
  "cultivationLibrary",
  "decliningEnterprises",
  "projectLibrary",
  "techReformLibrary",
  "clusters",
  "clusterHeadFirms",
] as const;
export type DecomposedCount = (typeof DECOMPOSED_COUNTS)[number];

/** One county's share of the city's 任务分解: its targets (by target key) and its ledgers' counts. */
export interface CountyShare {
  targets?: Record<string, number>;
  counts?: Partial<Record<DecomposedCount, number>>;
}

export interface Profile {
  year: number;
  /** Reporting period m: the figures are 1–m月. Absent: derived (PLAN-PROFILE.md). */
  period?: number;
  /** 6-digit code of the city whose counties these are (city-level codes in a USCC are fine). */
  cityCode: string;
  cityName: string;
  provinceCode: string;
  thresholds: Thresholds;
  reference: Reference;
  regions: Region[];
  industries: Industry[];
  targets: Target[];
  rules: Record<string, RuleOverride>;
  organisation?: Organisation;
  /** Whose workbook this is: "city" (absent) or a region's code (PLAN-PROFILE.md, Scope). */
  scope?: string;
  /** The city's 任务分解 to its counties, by region code. */
  decomposition?: Record<string, CountyShare>;
}
