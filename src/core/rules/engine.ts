/**
 * The check of one workbook (LEDGERS.md, PLAN-PROFILE.md): the profile in force, the reporting period, the
 * reader's findings, every rule of the catalogue, explanations, the profile's severity overrides, the order
 * in which findings are shown, and the verdict "ready to submit".
 */

import { KINDS } from "../ledgers";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import { builtin2022, mergeProfile, resolvePeriod } from "../profile";
import type { Profile } from "../profile/types";
import { findSettingsSheet, parseSettings, readWorkbook } from "../read";
import type { Explanation, ReadSheet } from "../read/result";
import type { WorkbookData } from "../read/types";
import { ruleDecl, ruleSeverity } from "./catalogue";
import { usccOf } from "./common";
import { columnOf, recordKey, type RuleContext } from "./context";
import { applyExplanations, attachKeys } from "./explanations";
import { projectKey } from "./projects";
import { CHECKS } from "./registry";
import type { Finding } from "./types";
import { date, num, show } from "./values";

export interface CheckOptions {
  /** From `--profile`, already validated. */
  profile?: Profile;
  /** From `--period`. */
  period?: number;
  /** Sheet → kind ("none": not a ledger), from `--map`; merged over the workbook's own settings. */
  overrides?: Record<string, LedgerKind | "none">;
  /** The calendar, for a period derived from it. */
  today?: Date;
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
  profileSource: "option" | "workbook" | "built-in";
  period: number;
  /** Where the period came from: option, profile, targets-sheet, year-past, calendar. */
  periodSource: string;
  sheets: ReadSheet[];
  ignoredSheets: string[];
  findings: Finding[];
  summary: CheckSummary;
}

/** What crossFile needs again after the check: explanations and sheet order. */
const kept = new WeakMap<CheckResult, { explanations: Explanation[]; sheetOrder: Map<string, number> }>();

function chooseProfile(wb: WorkbookData, opts: CheckOptions): { profile: Profile; source: CheckResult["profileSource"]; findings: Finding[] } {
  if (opts.profile) return { profile: opts.profile, source: "option", findings: [] };
  const stored = parseSettings(findSettingsSheet(Array.isArray(wb.sheets) ? wb.sheets : [])).settings.profile;
  if (stored === undefined || stored === null) return { profile: builtin2022, source: "built-in", findings: [] };
  const merged = mergeProfile(builtin2022, stored);
  if (merged.ok) return { profile: merged.profile, source: "workbook", findings: [] };
  // The first issue names the field; the others usually follow from it.
  const issue = merged.issues[0];
  const finding: Finding = {
    rule: "profile.invalid",
    severity: ruleSeverity("profile.invalid"),
    params: { ...issue.params, field: issue.path || "profile", detailKey: issue.key },
  };
  return { profile: builtin2022, source: "built-in", findings: [finding] };
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
    for (const check of CHECKS[sheet.kind]) {
      if (profile.rules[check.id] === "off") continue;
      // One by one: a spread of 100,000 findings would overflow the call stack.
      for (const f of check.check(ctx)) out.push(f);
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
    if (o !== undefined && ruleDecl(f.rule) !== undefined) f.severity = o;
    out.push(f);
  }
  return out;
}

/** Errors first; then by sheet in workbook order (file-level findings before any sheet), row, column. */
export function sortFindings(findings: Finding[], sheetOrder: ReadonlyMap<string, number>): void {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sheetIndex = (f: Finding): number => (f.sheet === undefined ? -1 : sheetOrder.get(f.sheet) ?? sheetOrder.size);
  findings.sort(
    (a, b) =>
      Number(b.severity === "error") - Number(a.severity === "error") ||
      sheetIndex(a) - sheetIndex(b) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      rank[a.severity] - rank[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
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

/** Overrides, explanations, order and summary: what turns raw findings into the result. */
function finish(result: CheckResult): void {
  const state = kept.get(result);
  result.findings = applyOverrides(result.findings, result.profile);
  // Explanations after overrides, so that a warning made an error can no longer be explained away (and
  // an error the profile demotes to a warning can be).
  applyExplanations(result.findings, result.sheets, state?.explanations ?? []);
  sortFindings(result.findings, state?.sheetOrder ?? new Map());
  result.summary = summarise(result.findings);
}

export function checkWorkbook(wb: WorkbookData, opts: CheckOptions = {}): CheckResult {
  const chosen = chooseProfile(wb, opts);
  const profile = chosen.profile;
  const read = readWorkbook(wb, { kinds: [...KINDS], profile, overrides: opts.overrides });
  const resolved = resolvePeriod({
    option: opts.period,
    profilePeriod: profile.period,
    targetsSheetMonths: targetsSheetMonths(read.sheets),
    year: profile.year,
    today: opts.today ?? new Date(),
  });
  const findings = [...chosen.findings, ...read.findings, ...runChecks(read.sheets, profile, resolved.period, read.findings)];
  if (read.sheets.length === 0) findings.push({ rule: "workbook.no-ledgers", severity: ruleSeverity("workbook.no-ledgers") });
  attachKeys(findings, read.sheets);
  const result: CheckResult = {
    file: wb.name,
    profile,
    profileSource: chosen.source,
    period: resolved.period,
    periodSource: resolved.source,
    sheets: read.sheets,
    ignoredSheets: read.ignoredSheets,
    findings,
    summary: summarise([]),
  };
  kept.set(result, { explanations: read.explanations, sheetOrder: new Map(wb.sheets.map((s, i) => [s.name, i])) });
  finish(result);
  return result;
}

/** Kinds whose 信用代码 identifies an enterprise counted by the file's county (projects go by name + builder). */
const ENTERPRISE_KINDS: ReadonlySet<LedgerKind> = new Set(["key-enterprises", "cultivation", "declining", "three-batches", "energy"]);

interface Place {
  sheet: ReadSheet;
  rec: LedgerRecord;
}

/** Each identity (信用代码, or project) of a file with its first place in the file. */
function identities(result: CheckResult): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const sheet of result.sheets) {
    const isProject = sheet.kind === "projects" || sheet.kind === "tech-reform";
    if (!isProject && !ENTERPRISE_KINDS.has(sheet.kind)) continue;
    for (const rec of sheet.records) {
      const id = isProject ? projectKey(rec) : usccOf(rec);
      if (id !== null && !out.has(`${isProject ? "p" : "e"}:${id}`)) out.set(`${isProject ? "p" : "e"}:${id}`, { sheet, rec });
    }
  }
  return out;
}

/**
 * Files checked together: the same 信用代码, or the same project, in two files is an enterprise counted by two
 * counties. Each file gets xref.cross-file on the record's first row, naming the other files; its summary is
 * recomputed. Calling it again replaces the earlier cross-file findings.
 */
export function crossFile(results: CheckResult[]): void {
  const ids = results.map(identities);
  const files = new Map<string, number[]>();
  ids.forEach((m, i) => {
    for (const id of m.keys()) {
      const list = files.get(id);
      if (list) list.push(i);
      else files.set(id, [i]);
    }
  });
  results.forEach((result, i) => {
    const findings = result.findings.filter((f) => f.rule !== "xref.cross-file");
    if (result.profile.rules["xref.cross-file"] !== "off") {
      for (const [id, place] of ids[i]) {
        const where = files.get(id) ?? [];
        if (where.length < 2) continue;
        const { sheet, rec } = place;
        const isProject = id.startsWith("p:");
        const column = isProject ? "project" : "uscc";
        const f: Finding = {
          rule: "xref.cross-file",
          severity: ruleSeverity("xref.cross-file"),
          variant: isProject ? "project" : "enterprise",
          sheet: sheet.sheet,
          row: rec.row,
          value: show(rec.values[column]),
          params: { files: where.filter((j) => j !== i).map((j) => results[j].file).join("、") },
        };
        const col = columnOf(sheet, column);
        if (col !== undefined) f.col = col;
        const key = recordKey(sheet, rec);
        if (key !== undefined) f.key = key;
        findings.push(f);
      }
    }
    result.findings = findings;
    finish(result);
  });
}
