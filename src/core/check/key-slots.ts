/**
 * The keys of keys.ts as numbers (HISTORY.md "Cost": matching by hash maps), for comparing two workbooks: each
 * distinct key of one ledger kind gets a slot, numbered in the order first met, so that two records share a slot
 * exactly when recordMatcher gives them the same key. No key string is built per record: a code or a folded name
 * is mostly the cell's own text, and a key of two parts (a project's name and builder, an energy row's enterprise
 * and month) is a pair of numbers.
 */

import type { TargetSource } from "../calc/target";
import { kindSpec } from "../ledgers";
import type { DateValue, KindSpec, LedgerKind, LedgerRecord } from "../ledgers/types";
import { enterpriseName, foldedText, keyMonth, targetKey, usccKey } from "./keys";
import { PairTable } from "./pair-table";

export class KeySlots {
  private readonly mode: KindSpec["sameRecord"];
  /** Codes and folded names (`c:` and `n:` keys apart): their slot, or for a key of two parts their number. */
  private readonly codes = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private readonly pairs: PairTable;
  /** Months that are not a plain year and month (never in a file read): by their text in the key. */
  private readonly oddMonths = new Map<string, number>();
  /** Targets (few records): the key string itself. */
  private readonly target: ((rec: LedgerRecord) => string | null) | null;
  private ids = 0;
  /** Slots given out: the next new key's slot. */
  size = 0;

  /** `records`: how many records will ask for a slot, at most (the pair table is made that large at once). */
  constructor(kind: LedgerKind, profile: TargetSource, records: number) {
    this.mode = kindSpec(kind).sameRecord;
    this.pairs = new PairTable(this.mode === "project" || this.mode === "enterprise-month" ? records : 0);
    this.target = this.mode === "target" ? targetKey(profile) : null;
  }

  /** The record's slot (a new one for a key not met before); −1 when it has no key. */
  slotOf(rec: LedgerRecord): number {
    switch (this.mode) {
      case "enterprise": {
        const code = usccKey(rec);
        if (code !== null) return this.single(this.codes, code);
        const name = enterpriseName(rec);
        return name === null ? -1 : this.single(this.names, name);
      }
      case "cluster": {
        const name = foldedText(rec, "cluster");
        return name === null ? -1 : this.single(this.names, name);
      }
      case "project": {
        const project = foldedText(rec, "project");
        const builder = foldedText(rec, "builder");
        return project === null || builder === null ? -1 : this.pair(this.id(this.names, project), this.id(this.names, builder));
      }
      case "enterprise-month": {
        const month = keyMonth(rec);
        if (month === null) return -1;
        const who = this.enterpriseId(rec);
        return who < 0 ? -1 : this.pair(who, this.monthCode(month));
      }
      case "target": {
        const key = (this.target as (rec: LedgerRecord) => string | null)(rec);
        return key === null ? -1 : this.single(this.names, key);
      }
    }
  }

  /** An enterprise's number (its code's, else its folded name's); −1 without either. */
  private enterpriseId(rec: LedgerRecord): number {
    const code = usccKey(rec);
    if (code !== null) return this.id(this.codes, code);
    const name = enterpriseName(rec);
    return name === null ? -1 : this.id(this.names, name);
  }

  private single(map: Map<string, number>, key: string): number {
    const slot = map.get(key);
    if (slot !== undefined) return slot;
    map.set(key, this.size);
    return this.size++;
  }

  private id(map: Map<string, number>, key: string): number {
    const id = map.get(key);
    if (id !== undefined) return id;
    map.set(key, this.ids);
    return this.ids++;
  }

  private pair(a: number, b: number): number {
    const slot = this.pairs.getOrAdd(a, b, this.size);
    if (slot === this.size) this.size++;
    return slot;
  }

  /**
   * The month as keys.ts writes it (`2022-03`) in one number: year × 100 + month for a whole year and a month of
   * 1–99, which no other year and month write alike; anything else by its text, below zero.
   */
  private monthCode(d: DateValue): number {
    if (Number.isInteger(d.y) && d.y >= 0 && d.y < 1e6 && Number.isInteger(d.m) && d.m >= 1 && d.m <= 99) return d.y * 100 + d.m;
    const text = `${d.y}-${String(d.m).padStart(2, "0")}`;
    let n = this.oddMonths.get(text);
    if (n === undefined) this.oddMonths.set(text, (n = -1 - this.oddMonths.size));
    return n;
  }
}
