/**
 * 与上期对比 (HISTORY.md "The tab"): Part A by ledger (上期条数 · 本期条数 · 新增 · 移出 · 入统（毕业） · 状态倒退 ·
 * 累计下降 · 跳变), Part B one row per history finding. Written only when a previous workbook was given.
 */

import type { HistoryOutcome } from "../check/history";
import { kindName, kindSpec } from "../ledgers";
import type { LedgerRecord } from "../ledgers/types";
import { describeFinding, ruleShortName } from "../rules/describe";
import type { Finding } from "../rules/registry";
import type { ReportCheck } from "./check";
import { reportSubtitle, words, type ReportContext, signOffLine } from "./context";
import { explanationCell } from "./explanation-cell";
import type { ReportCell, ReportModel, ReportSection, ReportValue } from "./model";

export const HISTORY_TAB = "与上期对比";

/** Part A's counted rules, in its column order. */
const COUNTED = ["history.added", "history.removed", "history.graduated", "history.status-regressed", "history.ytd-decreased", "history.month-jump"] as const;

function title(check: ReportCheck, history: HistoryOutcome, ctx: ReportContext): string {
  const w = words(ctx.lang);
  const p = history.previous;
  const span = (year: number, period: number, withYear: boolean) =>
    (withYear ? `${year}年` : "") + (period === 1 ? "1月" : `1-${period}月`);
  return w("history.title", {
    now: span(check.profile.year, check.period, true),
    previous: span(p.year, p.period, p.year !== check.profile.year),
    tab: HISTORY_TAB,
  });
}

function byLedger(history: HistoryOutcome, found: readonly Finding[], ctx: ReportContext): ReportSection {
  const w = words(ctx.lang);
  const rows: ReportValue[][] = history.tallies.map((tally) => {
    const mine = found.filter((f) => history.kindOf.get(f) === tally.kind);
    const counts = COUNTED.map((rule) => mine.filter((f) => f.rule === rule).length);
    return [kindName(tally.kind, ctx.lang), tally.previous, tally.current, ...counts];
  });
  const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
  return {
    heading: w("history.byLedger"),
    columns: [
      { header: w("col.ledger"), format: "text" },
      { header: w("col.previousCount"), format: "count" },
      { header: w("col.currentCount"), format: "count" },
      ...COUNTED.map((rule) => ({ header: w(`col.history.${rule.slice("history.".length) as HistoryCol}`), format: "count" as const })),
    ],
    rows,
    total: [w("total"), ...Array.from({ length: 2 + COUNTED.length }, (_, i) => sum(i + 1))],
  };
}

type HistoryCol = "added" | "removed" | "graduated" | "status-regressed" | "ytd-decreased" | "month-jump";

function byFinding(check: ReportCheck, history: HistoryOutcome, found: readonly Finding[], ctx: ReportContext): ReportSection {
  const w = words(ctx.lang);
  const records = new Map<string, LedgerRecord>();
  for (const s of check.sheets) for (const r of s.records) records.set(`${s.sheet}\u0000${r.row}`, r);
  const nameOf = (f: Finding): string => {
    const params = (f.params ?? {}) as Record<string, string | number | undefined>;
    if (typeof params.name === "string") return params.name;
    const rec = f.sheet !== undefined && f.row !== undefined ? records.get(`${f.sheet}\u0000${f.row}`) : undefined;
    const v = rec ? (rec.values.name ?? rec.values.project ?? rec.values.cluster ?? rec.values.indicator) : undefined;
    return typeof v === "string" ? v : "";
  };
  const rows = found.map((f): (ReportValue | ReportCell)[] => {
    const params = (f.params ?? {}) as Record<string, string | number | undefined>;
    const kind = history.kindOf.get(f);
    const ledger = f.sheet ?? (kind !== undefined ? kindSpec(kind).title : "");
    const cell = describeFinding(f, ctx.lang).cell;
    const object: ReportCell = { value: f.key ?? (typeof params.record === "string" ? params.record : null) };
    if (f.sheet !== undefined) object.link = { sheet: f.sheet, cell: cell ?? (f.row !== undefined ? `A${f.row}` : "A1") };
    const now = f.value === undefined || f.value === null || typeof f.value === "boolean" ? null : f.value;
    return [ledger, object, nameOf(f), ruleShortName(f.rule, ctx.lang), params.previous ?? null, now, explanationCell(f, w)];
  });
  return {
    heading: w("history.byFinding"),
    notes: rows.length === 0 ? [w("history.none")] : undefined,
    columns: [
      { header: w("col.ledger"), format: "text" },
      { header: w("col.object"), format: "text" },
      { header: w("col.recordName"), format: "text" },
      { header: w("col.change"), format: "text" },
      { header: w("col.previousValue"), format: "text" },
      { header: w("col.currentValue"), format: "text" },
      { header: w("col.explanation"), format: "text" },
    ],
    rows,
    asTable: true,
  };
}

export function buildHistory(check: ReportCheck, ctx: ReportContext): ReportModel | null {
  const history = ctx.history;
  if (history === undefined) return null;
  const found = check.findings.filter((f) => history.kindOf.has(f));
  return {
    tab: HISTORY_TAB,
    title: title(check, history, ctx),
    subtitle: reportSubtitle(check, ctx),
    signOff: signOffLine(check.profile, ctx.lang, ctx.now),
    sections: [byLedger(history, found, ctx), byFinding(check, history, found, ctx)],
    charts: [],
  };
}
