/**
 * Comparing a workbook with an earlier period's (HISTORY.md): which comparison the two periods allow, the
 * records matched by the same keys as the roll-up's (keys.ts), and the history.* findings on the current
 * workbook. Pure, over two check results; one pass over each workbook with hash maps.
 */

import { noted } from "../findings";
import { kindSpec } from "../ledgers";
import type { ColumnKey, LedgerKind, LedgerRecord, Typed } from "../ledgers/types";
import type { Lang } from "../i18n/types";
import type { ReadSheet } from "../read/result";
import { columnOf, recordKey } from "../rules/context";
import type { HISTORY_RULES } from "../rules/history";
import { show } from "../rules/message-values";
import { date, isDateValue, num } from "../rules/record-values";
import { BUILTIN, type Finding } from "../rules/registry";
import { type CheckResult, finish } from "./check-workbook";
import { previousExplanations } from "./carry-over";
import { keep, kept } from "./kept";
import { enterpriseKind, type MatchVisitor, matchKind, type Met } from "./history-match";
import { foldName, usccKey } from "./keys";

export type Comparison = "full" | "year-start";

/** The JSON's `previous` object (INTERFACES.md). */
export interface PreviousInfo {
  file: string;
  year: number;
  period: number;
  comparison: Comparison;
}

/** Why two workbooks cannot be compared: a usage error, nothing compared. */
export interface HistoryRefusal {
  refused: "not-earlier" | "year-gap";
  year: number;
  period: number;
  previousYear: number;
  previousPeriod: number;
}

export interface HistoryOptions {
  /** `--previous-period`: the previous workbook's period when its contents do not say it. */
  previousPeriod?: number;
  /** The previous workbook's year when chosen (a year-start comparison); else its profile's year. */
  previousYear?: number;
}

/** Per ledger kind, what the tab 与上期对比 counts (Part A). */
export interface HistoryTally {
  kind: LedgerKind;
  previous: number;
  current: number;
}

export interface HistoryOutcome {
  previous: PreviousInfo;
  /** Record counts per kind present in either workbook, in the plan's order of kinds as met. */
  tallies: HistoryTally[];
  /** The ledger kind of each history finding (a removed record's ledger may be absent now). */
  kindOf: Map<Finding, LedgerKind>;
  /**
   * Year-start comparison only: 培育库本年新入统, the cultivation records 已入统 now that were not at the year's
   * start (or were absent then), for 入统分析 Part C. Null for the full comparison.
   */
  newlyIncluded: number | null;
}

type HistoryId = (typeof HISTORY_RULES)[number]["id"];

export function isRefusal(x: HistoryOutcome | HistoryRefusal): x is HistoryRefusal {
  return "refused" in x;
}

/** Same year and p < m: full; the year before: year-start; anything else is refused. */
export function comparisonOf(cur: { year: number; period: number }, prev: { year: number; period: number }): Comparison | HistoryRefusal {
  const refusal = (refused: HistoryRefusal["refused"]): HistoryRefusal => ({
    refused,
    year: cur.year,
    period: cur.period,
    previousYear: prev.year,
    previousPeriod: prev.period,
  });
  if (prev.year === cur.year) return prev.period < cur.period ? "full" : refusal("not-earlier");
  if (prev.year === cur.year - 1) return "year-start";
  return refusal(prev.year > cur.year ? "not-earlier" : "year-gap");
}

/** The refusal as the CLI and the pane say it. */
export function refusalMessage(r: HistoryRefusal, lang: Lang): string {
  const now = `${r.year}年1-${r.period}月`;
  const then = `${r.previousYear}年1-${r.previousPeriod}月`;
  if (lang === "en-US") {
    return r.refused === "not-earlier"
      ? `The previous period must be earlier than this one: previous ${then}, this ${now}. Nothing compared.`
      : `The previous workbook must be of this year or last year: previous ${then}, this ${now}. Nothing compared.`;
  }
  return r.refused === "not-earlier"
    ? `上期报告期应早于本期：上期为 ${then}，本期为 ${now}，未作对比`
    : `上期文件应为本年或上年的台账：上期为 ${then}，本期为 ${now}，未作对比`;
}

/** The cumulative (1–m月) money column of a kind, if it has one. */
const CUMULATIVE: Partial<Record<LedgerKind, ColumnKey>> = {
  "key-enterprises": "revenue",
  cultivation: "revenue",
  clusters: "revenue",
  projects: "ytdInvestment",
  "tech-reform": "ytdInvestment",
};

/** Status columns and their order, forward. Booleans go 是 (true) before 否 means backwards. */
const STATUS_ORDER: Partial<Record<LedgerKind, { key: ColumnKey; order?: readonly string[] }[]>> = {
  "key-enterprises": [{ key: "scale" }],
  cultivation: [{ key: "status", order: ["未入统", "已申报", "已入统"] }],
  projects: [{ key: "included" }, { key: "stage", order: ["前期", "新开工", "续建", "竣工投产"] }],
  "tech-reform": [{ key: "included" }, { key: "stage", order: ["前期", "新开工", "续建", "竣工投产"] }],
  "three-batches": [{ key: "status", order: ["未启动", "推进中", "已完成"] }],
};

/** Figures fixed for the year; `yearStart` = still compared against last year's final workbook. */
const FIXED: Partial<Record<LedgerKind, { key: ColumnKey; yearStart: boolean }[]>> = {
  "key-enterprises": [{ key: "region", yearStart: true }],
  cultivation: [{ key: "region", yearStart: true }, { key: "revenueLastYear", yearStart: false }],
  declining: [{ key: "region", yearStart: true }, { key: "profitPrev", yearStart: false }, { key: "profitPrev2", yearStart: false }],
  projects: [{ key: "region", yearStart: true }, { key: "totalInvestment", yearStart: true }, { key: "startDate", yearStart: true }],
  "tech-reform": [{ key: "region", yearStart: true }, { key: "totalInvestment", yearStart: true }, { key: "startDate", yearStart: true }],
  "three-batches": [{ key: "region", yearStart: true }, { key: "category", yearStart: false }],
  clusters: [{ key: "region", yearStart: true }],
};

function header(kind: LedgerKind, key: string): string {
  return kindSpec(kind).columns.find((c) => c.key === key)?.header ?? key;
}

/** A value as a message shows it (是/否 for booleans). */
function shown(v: Typed | undefined): string | number {
  if (typeof v === "boolean") return v ? "是" : "否";
  const s = show(v);
  return s === null || typeof s === "boolean" ? "" : s;
}

/** Numbers equal after the reader's conversions: 1.2 亿元 read as 12000.000000000002 万元 is 12000. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameValue(a: Typed | undefined, b: Typed | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === "number" && typeof y === "number") return sameNumber(x, y);
  if (typeof x === "string" && typeof y === "string") return x === y || foldName(x) === foldName(y);
  if (isDateValue(x) && isDateValue(y)) return x.y === y.y && x.m === y.m && (x.d === undefined || y.d === undefined || x.d === y.d);
  if (Array.isArray(x) && Array.isArray(y)) return x.join("、") === y.join("、");
  return x === y;
}

/** What names a record in a message: 企业名称, 项目名称, 集群名称 or 指标名称. */
function recordName(rec: LedgerRecord): string {
  for (const k of ["name", "project", "cluster", "indicator", "builder", "uscc"]) {
    const v = rec.values[k];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return "";
}

/** What is compared for a pair of records of one kind in this comparison: looked up once per kind. */
interface KindChecks {
  kind: LedgerKind;
  enterprise: boolean;
  cumulative: ColumnKey | undefined;
  status: readonly { key: ColumnKey; order?: readonly string[] }[];
  fixed: readonly ColumnKey[];
}

function kindChecks(kind: LedgerKind, full: boolean): KindChecks {
  return {
    kind,
    enterprise: enterpriseKind(kind),
    cumulative: full ? CUMULATIVE[kind] : undefined,
    status: STATUS_ORDER[kind] ?? [],
    fixed: (FIXED[kind] ?? []).filter((x) => full || x.yearStart).map((x) => x.key),
  };
}

class Comparer implements MatchVisitor {
  readonly findings: Finding[] = [];
  readonly kindOf = new Map<Finding, LedgerKind>();
  newlyIncluded = 0;
  private scaleCodes: Set<string> | null = null;
  private readonly full: boolean;
  /** The kind being compared, and the pair of records at hand (one cursor, no object per record). */
  private checks!: KindChecks;
  private curSheet!: ReadSheet;
  private cur!: LedgerRecord;
  private prevSheet!: ReadSheet;
  private prev!: LedgerRecord;

  constructor(
    private readonly current: CheckResult,
    private readonly previous: CheckResult,
    private readonly info: PreviousInfo,
  ) {
    this.full = info.comparison === "full";
  }

  private push(f: Finding): void {
    this.findings.push(f);
    this.kindOf.set(f, this.checks.kind);
  }

  /** A finding on the current record's cell, naming the previous record. */
  private onCell(rule: HistoryId, key: ColumnKey, params: Record<string, string | number>, variant?: string): void {
    const f = BUILTIN.rate(
      noted(rule, {
        sheet: this.curSheet.sheet,
        row: this.cur.row,
        col: columnOf(this.curSheet, key),
        variant,
        value: shown(this.cur.values[key]),
        params: { file: this.info.file, previousSheet: this.prevSheet.sheet, previousRow: this.prev.row, ...params },
        key: recordKey(this.curSheet, this.cur),
      }),
    ) as Finding;
    this.push(f);
  }

  compareKind(kind: LedgerKind): HistoryTally {
    this.checks = kindChecks(kind, this.full);
    matchKind(kind, this.current.sheets, this.previous.sheets, this.current.profile, this);
    return { kind, previous: recordsOf(this.previous, kind), current: recordsOf(this.current, kind) };
  }

  met(sheet: ReadSheet, rec: LedgerRecord, prevSheet: ReadSheet | null, prev: LedgerRecord | null, how: Met): void {
    if (this.checks.kind === "cultivation" && rec.values.status === "已入统" && (prev === null || prev.values.status !== "已入统")) this.newlyIncluded++;
    if (how === "none" || prevSheet === null || prev === null) {
      this.added(sheet, rec);
      return;
    }
    this.curSheet = sheet;
    this.cur = rec;
    this.prevSheet = prevSheet;
    this.prev = prev;
    this.comparePair(how);
  }

  private added(sheet: ReadSheet, rec: LedgerRecord): void {
    const key = (["name", "project", "cluster", "indicator"] as const).find((k) => columnOf(sheet, k) !== undefined) ?? "uscc";
    const f = BUILTIN.rate(
      noted("history.added", {
        sheet: sheet.sheet,
        row: rec.row,
        col: columnOf(sheet, key),
        value: shown(rec.values[key]),
        params: { file: this.info.file, name: recordName(rec) },
        key: recordKey(sheet, rec),
      }),
    ) as Finding;
    this.push(f);
  }

  /** 规上 key enterprises now, by code: where a cultivation record that left has gone. */
  private scaleNow(): Set<string> {
    if (this.scaleCodes === null) {
      this.scaleCodes = new Set();
      for (const sheet of this.current.sheets) {
        if (sheet.kind !== "key-enterprises") continue;
        for (const rec of sheet.records) {
          const code = usccKey(rec);
          if (code !== null && rec.values.scale === true) this.scaleCodes.add(code);
        }
      }
    }
    return this.scaleCodes;
  }

  gone(sheet: ReadSheet, rec: LedgerRecord): void {
    const kind = this.checks.kind;
    let rule: "history.removed" | "history.graduated" = "history.removed";
    let variant: string | undefined;
    if (kind === "cultivation") {
      const code = usccKey(rec);
      if (code !== null && this.scaleNow().has(code)) variant = "scale";
      else if (rec.values.status === "已入统") variant = "included";
      if (variant !== undefined) rule = "history.graduated";
    }
    // A project completed last year leaves this year's library: normal at the year start.
    if (!this.full && (kind === "projects" || kind === "tech-reform") && rec.values.stage === "竣工投产") return;
    const here = this.current.sheets.find((s) => s.kind === kind);
    const f = BUILTIN.rate(
      noted(rule, {
        sheet: here?.sheet,
        variant,
        params: {
          file: this.info.file,
          previousSheet: sheet.sheet,
          previousRow: rec.row,
          name: recordName(rec),
          record: recordKey(sheet, rec) ?? recordName(rec),
        },
        key: recordKey(sheet, rec),
      }),
    ) as Finding;
    this.push(f);
  }

  private comparePair(by: "key" | "name"): void {
    const { kind, enterprise, cumulative, status, fixed } = this.checks;
    if (enterprise) this.identity(by);
    if (cumulative !== undefined) this.cumulative(cumulative);
    for (let i = 0; i < status.length; i++) this.status(status[i].key, status[i].order);
    for (let i = 0; i < fixed.length; i++) this.fixed(fixed[i]);
    if (this.full && kind === "energy") this.energy();
    if (this.full && kind === "targets") {
      const was = num(this.prev, "target");
      const now = num(this.cur, "target");
      if (was !== null && now !== null && !sameNumber(was, now)) {
        this.onCell("history.target-changed", "target", { indicator: recordName(this.cur), previous: was });
      }
    }
  }

  private fixed(key: ColumnKey): void {
    const was = this.prev.values[key];
    const now = this.cur.values[key];
    // A figure blank in either period is not a change of a fixed figure (cell.required speaks of blanks).
    if (was === null || was === undefined || now === null || now === undefined) return;
    if (sameValue(now, was)) return;
    if (typeof now === "number" && typeof was === "number" && Math.abs(now - was) <= this.current.profile.thresholds.totalTolerance) return;
    this.onCell("history.fixed-changed", key, { column: header(this.checks.kind, key), previous: shown(was) });
  }

  private identity(by: "key" | "name"): void {
    const kind = this.checks.kind;
    if (by === "key") {
      const was = this.prev.values.name;
      const now = this.cur.values.name;
      if (typeof was === "string" && typeof now === "string" && was !== now && foldName(was) !== foldName(now)) {
        this.onCell("history.identity-changed", "name", { column: header(kind, "name"), previous: was.trim() }, "name");
      }
      return;
    }
    const was = usccKey(this.prev);
    const now = usccKey(this.cur);
    if (was !== null && now !== null && was !== now) {
      this.onCell("history.identity-changed", "uscc", { column: header(kind, "uscc"), previous: was });
    }
  }

  private cumulative(key: ColumnKey): void {
    const was = num(this.prev, key);
    const now = num(this.cur, key);
    if (was === null || now === null) return;
    const th = this.current.profile.thresholds;
    const column = header(this.checks.kind, key);
    if (now < was - th.totalTolerance) {
      this.onCell("history.ytd-decreased", key, { column, previous: was });
      return;
    }
    const m = this.current.period;
    const p = this.info.period;
    if (was < th.jumpFloor || m <= p || p < 1) return;
    const monthly = (now - was) / (m - p);
    const before = was / p;
    const variant = monthly > th.jumpHigh * before ? "high" : monthly < th.jumpLow * before ? "low" : null;
    if (variant === null) return;
    const round = (x: number) => String(Math.round(x * 100) / 100);
    this.onCell("history.month-jump", key, { column, previous: was, monthly: round(monthly), before: round(before) }, variant);
  }

  private status(key: ColumnKey, order?: readonly string[]): void {
    const was = this.prev.values[key];
    const now = this.cur.values[key];
    let back: boolean;
    if (order === undefined) back = was === true && now === false;
    else {
      const a = typeof was === "string" ? order.indexOf(was) : -1;
      const b = typeof now === "string" ? order.indexOf(now) : -1;
      back = a >= 0 && b >= 0 && b < a;
    }
    if (!back) return;
    const kind = this.checks.kind;
    this.onCell("history.status-regressed", key, { column: header(kind, key), previous: shown(was) }, kind === "key-enterprises" ? "scale" : undefined);
  }

  /** A past month (≤ p of the current year) present in both with another 综合能耗. */
  private energy(): void {
    const month = date(this.cur, "month");
    if (month === null || month.y !== this.current.profile.year || month.m > this.info.period) return;
    const was = num(this.prev, "energy");
    const now = num(this.cur, "energy");
    if (was === null || now === null || sameNumber(was, now)) return;
    this.onCell("history.energy-revised", "energy", { month: `${month.y}-${String(month.m).padStart(2, "0")}`, previous: was });
  }
}

function recordsOf(result: CheckResult, kind: LedgerKind): number {
  let n = 0;
  for (const sheet of result.sheets) if (sheet.kind === kind) n += sheet.records.length;
  return n;
}

/** The previous workbook's period and year, and the comparison they allow with the current one. */
export function previousInfo(current: CheckResult, previous: CheckResult, opts: HistoryOptions = {}): PreviousInfo | HistoryRefusal {
  const year = opts.previousYear ?? previous.profile.year;
  const period = opts.previousPeriod ?? previous.period;
  const comparison = comparisonOf({ year: current.profile.year, period: current.period }, { year, period });
  if (typeof comparison !== "string") return comparison;
  return { file: previous.file, year, period, comparison };
}

/**
 * Compares `current` with `previous` and adds the history findings to `current` (its overrides, explanations,
 * order and summary done again). A refusal leaves `current` as it was.
 */
export function withHistory(current: CheckResult, previous: CheckResult, opts: HistoryOptions = {}): HistoryOutcome | HistoryRefusal {
  const info = previousInfo(current, previous, opts);
  if ("refused" in info) return info;
  const comparer = new Comparer(current, previous, info);
  const kinds: LedgerKind[] = [];
  for (const s of [...current.sheets, ...previous.sheets]) if (!kinds.includes(s.kind)) kinds.push(s.kind);
  const tallies = kinds.map((k) => comparer.compareKind(k));
  for (const f of comparer.findings) current.findings.push(f);
  const state = kept(current);
  if (state) keep(current, { ...state, previous: previousExplanations(previous, info, current.profile.year) });
  finish(current);
  return { previous: info, tallies, kindOf: comparer.kindOf, newlyIncluded: info.comparison === "year-start" ? comparer.newlyIncluded : null };
}

/** Batch mode without a counterpart: the info history.no-previous on the workbook. */
export function withoutPrevious(current: CheckResult, dir: string): void {
  current.findings.push(BUILTIN.rate(noted("history.no-previous", { params: { dir } })) as Finding);
  finish(current);
}
