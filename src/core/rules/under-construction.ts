import { STAGES } from "../ledgers/projects";
import type { LedgerRecord } from "../ledgers/types";
import { afterPeriodEnd, date, str } from "./record-values";

const BUILDING: ReadonlySet<string> = new Set([STAGES.newStart, STAGES.ongoing, STAGES.done]);

/**
 * A project under construction (LEDGERS.md): stage 新开工, 续建 or 竣工投产 and its 开工时间, if given, not after
 * the end of month `period` of `year`; a 竣工投产 project finished before `year` (竣工投产时间 in an earlier year)
 * was not built this year. Fixed-asset-investment statistics count only these, so the 入统 checks and the 项目入统
 * report look at them alone.
 */
export function isUnderConstruction(rec: LedgerRecord, year: number, period: number): boolean {
  const stage = str(rec, "stage");
  if (stage === null || !BUILDING.has(stage)) return false;
  const start = date(rec, "startDate");
  if (start !== null && afterPeriodEnd(start, year, period)) return false;
  const done = date(rec, "completionDate");
  return !(stage === STAGES.done && done !== null && done.y < year);
}
