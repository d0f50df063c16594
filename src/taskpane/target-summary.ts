/** The 目标 section's summary line and order: what lags comes first, where a statistician looks first. */
import type { TargetProgress, TargetStatus } from "../core";

export interface TargetSummary {
  /** Counts reached in full (完成) or a rate at its target (达标). */
  done: number;
  ahead: number;
  /** Behind the elapsed share of the year, or a rate below its target. */
  behind: number;
  missing: number;
}

const GROUP: Record<TargetStatus, keyof TargetSummary | null> = {
  done: "done",
  // A stock (a count at its date, no elapsed share) short of its target: what is left to do, so it lags.
  undone: "behind",
  reached: "done",
  ahead: "ahead",
  behind: "behind",
  below: "behind",
  missing: "missing",
  // A county's indicator without a decomposed figure: nothing to be behind or ahead of, so not counted.
  noTarget: null,
};

export function summariseTargets(progress: readonly TargetProgress[]): TargetSummary {
  const out: TargetSummary = { done: 0, ahead: 0, behind: 0, missing: 0 };
  for (const p of progress) {
    const group = GROUP[p.status];
    if (group) out[group]++;
  }
  return out;
}

const ORDER: Record<keyof TargetSummary, number> = { behind: 0, missing: 1, ahead: 2, done: 3 };
const rank = (s: TargetStatus): number => {
  const group = GROUP[s];
  return group ? ORDER[group] : 4;
};

/** Lagging first, then not reported, ahead, done; the plan's order within each (a stable sort). */
export function laggingFirst(progress: readonly TargetProgress[]): TargetProgress[] {
  return [...progress].sort((a, b) => rank(a.status) - rank(b.status));
}
