/**
 * Progress of one profile target (REPORTS.md, 目标完成情况): the actual from the ledgers where they give it
 * (台账计算, the same `ledgerFigures` the check's target.ledger-differs uses), else from the targets sheet (填报,
 * read as the check reads it: targetRowValue); 完成率 for counts and amounts, with 序时进度 and 进度差 for the
 * flows (pace elapsed) only; the gap for growth rates and ratios.
 */

import { completion, gap } from "../calc/growth";
import { elapsed, pace } from "../calc/pace";
import { roundHalfAway } from "../calc/round";
import { targetFinder } from "../calc/target";
import type { Target } from "../profile/types";
import { ledgerFigures } from "../rules/ledger-figures";
import { targetRowValue } from "../rules/targets";
import { targetInScope } from "../profile/scope";
import { str } from "../rules/record-values";
import type { ReportCheck } from "./check";
import { figure, isRateTarget } from "./target-cells";
import type { Words } from "./context";

export type ActualSource = "reported" | "ledger";
export type TargetStatus = "done" | "undone" | "ahead" | "behind" | "missing" | "reached" | "below" | "noTarget";

export interface TargetProgress {
  target: Target;
  actual: number | null;
  source: ActualSource | null;
  /** Counts and amounts only: actual ÷ target (a range: its lower bound). */
  completion: number | null;
  /** Counts and amounts whose pace is elapsed (flows): m / 12. */
  elapsed: number | null;
  /** Counts and amounts: 完成率 − 序时进度; growth and ratios: actual − target (percentage points, as a fraction). */
  gap: number | null;
  status: TargetStatus;
}

/** Target key → 实际完成 of the targets sheets (the first row of an indicator that has one). */
function reportedActuals(check: ReportCheck): Map<string, number> {
  const find = targetFinder(check.profile);
  const out = new Map<string, number>();
  for (const s of check.sheets) {
    if (s.kind !== "targets") continue;
    for (const r of s.records) {
      const name = str(r, "indicator");
      const t = name === null ? null : find(name);
      if (t === null || out.has(t.key)) continue;
      const v = targetRowValue(r, "actual", t, s);
      if (v !== null) out.set(t.key, v);
    }
  }
  return out;
}

// A rate read back from a sheet (5.5 / 100) may miss the target by float noise only.
const EPSILON = 1e-12;

function progress(t: Target, actual: number | null, source: ActualSource | null, period: number): TargetProgress {
  if (isRateTarget(t)) {
    if (actual === null) return { target: t, actual, source, completion: null, elapsed: null, gap: null, status: "missing" };
    const g = gap(actual, t.target);
    return { target: t, actual, source, completion: null, elapsed: null, gap: g, status: g >= -EPSILON ? "reached" : "below" };
  }
  // A stock or a list that must stand in full (pace none) is done or not: 序时进度 means nothing for it.
  const flow = t.pace !== "none";
  const e = flow ? figure(elapsed(period)) : null;
  if (actual === null) return { target: t, actual, source, completion: null, elapsed: e, gap: null, status: "missing" };
  const c = figure(completion(actual, t.target));
  const done = c !== null ? c >= 1 - EPSILON : actual >= t.target;
  if (!flow) return { target: t, actual, source, completion: c, elapsed: null, gap: null, status: done ? "done" : "undone" };
  const p = figure(pace(actual, t.target, period));
  const status: TargetStatus = done ? "done" : p !== null && p >= -EPSILON ? "ahead" : "behind";
  return { target: t, actual, source, completion: c, elapsed: e, gap: p, status };
}

/** Every profile target in the profile's order; under a county scope, the county's where decomposed. */
export function targetProgress(check: ReportCheck): TargetProgress[] {
  const figures = ledgerFigures(check.sheets);
  const reported = reportedActuals(check);
  return check.profile.targets.map((city) => {
    const ledger = figures[city.key];
    const v = ledger ?? reported.get(city.key) ?? null;
    const source: ActualSource | null = ledger !== undefined ? "ledger" : v === null ? null : "reported";
    // A county's workbook: its decomposed target, or none to measure against (PLAN-PROFILE.md, Scope).
    const t = targetInScope(check.profile, city);
    if (t === undefined) return { target: city, actual: v, source, completion: null, elapsed: null, gap: null, status: "noTarget" };
    return progress(t, v, source, check.period);
  });
}

/** 状态 in words; growth and ratio statuses carry the gap in percentage points. */
export function statusText(p: TargetProgress, w: Words): string {
  if ((p.status === "reached" || p.status === "below") && p.gap !== null) {
    // Percentage points always with one decimal (高0.7个百分点, 高1.0个百分点).
    const points = roundHalfAway(Math.abs(p.gap) * 100, 1);
    if (points === 0) return w("status.reached");
    return w(p.status === "reached" ? "status.reachedBy" : "status.belowBy", { points: Number.isFinite(points) ? points.toFixed(1) : points });
  }
  return w(`status.${p.status}`);
}

export function sourceText(p: TargetProgress, w: Words): string | null {
  return p.source === null ? null : w(`source.${p.source}`);
}
