import { type CheckResult, type CountyHint, describeFinding, type Finding, type Lang, type LedgerKind, scopeRegion, type Severity } from "../core";
import { type ExplanationThen, type PreviousExplanation } from "../core";
import { previousJson, type PreviousJson, type PreviousOutcome } from "./previous";

/** The JSON of `gx-ledger check --format json`, exactly as INTERFACES.md shows it; the text format reads it too. */
export interface JsonIssue {
  severity: Severity;
  rule: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  column: string | null;
  value: string | number | boolean | null;
  message: string;
  hint: string | null;
  explained: boolean;
  /**
   * Present when there is something to say: the explanation that counts (`text`), one of an earlier period
   * whose value has changed (`stale`, 上期说明（数值已变）), the previous workbook's (`previous`: listed, never
   * counted; HISTORY.md's `explanation.previous`).
   */
  explanation?: { text?: string; stale?: ExplanationThen; previous?: PreviousExplanation };
}

/** The profile in force: its year, the period and where it came from, and whose workbook it judged. */
export interface JsonProfile {
  year: number;
  period: number;
  source: CheckResult["profileSource"];
  periodSource: CheckResult["periodSource"];
  /** The title, header or file name the period was read from. */
  periodText?: string;
  /** "city" or the county's code; the county's name beside it. */
  scope: string;
  scopeName?: string;
  /** A city-scoped workbook whose records nearly all name one county (never applied by itself). */
  countyHint?: CountyHint;
}

export interface JsonFileChecked {
  file: string;
  profile: JsonProfile;
  sheets: { sheet: string; kind: LedgerKind; headerRow: number; records: number }[];
  ignoredSheets: string[];
  issues: JsonIssue[];
  summary: CheckResult["summary"];
  /** With `--previous` / `--previous-dir` and a previous file found: what it was compared with, or why not. */
  previous?: PreviousJson;
}

export interface JsonFileError {
  file: string;
  error: string;
}

export type JsonFile = JsonFileChecked | JsonFileError;

export interface JsonReport {
  tool: "gx-ledger";
  version: string;
  files: JsonFile[];
}

export type Outcome = { file: string; result: CheckResult; previous?: PreviousOutcome } | { file: string; error: string };

export function isFileError(f: JsonFile): f is JsonFileError {
  return "error" in f;
}

/** One finding as the JSON shows it, worded in `lang`. */
export function issueJson(f: Finding, lang: Lang): JsonIssue {
  const text = describeFinding(f, lang);
  const issue: JsonIssue = {
    severity: f.severity,
    rule: f.rule,
    sheet: f.sheet ?? null,
    cell: text.cell,
    row: f.row ?? null,
    column: text.column,
    value: f.value ?? null,
    message: text.message,
    hint: text.hint ?? null,
    explained: f.explained === true,
  };
  const explanation: NonNullable<JsonIssue["explanation"]> = {};
  if (f.explained && f.explanation !== undefined) explanation.text = f.explanation;
  if (f.staleExplanation) explanation.stale = { ...f.staleExplanation };
  if (f.previousExplanation) explanation.previous = { ...f.previousExplanation };
  if (Object.keys(explanation).length > 0) issue.explanation = explanation;
  return issue;
}

function profileJson(r: CheckResult): JsonProfile {
  const county = scopeRegion(r.profile);
  const json: JsonProfile = { year: r.profile.year, period: r.period, source: r.profileSource, periodSource: r.periodSource, scope: county?.code ?? "city" };
  if (r.periodText !== undefined) json.periodText = r.periodText;
  if (county !== undefined) json.scopeName = county.name;
  if (r.countyHint !== undefined) json.countyHint = r.countyHint;
  return json;
}

/** A file's entry without its issues (the streaming writer words those one at a time). */
export function fileHead(outcome: Outcome): JsonFile {
  if ("error" in outcome) return { file: outcome.file, error: outcome.error };
  const r = outcome.result;
  const previous = previousJson(outcome.previous);
  const json: JsonFileChecked = {
    file: outcome.file,
    profile: profileJson(r),
    sheets: r.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, headerRow: s.headerRow, records: s.records.length })),
    ignoredSheets: [...r.ignoredSheets],
    issues: [],
    summary: { errors: r.summary.errors, warnings: r.summary.warnings, explained: r.summary.explained, infos: r.summary.infos, ready: r.summary.ready },
  };
  if (previous !== undefined) json.previous = previous;
  return json;
}

export function fileJson(outcome: Outcome, lang: Lang): JsonFile {
  const head = fileHead(outcome);
  if ("result" in outcome && !isFileError(head)) head.issues = outcome.result.findings.map((f) => issueJson(f, lang));
  return head;
}

export function jsonReport(version: string, outcomes: readonly Outcome[], lang: Lang): JsonReport {
  return { tool: "gx-ledger", version, files: outcomes.map((o) => fileJson(o, lang)) };
}

/**
 * INTERFACES.md: 2 when a file could not be read (it wins; a previous file too, though the current one was
 * checked), else 1 when any file is not ready, else 0.
 */
export function exitStatus(files: readonly JsonFile[]): 0 | 1 | 2 {
  if (files.some((f) => isFileError(f) || (f.previous !== undefined && "error" in f.previous))) return 2;
  return files.every((f) => !isFileError(f) && f.summary.ready) ? 0 : 1;
}
