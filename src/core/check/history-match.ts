/**
 * Which record of the previous workbook each record of the current one is, for one ledger kind (HISTORY.md
 * "Matching records"): one pass over each workbook, keys as slots (key-slots.ts), the state of each slot in a
 * byte, and nothing made per record.
 */

import type { TargetSource } from "../calc/target";
import { kindSpec } from "../ledgers";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import type { ReadSheet } from "../read/result";
import { KeySlots } from "./key-slots";
import { foldName } from "./keys";

/** How a current record came out: paired by its key, or (an enterprise whose code changed) by its name; or not. */
export type Met = "key" | "name" | "none";

export interface MatchVisitor {
  /**
   * The first current record of its key. `prev` is the previous record it was paired with; when `how` is "none",
   * the record of its name that was already paired with another (HISTORY.md's 入统 count looks at it), or null.
   */
  met(sheet: ReadSheet, rec: LedgerRecord, prevSheet: ReadSheet | null, prev: LedgerRecord | null, how: Met): void;
  /** A previous record (the first of its key) that nothing now was paired with, in the previous workbook's order. */
  gone(sheet: ReadSheet, rec: LedgerRecord): void;
}

const PAIRED = 1;
/** A current record of this key has been met: later ones are repeats (a dup.* error already). */
const MET_NOW = 2;

/** Whether a kind's records are enterprises, matched by their code (or, when it changed, their name). */
export function enterpriseKind(kind: LedgerKind): boolean {
  return kindSpec(kind).sameRecord === "enterprise";
}

/**
 * Pairs the records of `kind`: a current record with the previous record of its key, else (an enterprise) with
 * the first of its folded name among those not yet paired when the first record needed it; a key that occurs
 * twice in one workbook counts by its first occurrence only.
 */
export function matchKind(kind: LedgerKind, current: readonly ReadSheet[], previous: readonly ReadSheet[], profile: TargetSource, visitor: MatchVisitor): void {
  const inKind = (sheets: readonly ReadSheet[]) => sheets.reduce((n, s) => (s.kind === kind ? n + s.records.length : n), 0);
  const records = inKind(current);
  const slots = new KeySlots(kind, profile, inKind(previous) + records);
  // The first previous record of each key: its slot is its index here (slots are numbered as first met).
  const prevSheets: ReadSheet[] = [];
  const prevRecords: LedgerRecord[] = [];
  for (const sheet of previous) {
    if (sheet.kind !== kind) continue;
    for (const rec of sheet.records) {
      if (slots.slotOf(rec) === prevRecords.length) {
        prevSheets.push(sheet);
        prevRecords.push(rec);
      }
    }
  }
  const inPrevious = prevRecords.length;
  const state = new Uint8Array(inPrevious + records);
  const enterprise = enterpriseKind(kind);
  let byName: Map<string, number> | null = null;
  for (const sheet of current) {
    if (sheet.kind !== kind) continue;
    for (const rec of sheet.records) {
      const slot = slots.slotOf(rec);
      if (slot < 0 || (state[slot] & MET_NOW) !== 0) continue;
      state[slot] |= MET_NOW;
      let prev = slot < inPrevious && (state[slot] & PAIRED) === 0 ? slot : -1;
      let how: Met = "key";
      if (prev < 0 && enterprise) {
        const name = rec.values.name;
        if (typeof name === "string") {
          // Built when first needed, from the records not paired by then.
          byName ??= namesOf(prevRecords, state);
          prev = byName.get(foldName(name)) ?? -1;
        }
        how = "name";
      }
      if (prev < 0) visitor.met(sheet, rec, null, null, "none");
      else if ((state[prev] & PAIRED) !== 0) visitor.met(sheet, rec, prevSheets[prev], prevRecords[prev], "none");
      else {
        state[prev] |= PAIRED;
        visitor.met(sheet, rec, prevSheets[prev], prevRecords[prev], how);
      }
    }
  }
  for (let i = 0; i < inPrevious; i++) if ((state[i] & PAIRED) === 0) visitor.gone(prevSheets[i], prevRecords[i]);
}

/** The previous records not yet paired, by folded 企业名称 (the first of each name). */
function namesOf(records: readonly LedgerRecord[], state: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    if ((state[i] & PAIRED) !== 0) continue;
    const name = records[i].values.name;
    if (typeof name !== "string" || name.trim() === "") continue;
    const folded = foldName(name);
    if (!out.has(folded)) out.set(folded, i);
  }
  return out;
}
