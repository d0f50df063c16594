/**
 * The keys of keys.ts as numbers (HISTORY.md "Cost": matching by hash maps), for comparing two workbooks: each
 * distinct key of one ledger kind gets a slot, numbered in the order first met, so that two records share a slot
 * exactly when recordMatcher gives them the same key. No key string is built per record: a code or a folded name
 * is mostly the cell's own text, and a key of two parts (a project's name and builder, an energy row's enterprise
 * and month) is a pair of numbers.
 */

import type { TargetSource } from "../calc/target";
import type { DateValue, LedgerKind, LedgerRecord } from "../ledgers/types";
import { isDateValue } from "../rules/record-values";
import { foldName, keyText, recordMatcher, usccKey } from "./keys";
import { PairTable } from "./pair-table";

type Mode = "enterprise" | "project" | "energy" | "cluster" | "other";

function modeOf(kind: LedgerKind): Mode {
  switch (kind) {
    case "key-enterprises":
    case "cultivation":
    case "declining":
    case "three-batches":
      return "enterprise";
    case "projects":
    case "tech-reform":
      return "project";
    case "energy":
      return "energy";
    case "clusters":
      return "cluster";
    default:
      return "other";
  }
}

export class KeySlots {
  private readonly mode: Mode;
  /** Codes and folded names (`c:` and `n:` keys apart): their slot, or for a key of two parts their number. */
  private readonly codes = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private readonly pairs: PairTable;
  /** Months that are not a plain year and month (never in a file read): by their text in the key. */
  private readonly oddMonths = new Map<string, number>();
  /** Kinds with few records (targets): the key string itself. */
  private readonly plain: ((rec: LedgerRecord) => string | null) | null;
  private ids = 0;
  /** Slots given out: the next new key's slot. */
  size = 0;

  /** `records`: how many records will ask for a slot, at most (the pair table is made that large at once). */
  constructor(kind: LedgerKind, profile: TargetSource, records: number) {
    this.mode = modeOf(kind);
    this.pairs = new PairTable(this.mode === "project" || this.mode === "energy" ? records : 0);
    this.plain = this.mode === "other" ? recordMatcher(kind, profile) : null;
  }

  /** The record's slot (a new one for a key not met before); −1 when it has no key. */
  slotOf(rec: LedgerRecord): number {
    switch (this.mode) {
      case "enterprise": {
        const code = usccKey(rec);
        if (code !== null) return this.single(this.codes, code);
        const name = keyText(rec, "name") ?? keyText(rec, "builder");
        return name === null ? -1 : this.single(this.names, foldName(name));
      }
      case "cluster": {
        const name = keyText(rec, "cluster");
        return name === null ? -1 : this.single(this.names, foldName(name));
      }
      case "project": {
        const project = keyText(rec, "project");
        const builder = keyText(rec, "builder");
        if (project === null || builder === null) return -1;
        return this.pair(this.id(this.names, foldName(project)), this.id(this.names, foldName(builder)));
      }
      case "energy": {
        const month = rec.values.month;
        if (!isDateValue(month)) return -1;
        const code = usccKey(rec);
        let who: number;
        if (code !== null) who = this.id(this.codes, code);
        else {
          const name = keyText(rec, "name") ?? keyText(rec, "builder");
          if (name === null) return -1;
          who = this.id(this.names, foldName(name));
        }
        return this.pair(who, this.monthCode(month));
      }
      case "other": {
        const key = (this.plain as (rec: LedgerRecord) => string | null)(rec);
        return key === null ? -1 : this.single(this.names, key);
      }
    }
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
