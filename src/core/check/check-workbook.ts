/**
 * The check of one workbook (LEDGERS.md, PLAN-PROFILE.md): the profile in force, the reporting period, the
 * reader's findings, every rule of the catalogue, explanations, the profile's severity overrides, the order
 * in which findings are shown, and the verdict "ready to submit".
 */

import { KINDS } from "../ledgers";
import type { LedgerKind } from "../ledgers/types";
import { COUNT_LABELS, countyCount, detectCounty, resolvePeriod, scopeRegion, targetInScope, withScope, type CountyHint, type PeriodSource } from "../profile";
import type { CountyShare, Profile } from "../profile/types";
import { findSettingsSheet, parseSettings, readWorkbook } from "../read";
import { ALL_REPORT_TABS } from "../reports";
import type { ReadSheet } from "../read/result";
import { MERGE_SUMMARY_TAB } from "../read/sheet-role";
import type { WorkbookData } from "../read/types";
import { noted } from "../findings";
import { type RuleContext } from "../rules/context";
import { applyExplanations, attachKeys } from "../rules/explanations";
import { BUILTIN, type Finding } from "../rules/registry";
import { isThin } from "../rules/explanation-quality";
import { date, num } from "../rules/record-values";
import { offerPrevious } from "./carry-over";
import { keep, kept } from "./kept";
import { sortFindings } from "./order";
import { titleConflict, writtenPeriods } from "./written-period";
import { chooseProfile, type ProfileSource } from "./profile-choice";

export interface CheckOptions {
  /** From `--profile`, already validated. */
  profile?: Profile;
  /** From `--period`. */
  period?: number;
  /** Sheet → kind ("none": not a ledger), from `--map`; merged over the workbook's own settings. */
  overrides?: Record<string, LedgerKind | "none">;
  /** The calendar, for a period derived from it. */
  today?: Date;
  /** From `--scope` or the pane: "city" or a region's code, over the profile's own `scope`. */
  scope?: string;
  /** From `--decomposition`, already validated: the city's 任务分解 over the profile's own. */
  decomposition?: Record<string, CountyShare>;
}

export interface CheckSummary {
  errors: number;
  /** All warnings, the explained ones included. */
  warnings: number;
  explained: number;
  infos: number;
  /** No error and every warning explained. */
  ready: boolean;
}

export interface CheckResult {
  /** The workbook's name, as the port gave it (crossFile names the other file with it). */
  file: string;
  profile: Profile;
  profileSource: ProfileSource;
  period: number;
  /** Where the period came from (PLAN-PROFILE.md `period.source`). */
  periodSource: PeriodSource;
  /** The title, header or file name the period was read from. */
  periodText?: string;
  /** The county this city-scoped workbook seems to be (≥ 90 % of ≥ 5 records): to ask about, never applied. */
  countyHint?: CountyHint;
  sheets: ReadSheet[];
  ignoredSheets: string[];
  findings: Finding[];
  summary: CheckSummary;
}

/** The profile-invalid finding for a stored profile that could not be used. */
function profileFindings(issue: ReturnType<typeof chooseProfile>["issue"]): Finding[] {
  if (!issue) return [];
  return [BUILTIN.rate(noted("profile.invalid", { params: { ...issue.params, field: issue.path || "profile", detailKey: issue.key } }))];
}

/** The 截止月份 of the targets sheets, as month numbers (a date gives its month). */
function targetsSheetMonths(sheets: readonly ReadSheet[]): number[] {
  const months: number[] = [];
  for (const s of sheets) {
    if (s.kind !== "targets") continue;
    for (const r of s.records) {
      const m = num(r, "asOf") ?? date(r, "asOf")?.m ?? null;
      if (m !== null) months.push(m);
    }
  }
  return months;
}

function runChecks(sheets: readonly ReadSheet[], profile: Profile, period: number, readFindings: readonly Finding[]): Finding[] {
  const reported = new Map<string, Set<string>>();
  for (const f of readFindings) {
    if (f.sheet === undefined || f.row === undefined || f.col === undefined) continue;
    let set = reported.get(f.sheet);
    if (!set) reported.set(f.sheet, (set = new Set()));
    set.add(`${f.row}:${f.col}`);
  }
  const out: Finding[] = [];
  for (const sheet of sheets) {
    const ctx: RuleContext = { sheet, profile, period, sheets, reported: reported.get(sheet.sheet) ?? new Set() };
    for (const check of BUILTIN.checksFor(sheet.kind)) {
      if (profile.rules[check.id] === "off") continue;
      // One by one: a spread of 100,000 findings would overflow the call stack.
      for (const f of check.run(ctx)) out.push(f);
    }
  }
  return out;
}

/** The profile's `rules`: a severity instead of the default, or "off". */
export function applyOverrides(findings: readonly Finding[], profile: Profile): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const o = profile.rules[f.rule];
    if (o === "off") continue;
    if (o !== undefined && BUILTIN.get(f.rule) !== undefined) f.severity = o;
    out.push(f);
  }
  return out;
}

export function summarise(findings: readonly Finding[]): CheckSummary {
  let errors = 0;
  let warnings = 0;
  let explained = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "info") infos++;
    else {
      warnings++;
      if (f.explained) explained++;
    }
  }
  return { errors, warnings, explained, infos, ready: errors === 0 && explained === warnings };
}

/** explanation.thin on each warning explained by fewer than 4 characters or a stock phrase only. */
function thinExplanations(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "warning" || !f.explained || f.explanation === undefined || !isThin(f.explanation)) continue;
    out.push(BUILTIN.rate(noted("explanation.thin", { sheet: f.sheet, row: f.row, col: f.col, value: f.explanation, params: { rule: f.rule }, key: f.key })));
  }
  return out;
}

/** Overrides, explanations, order and summary: what turns raw findings into the result. */
export function finish(result: CheckResult): void {
  const state = kept(result);
  // Noted again below from the explanations as they stand now (finish runs again after crossFile and history).
  result.findings = applyOverrides(
    result.findings.filter((f) => f.rule !== "explanation.thin"),
    result.profile,
  );
  // Explanations after overrides, so that a warning made an error can no longer be explained away (and
  // an error the profile demotes to a warning can be).
  applyExplanations(result.findings, result.sheets, state?.explanations ?? [], { year: result.profile.year, period: result.period });
  offerPrevious(result, state?.previous);
  for (const f of applyOverrides(thinExplanations(result.findings), result.profile)) result.findings.push(f);
  sortFindings(result.findings, state?.sheetOrder ?? new Map());
  result.summary = summarise(result.findings);
}

/** The 所属县区 of every record, for the county detection (an array: a generator makes an object per record). */
function regionTexts(sheets: readonly ReadSheet[]): string[] {
  const out: string[] = [];
  for (const s of sheets) for (const r of s.records) {
    const v = r.values.region;
    if (typeof v === "string" || typeof v === "number") out.push(String(v));
  }
  return out;
}

/** scope.county: the county, and the checks left out for want of its figure in the decomposition. */
function countyFinding(profile: Profile, sheets: readonly ReadSheet[]): Finding[] {
  const region = scopeRegion(profile);
  if (region === undefined) return [];
  const counts: string[] = [];
  for (const spec of KINDS) {
    if (spec.countTarget === undefined || !sheets.some((s) => s.kind === spec.kind) || countyCount(profile, spec.countTarget) !== undefined) continue;
    counts.push(profile.targets.find((tg) => tg.key === spec.countTarget)?.name ?? spec.countTarget);
  }
  if (sheets.some((s) => s.kind === "clusters")) {
    for (const key of ["clusters", "clusterHeadFirms"] as const) if (countyCount(profile, key) === undefined) counts.push(COUNT_LABELS[key]);
  }
  const targets = profile.targets.filter((tg) => targetInScope(profile, tg) === undefined).length;
  const variant = counts.length === 0 && targets === 0 ? "decomposed" : undefined;
  return [BUILTIN.rate(noted("scope.county", { variant, params: { county: region.name, counts: counts.join("、") || "—", targets } }))];
}

/** The tool's own tabs, never read as ledgers: the report tabs and the roll-up's 汇总说明. */
const TOOL_TABS: readonly string[] = [...ALL_REPORT_TABS, MERGE_SUMMARY_TAB];

export function checkWorkbook(wb: WorkbookData, opts: CheckOptions = {}): CheckResult {
  const stored = opts.profile ? undefined : parseSettings(findSettingsSheet(Array.isArray(wb.sheets) ? wb.sheets : [])).settings.profile;
  const chosen = chooseProfile({ option: opts.profile, stored });
  const decomposed = opts.decomposition === undefined ? chosen.profile : { ...chosen.profile, decomposition: opts.decomposition };
  const profile = opts.scope === undefined ? decomposed : withScope(decomposed, opts.scope);
  const read = readWorkbook(wb, { kinds: [...KINDS], reportTabs: TOOL_TABS, profile, overrides: opts.overrides });
  const written = writtenPeriods(wb, read.sheets);
  const resolved = resolvePeriod({
    option: opts.period,
    profilePeriod: profile.period,
    profileStored: chosen.source === "workbook",
    targetsSheetMonths: targetsSheetMonths(read.sheets),
    written,
    year: profile.year,
    today: opts.today ?? new Date(),
  });
  const readFindings = read.findings.map(BUILTIN.rate);
  const findings = [...profileFindings(chosen.issue), ...readFindings, ...runChecks(read.sheets, profile, resolved.period, readFindings)];
  if (read.sheets.length === 0) findings.push(BUILTIN.rate(noted("workbook.no-ledgers")));
  const conflict = titleConflict(written);
  if (conflict) findings.push(BUILTIN.rate(noted("period.conflict", { params: { months: conflict.months.join("、"), where: conflict.where, period: resolved.period } })));
  findings.push(...countyFinding(profile, read.sheets));
  attachKeys(findings, read.sheets);
  const result: CheckResult = {
    file: wb.name,
    profile,
    profileSource: chosen.source,
    period: resolved.period,
    periodSource: resolved.source,
    ...(resolved.text === undefined ? {} : { periodText: resolved.text }),
    sheets: read.sheets,
    ignoredSheets: read.ignoredSheets,
    findings,
    summary: summarise([]),
  };
  const hint = detectCounty(profile, regionTexts(read.sheets));
  if (hint !== undefined) result.countyHint = hint;
  keep(result, { explanations: read.explanations, sheetOrder: new Map(wb.sheets.map((s, i) => [s.name, i])) });
  finish(result);
  return result;
}
