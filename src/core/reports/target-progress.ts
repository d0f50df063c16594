/**
 * Progress of one profile target (REPORTS.md, 目标完成情况): the actual from the ledgers where they give it
 * (台账计算, the same `ledgerFigures` the check's target.ledger-differs uses), else from the targets sheet (填报);
 * 完成率, 序时进度 and 进度差 for counts and amounts, the gap for growth rates and ratios.
 */

import { completion, gap } from "../calc/growth";
import { elapsed, pace } from "../calc/pace";
import { roundHalfAway } from "../calc/round";
import { targetFinder } from "../calc/target";
import type { Target } from "../profile/types";
import { ledgerFigures } from "../rules/ledger-figures";
import { targetRowValue } from "../rules/targets";
import { str } from "../rules/values";
import type { ReportCheck } from "./check";
import { figure, isRateTarget } from "./target-cells";
import type { Words } from "./context";

export type ActualSource = "reported" | "ledger";
export type TargetStatus = "done" | "ahead" | "behind" | "missing" | "reached" | "below";

export interface TargetProgress {
  target: Target;
  actual: number | null;
  source: ActualSource | null;
  /** Counts and amounts only: actual ÷ target (a range: its lower bound). */
  completion: number | null;
  /** Counts and amounts only: m / 12. */
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
      const v = targetRowValue(r, "actual", t);
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
  const e = figure(elapsed(period));
  if (actual === null) return { target: t, actual, source, completion: null, elapsed: e, gap: null, status: "missing" };
  const c = figure(completion(actual, t.target));
  const p = figure(pace(actual, t.target, period));
  const done = c !== null ? c >= 1 - EPSILON : actual >= t.target;
  const status: TargetStatus = done ? "done" : p !== null && p >= -EPSILON ? "ahead" : "behind";
  return { target: t, actual, source, completion: c, elapsed: e, gap: p, status };
}

/** Every profile target in the profile's order. */
export function targetProgress(check: ReportCheck): TargetProgress[] {
  const figures = ledgerFigures(check.sheets);
  const reported = reportedActuals(check);
  return check.profile.targets.map((t) => {
    if (figures[t.key] !== undefined) return progress(t, figures[t.key], "ledger", check.period);
    const v = reported.get(t.key);
    return progress(t, v ?? null, v === undefined ? null : "reported", check.period);
  });
}

/** 状态 in words; growth and ratio statuses carry the gap in percentage points. */
export function statusText(p: TargetProgress, w: Words): string {
  if ((p.status === "reached" || p.status === "below") && p.gap !== null) {
    const points = roundHalfAway(Math.abs(p.gap) * 100, 2);
    if (points === 0) return w("status.reached");
    return w(p.status === "reached" ? "status.reachedBy" : "status.belowBy", { points });
  }
  return w(`status.${p.status}`);
}

export function sourceText(p: TargetProgress, w: Words): string | null {
  return p.source === null ? null : w(`source.${p.source}`);
}
