/**
 * Rolling county workbooks up into the city's (MERGE.md): one template-shaped sheet per ledger kind with every
 * readable record once, in the profile's region order then source order, each with its 来源文件 and 来源行; the
 * conflicts between files as findings (merge.*). Pure: the ports read the sources and write the result.
 */

import { kindSpec, KINDS } from "../ledgers";
import { templateSheet, type TemplateSheet } from "../ledgers/template-model";
import type { LedgerKind, Typed } from "../ledgers/types";
import { BUILTIN_PROFILE, withScope } from "../profile";
import type { Profile } from "../profile/types";
import { noted } from "../findings";
import { applyOverrides } from "./check-workbook";
import type { MERGE_RULES } from "../rules/merge";
import { show } from "../rules/message-values";
import { BUILTIN, type Finding } from "../rules/registry";
import { columnIndex, isMergeFailure, type MergeInput, type MergeSource, recordKey, type SourceLedger } from "./merge-source";
import { repeatedHashes } from "./repeated-hashes";

export interface MergeOptions {
  /** The profile of the roll-up (`--profile`); else the first readable source's. */
  profile?: Profile;
  /** `--period`; else the period most sources have. */
  period?: number;
}

/** Where a merged row came from: the source's index in the inputs and its row there. */
export interface RowSource {
  source: number;
  /** The sheet's row; `工作表!行` where the file holds several sheets of the kind. */
  row: number | string;
}

/** One object per written record (a million in a province's batch): its place inline, copies only where any. */
export interface MergedRow extends RowSource {
  /** In the kind's column order (the template's). */
  values: readonly Typed[];
  /** Identical records of other files, written once here (merge.identical). */
  copies?: RowSource[];
}

export interface MergedSheet {
  kind: LedgerKind;
  template: TemplateSheet;
  rows: MergedRow[];
}

export type SourceStatus = "ready" | "not-ready" | "unreadable";

/** One line of 汇总说明 per source. */
export interface SourceLine {
  file: string;
  county: string | null;
  year: number | null;
  period: number | null;
  ledgers: string[];
  records: number;
  errors: number;
  warnings: number;
  status: SourceStatus;
  /** Why it could not be read. */
  reason?: string;
  /** Columns not carried, per sheet. */
  unknown: { sheet: string; headers: string[] }[];
  /** Sheets not carried: something in them, but no ledger kind fits. */
  ignored: string[];
}

/** A conflict between files: the finding (on the source's sheet and row, where it has one) and its file. */
export interface MergeConflict {
  file: string;
  finding: Finding;
}

export interface MergeResult {
  profile: Profile;
  period: number;
  files: string[];
  sources: SourceLine[];
  /** Kinds present in any source, in the plan's order (targets never: see `targets`). */
  sheets: MergedSheet[];
  /** The template's 目标任务 sheet with the profile's targets (county targets are not the city's). */
  targets: TemplateSheet;
  conflicts: MergeConflict[];
}

/** A record: its source, its ledger there, and its place among the ledger's records. */
interface Ref {
  source: number;
  ledger: number;
  index: number;
}

type MergeRuleId = (typeof MERGE_RULES)[number]["id"];

function finding(rule: MergeRuleId, at: { sheet?: string; row?: number; value?: Typed }, params: Record<string, string | number>): Finding {
  return BUILTIN.rate(noted(rule, { sheet: at.sheet, row: at.row, value: at.value === undefined ? undefined : show(at.value), params }));
}

/**
 * Whether a source's period is one its ledgers report: a file without ledger records (a pay sheet, a blank
 * workbook sent by mistake) only has the period a check assumes, which must neither outvote the counties nor be
 * told it differs.
 */
function reportsPeriod(s: MergeSource): boolean {
  return s.ledgers.some((l) => l.rows.length > 0);
}

/** The (year, period) most sources have; a tie goes to the earlier source. */
function usualPeriod(sources: readonly MergeSource[]): { year: number; period: number } | null {
  const counts = new Map<string, { year: number; period: number; n: number }>();
  for (const s of sources) {
    const k = `${s.profile.year}-${s.period}`;
    const c = counts.get(k) ?? { year: s.profile.year, period: s.period, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  let best: { year: number; period: number; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best;
}

/** What names a record in a message: its enterprise, project or cluster, and the month for energy. */
function recordName(kind: LedgerKind, values: readonly Typed[]): string {
  const v = (k: string) => {
    const x = values[columnIndex(kind, k)];
    return x === null || x === undefined ? "" : String(show(x));
  };
  switch (kind) {
    case "projects":
    case "tech-reform":
      return `${v("project")}（${v("builder")}）`;
    case "clusters":
      return v("cluster");
    case "energy":
      return `${v("name") || v("uscc")} ${v("month")}`;
    default:
      return v("name") || v("uscc");
  }
}

/** Every canonical value but 序号 (a row number, not a figure), compared as the check read them. */
function signature(values: readonly Typed[], seq: number): string {
  return JSON.stringify(values.filter((_, i) => i !== seq));
}

interface KindPlan {
  /** Records dropped as identical copies of another file's: "source ledger index". */
  dropped: Set<string>;
  /** The kept record ("source ledger index") → the copies' places. */
  copies: Map<string, Ref[]>;
}

const refId = (r: Ref) => `${r.source} ${r.ledger} ${r.index}`;

/**
 * The records of one kind that share a key across files: identical ones collapse onto the first (merge.identical);
 * different ones all stay (merge.duplicate on each, naming the others).
 */
function planKind(kind: LedgerKind, sources: readonly MergeSource[], profile: Profile, conflicts: MergeConflict[]): KindPlan {
  // Records by their keys' hashes first; only those whose hashes meet in two files have their keys compared.
  const keys = sources.flatMap((s) => s.ledgers.filter((l) => l.kind === kind).map((l) => l.keys));
  const repeated = repeatedHashes(keys);
  const first = new Map<number, Ref>();
  const hashed = new Map<number, Ref[]>();
  if (repeated.size > 0) {
    sources.forEach((s, source) =>
      s.ledgers.forEach((l, ledger) => {
        if (l.kind !== kind) return;
        l.keys.forEach((h, index) => {
          if (!repeated.has(h)) return;
          const ref = { source, ledger, index };
          const had = first.get(h);
          if (had === undefined) first.set(h, ref);
          else (hashed.get(h) ?? hashed.set(h, [had]).get(h)!).push(ref);
        });
      }),
    );
  }
  const groups: Ref[][] = [];
  for (const meeting of hashed.values()) {
    if (new Set(meeting.map((r) => r.source)).size < 2) continue;
    const byKey = new Map<string | null, Ref[]>();
    for (const r of meeting) {
      const k = recordKey(sources[r.source].ledgers[r.ledger], r.index, profile);
      (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(r);
    }
    for (const [k, group] of byKey) if (k !== null && group.length > 1) groups.push(group);
  }
  const plan: KindPlan = { dropped: new Set(), copies: new Map() };
  const seq = columnIndex(kind, "seq");
  const ledgerOf = (r: Ref) => sources[r.source].ledgers[r.ledger];
  const valuesOf = (r: Ref) => ledgerOf(r).values[r.index];
  const rowAt = (r: Ref) => ledgerOf(r).rows[r.index];
  const place = (r: Ref) => `${sources[r.source].file} ${ledgerOf(r).sheet}!${rowAt(r)}`;
  for (const group of groups) {
    // A key repeated inside one file only is that file's own dup.* error, not a conflict between files.
    if (new Set(group.map((r) => r.source)).size < 2) continue;
    const classes = new Map<string, Ref[]>();
    for (const r of group) {
      const sig = signature(valuesOf(r), seq);
      (classes.get(sig) ?? classes.set(sig, []).get(sig)!).push(r);
    }
    const kept: Ref[][] = [];
    for (const members of classes.values()) {
      const head = members[0];
      // One copy per other file collapses onto the first; a second copy within a file stays (its own dup.*).
      const seen = new Set([head.source]);
      const copies: Ref[] = [];
      const stay: Ref[] = [head];
      for (const r of members.slice(1)) {
        if (seen.has(r.source)) stay.push(r);
        else {
          seen.add(r.source);
          copies.push(r);
          plan.dropped.add(refId(r));
        }
      }
      if (copies.length > 0) {
        plan.copies.set(refId(head), copies);
        const files = [head, ...copies].map((r) => sources[r.source].file).join("; ");
        conflicts.push({
          file: sources[head.source].file,
          finding: finding("merge.identical", { sheet: ledgerOf(head).sheet, row: rowAt(head) }, { name: recordName(kind, valuesOf(head)), files }),
        });
      }
      kept.push(stay);
    }
    if (kept.length < 2) continue;
    for (const [i, stay] of kept.entries()) {
      const others = kept.filter((_, j) => j !== i).flat().map(place).join("、");
      for (const r of stay) {
        conflicts.push({
          file: sources[r.source].file,
          finding: finding("merge.duplicate", { sheet: ledgerOf(r).sheet, row: rowAt(r) }, { name: recordName(kind, valuesOf(r)), others }),
        });
      }
    }
  }
  return plan;
}

/** The record's row as 来源行 gives it: `工作表!行` where the file holds several sheets of the kind. */
function rowOf(source: MergeSource, ledger: number, index: number): number | string {
  const l: SourceLedger = source.ledgers[ledger];
  const several = source.ledgers.some((x) => x !== l && x.kind === l.kind);
  return several ? `${l.sheet}!${l.rows[index]}` : l.rows[index];
}

function sourceLine(input: MergeInput): SourceLine {
  if (isMergeFailure(input)) {
    return { file: input.file, county: null, year: null, period: null, ledgers: [], records: 0, errors: 0, warnings: 0, status: "unreadable", reason: input.error, unknown: [], ignored: [] };
  }
  const s = input.summary;
  return {
    file: input.file,
    county: input.county,
    year: input.profile.year,
    period: input.period,
    ledgers: input.ledgers.map((l) => l.sheet),
    records: input.ledgers.reduce((n, l) => n + l.rows.length, 0),
    errors: s.errors,
    warnings: s.warnings,
    status: s.ready ? "ready" : "not-ready",
    unknown: input.ledgers.filter((l) => l.unknown.length > 0).map((l) => ({ sheet: l.sheet, headers: l.unknown })),
    ignored: input.ignored,
  };
}

export function mergeWorkbooks(inputs: readonly MergeInput[], opts: MergeOptions = {}): MergeResult {
  const readable = inputs.map((input, i) => ({ input, i })).filter((x): x is { input: MergeSource; i: number } => !isMergeFailure(x.input));
  const sources = readable.map((x) => x.input);
  const usual = usualPeriod(sources.filter(reportsPeriod));
  const chosen = opts.profile ?? sources[0]?.profile ?? BUILTIN_PROFILE;
  // The roll-up is the city's: a county's scope (a workbook made with template --scope) would judge it by that
  // county's targets and give the targets sheet the county's figures.
  const profile = chosen.scope === undefined ? chosen : withScope(chosen, "city");
  const period = opts.period ?? usual?.period ?? profile.period ?? 12;
  const conflicts: MergeConflict[] = [];

  for (const input of inputs) {
    if (isMergeFailure(input)) conflicts.push({ file: input.file, finding: finding("merge.unreadable", {}, { reason: input.error }) });
  }
  for (const s of sources) {
    if (!usual || !reportsPeriod(s) || (s.profile.year === usual.year && s.period === usual.period)) continue;
    conflicts.push({
      file: s.file,
      finding: finding("merge.period-differs", {}, { year: s.profile.year, period: s.period, expectedYear: usual.year, expectedPeriod: usual.period }),
    });
  }
  for (const s of sources) {
    const county = s.county;
    if (county === null) continue;
    for (const l of s.ledgers) {
      const at = columnIndex(l.kind, "region");
      if (at < 0) continue;
      l.values.forEach((values, i) => {
        const region = values[at];
        if (typeof region !== "string" || region === county) return;
        conflicts.push({ file: s.file, finding: finding("merge.foreign-region", { sheet: l.sheet, row: l.rows[i], value: region }, { region, county }) });
      });
    }
  }

  const order = new Map(profile.regions.map((r, i) => [r.name, i]));
  const sheets: MergedSheet[] = [];
  for (const spec of KINDS) {
    if (spec.kind === "targets" || !sources.some((s) => s.ledgers.some((l) => l.kind === spec.kind))) continue;
    const plan = planKind(spec.kind, sources, profile, conflicts);
    const regionAt = columnIndex(spec.kind, "region");
    // One bucket per region, then one for records whose county is unknown: region order, then source order.
    const buckets: MergedRow[][] = Array.from({ length: profile.regions.length + 1 }, () => []);
    sources.forEach((s, si) =>
      s.ledgers.forEach((l, li) => {
        if (l.kind !== spec.kind) return;
        l.values.forEach((values, index) => {
          // Most kinds have no identical copies: then no record needs its id.
          const id = plan.copies.size === 0 ? "" : refId({ source: si, ledger: li, index });
          if (id !== "" && plan.dropped.has(id)) return;
          const row: MergedRow = { values, source: readable[si].i, row: rowOf(s, li, index) };
          const copies = id === "" ? undefined : plan.copies.get(id);
          if (copies) row.copies = copies.map((c) => ({ source: readable[c.source].i, row: rowOf(sources[c.source], c.ledger, c.index) }));
          const region = regionAt < 0 ? null : values[regionAt];
          const b = typeof region === "string" ? order.get(region) ?? profile.regions.length : profile.regions.length;
          buckets[b].push(row);
        });
      }),
    );
    sheets.push({ kind: spec.kind, template: templateSheet(spec, profile), rows: buckets.flat() });
  }

  const kept = new Set(applyOverrides(conflicts.map((c) => c.finding), profile));
  return {
    profile,
    period,
    files: inputs.map((i) => i.file),
    sources: inputs.map(sourceLine),
    sheets,
    targets: targetsSheet(profile, period),
    conflicts: conflicts.filter((c) => kept.has(c.finding)),
  };
}

/** The template's targets sheet, 截止月份 the roll-up's period (so that a check of the merged workbook finds it). */
function targetsSheet(profile: Profile, period: number): TemplateSheet {
  const sheet = templateSheet(kindSpec("targets"), profile);
  const asOf = sheet.columns.find((c) => c.key === "asOf");
  if (asOf) for (const r of sheet.rows) r.cells = [...r.cells, { col: asOf.col, value: period }].sort((a, b) => a.col - b.col);
  return sheet;
}

/** Whether the merged workbook may be called complete: every source read and no enterprise counted twice. */
export function mergeClean(result: MergeResult): boolean {
  return !result.conflicts.some((c) => c.finding.rule === "merge.unreadable" || c.finding.rule === "merge.duplicate");
}
