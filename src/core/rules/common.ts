/** Checks several kinds share: duplicates, stated growth, the ledger count, the code's region, a missing plan. */

import { isCalcError } from "../calc/errors";
import { yoy } from "../calc/growth";
import { regionFinder } from "../calc/region";
import { normaliseUscc, usccRegion } from "../calc/uscc";
import type { LedgerRecord } from "../ledgers/types";
import type { Region } from "../profile/types";
import type { Finding } from "./types";
import { blankCell, cellFinding, columnOf, hasColumn, perRecord, type RuleCheck, type RuleContext, rowList, sheetFinding } from "./context";
import { LEDGER_COUNT_TARGETS, ledgerFigures } from "./ledger-figures";
import { num, pct, planMissing, str } from "./values";

/** The normalised 信用代码 of a record, whatever its validity (duplicates are duplicates either way). */
export function usccOf(rec: LedgerRecord): string | null {
  const s = str(rec, "uscc");
  return s === null ? null : normaliseUscc(s).code;
}

/** Groups records by a key; records without one are left out. */
export function groupBy(recs: readonly LedgerRecord[], key: (r: LedgerRecord) => string | null): Map<string, LedgerRecord[]> {
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of recs) {
    const k = key(r);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** One finding per record of every group of two or more, each naming the others' rows. */
export function duplicates(
  ctx: RuleContext,
  rule: string,
  column: string,
  key: (r: LedgerRecord) => string | null,
): Finding[] {
  // Nearly every key is unique: a group is made only for a key seen twice (not 100,000 arrays of one).
  const first = new Map<string, LedgerRecord>();
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of ctx.sheet.records) {
    const k = key(r);
    if (k === null) continue;
    const had = first.get(k);
    if (had === undefined) {
      first.set(k, r);
      continue;
    }
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [had, r]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    for (const r of group) {
      out.push(cellFinding(ctx, rule, r, column, { params: { rows: rowList(group.filter((o) => o !== r)) } }));
    }
  }
  return out;
}

export const dupUscc: RuleCheck = {
  id: "dup.uscc",
  check: (ctx) => duplicates(ctx, "dup.uscc", "uscc", usccOf),
};

/** 本年 over 上年, when both are numbers and the rate is defined (a base of 0 or below has none). */
export function computedGrowth(rec: LedgerRecord): number | null {
  const cur = num(rec, "revenue");
  const prev = num(rec, "revenuePrev");
  if (cur === null || prev === null) return null;
  const g = yoy(cur, prev);
  return isCalcError(g) ? null : g;
}

export const growthMismatch: RuleCheck = {
  id: "growth.mismatch",
  check(ctx) {
    const tolerance = ctx.profile.thresholds.rateTolerance;
    const out: Finding[] = [];
    for (const r of ctx.sheet.records) {
      const stated = num(r, "growth");
      const computed = computedGrowth(r);
      if (stated === null || computed === null || !(Math.abs(stated - computed) > tolerance + 1e-12)) continue;
      out.push(cellFinding(ctx, "growth.mismatch", r, "growth", { params: { stated: pct(stated), computed: pct(computed) } }));
    }
    return out;
  },
};

export const growthReview: RuleCheck = {
  id: "growth.review",
  check(ctx) {
    const { growthReviewHigh: high, growthReviewLow: low } = ctx.profile.thresholds;
    const column = columnOf(ctx.sheet, "growth") !== undefined ? "growth" : "revenue";
    const out: Finding[] = [];
    for (const r of ctx.sheet.records) {
      const g = computedGrowth(r);
      if (g === null || (g <= high && g >= low)) continue;
      out.push(
        cellFinding(ctx, "growth.review", r, column, {
          variant: g > high ? "high" : "low",
          params: { growth: pct(g), low: pct(low), high: pct(high) },
        }),
      );
    }
    return out;
  },
};

/**
 * The programme's number of records (over every sheet of the kind, reported on the first) against its target:
 * the key-enterprises list is exactly 百家, the libraries are 百家以上 / 百项以上.
 */
export const ledgerCount: RuleCheck = {
  id: "ledger.count",
  check(ctx) {
    const key = LEDGER_COUNT_TARGETS[ctx.sheet.kind];
    const target = ctx.profile.targets.find((t) => t.key === key);
    const first = ctx.sheets.find((s) => s.kind === ctx.sheet.kind);
    if (key === undefined || target === undefined || first !== ctx.sheet) return [];
    const count = ledgerFigures(ctx.sheets)[key] ?? 0;
    const max = target.op === "range" ? target.max ?? target.target : ctx.sheet.kind === "key-enterprises" ? target.target : Infinity;
    if (count >= target.target && count <= max) return [];
    return [
      sheetFinding(ctx, "ledger.count", {
        variant: count < target.target ? "fewer" : "more",
        value: count,
        params: { count, target: target.target, name: target.name },
      }),
    ];
  },
};

// A registration office above the counties: the city's own, the province's, the national administration's.
const NATIONAL = "100000";

/** Info: the 信用代码's registration region (positions 3–8) is another county than 所属县区. */
export const usccRegionDiffers: RuleCheck = {
  id: "uscc.region-differs",
  check(ctx) {
    if (columnOf(ctx.sheet, "uscc") === undefined || columnOf(ctx.sheet, "region") === undefined) return [];
    const { profile } = ctx;
    const finder = regionFinder(profile);
    // A few dozen distinct texts and codes for 100,000 rows: each is looked up once.
    const known = new Map<string, Region | null>();
    const find = (text: string): Region | null => {
      let hit = known.get(text);
      if (hit === undefined) known.set(text, (hit = finder(text)));
      return hit;
    };
    const cityPrefix = profile.cityCode.slice(0, 4);
    const out: Finding[] = [];
    for (const r of ctx.sheet.records) {
      const code = str(r, "uscc");
      const regionText = str(r, "region");
      // The reader leaves only valid codes; a fixture or another port may not.
      const digits = code === null ? null : usccRegion(code);
      if (digits === null || regionText === null) continue;
      const region = find(regionText);
      if (region === null) continue;
      if (digits === profile.cityCode || digits === profile.provinceCode || digits === NATIONAL) continue;
      const named = find(digits);
      if (named === region) continue;
      // An unknown code inside the city (130701 市辖区 and the like) is a city-level office: fine.
      if (named === null && digits.startsWith(cityPrefix)) continue;
      out.push(
        cellFinding(ctx, "uscc.region-differs", r, "uscc", {
          variant: named === null ? "outside" : "county",
          params: { digits, named: named?.name ?? "", region: region.name },
        }),
      );
    }
    return out;
  },
};

/** 一企一策: a missing plan is reported per record; a sheet without the column at all, once. */
export function planMissingCheck(id: string, column: string): RuleCheck {
  return {
    id,
    check(ctx) {
      if (!hasColumn(ctx.sheet, column)) {
        return ctx.sheet.records.length > 0 ? [sheetFinding(ctx, id, { variant: "column" })] : [];
      }
      return perRecord(ctx, (r) =>
        planMissing(r, column) && (r.values[column] != null || blankCell(ctx, r, column)) ? cellFinding(ctx, id, r, column) : null,
      );
    },
  };
}
