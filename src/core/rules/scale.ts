/**
 * Two computations that the check and the report tabs share, so they always agree: the revenue by which an
 * enterprise qualifies for 入统 (scale.should-include ↔ 入统分析 / 县区汇总) and the growth of a group of records
 * (县域特色产业集群营业收入增速 ↔ 五个百进展 and the clusters' figures).
 */

import { isCalcError } from "../calc/errors";
import { yoy } from "../calc/growth";
import { INCLUSION_STATUS } from "../ledgers/cultivation";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import { bool, num, str } from "./values";

/**
 * The revenue by which a record reaches the 规上 threshold while it is not included, else null: key enterprises
 * with 是否规上 = 否 by 本年营业收入; the library's 未入统 by 上年全年营业收入, else by 本年营业收入 as it stands.
 * Not annualised, deliberately (scale.below annualises): inclusion needs revenue actually reached, while 退统 is
 * judged on the year.
 */
export function qualifyingRevenue(kind: LedgerKind, rec: LedgerRecord, threshold: number): number | null {
  let revenue: number | null = null;
  if (kind === "key-enterprises" && bool(rec, "scale") === false) revenue = num(rec, "revenue");
  if (kind === "cultivation" && str(rec, "status") === INCLUSION_STATUS.not) {
    const lastYear = num(rec, "revenueLastYear");
    revenue = lastYear !== null && lastYear >= threshold ? lastYear : num(rec, "revenue");
  }
  return revenue !== null && revenue >= threshold ? revenue : null;
}

/** Σcurrent and Σprevious over the same records (同口径: those that have both), how many are left out, the growth. */
export interface SameBasis {
  current: number;
  previous: number;
  /** Records without one of the two values, left out of both sums. */
  leftOut: number;
  /** Σcurrent ÷ Σprevious − 1; null when no record has both or the base is not positive. */
  growth: number | null;
}

export function sameBasis(recs: readonly LedgerRecord[], current = "revenue", previous = "revenuePrev"): SameBasis {
  let cur = 0;
  let prev = 0;
  let both = 0;
  for (const r of recs) {
    const c = num(r, current);
    const p = num(r, previous);
    if (c === null || p === null) continue;
    cur += c;
    prev += p;
    both++;
  }
  const g = both === 0 ? null : yoy(cur, prev);
  return { current: cur, previous: prev, leftOut: recs.length - both, growth: g === null || isCalcError(g) ? null : g };
}

/** Σcurrent ÷ Σprevious − 1 over the records that have both values; null when none has or the base is not positive. */
export function groupGrowth(recs: readonly LedgerRecord[], current = "revenue", previous = "revenuePrev"): number | null {
  return sameBasis(recs, current, previous).growth;
}
