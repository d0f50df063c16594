/**
 * Which records are the same record, in two files (MERGE.md) or two periods (HISTORY.md "Matching records"):
 * - enterprises (key-enterprises, cultivation, declining, three-batches): the normalised 信用代码; where it is
 *   blank or fails `uscc.format`, the folded 企业名称;
 * - projects and tech-reform: folded 项目名称 + folded 建设单位;
 * - clusters: folded 集群名称; targets: the profile's target key (else the folded 指标名称);
 * - energy: the enterprise key + 月份.
 * Each kind's declaration says which (`sameRecord`). A record without the columns its key needs has no key (null):
 * it matches nothing.
 */

import { foldWidth } from "../calc/parse";
import { targetFinder, type TargetSource } from "../calc/target";
import { usccCode } from "../calc/uscc";
import { kindSpec } from "../ledgers";
import type { DateValue, LedgerKind, LedgerRecord } from "../ledgers/types";
import { solid } from "../read/text";
import { isDateValue } from "../rules/record-values";

/** 18 characters of the code's alphabet, positions 3–8 digits: what passes `uscc.format` (the checksum aside). */
const WELL_FORMED = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * What folding leaves as it is: printable ASCII but capitals and the space, and CJK ideographs (U+4E00–9FFF),
 * which have no compatibility forms. Most names are made of nothing else; a loop, as keys are made for every
 * record of two workbooks.
 */
function alreadyFolded(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c <= 0x20 || c >= 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** Names compare without spaces, width or case differences (全角 Ａ公司 = A公司). */
export function foldName(s: string): string {
  return alreadyFolded(s) ? s : foldWidth(s.normalize("NFKC")).replace(/\s+/g, "").toLowerCase();
}

/** The text of a key column, trimmed (a number as written); null when blank. */
export function keyText(rec: LedgerRecord, key: string): string | null {
  const v = rec.values[key];
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return null;
  // The reader's text is mostly trimmed already: a look at each end spares trim() for every record.
  if (solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1))) return v;
  const s = v.trim();
  return s === "" ? null : s;
}

/** The normalised 信用代码 when it is well formed (a bad check character still names the enterprise), else null. */
export function usccKey(rec: LedgerRecord): string | null {
  const raw = keyText(rec, "uscc");
  if (raw === null) return null;
  const code = usccCode(raw);
  return WELL_FORMED.test(code) ? code : null;
}

/** An enterprise's folded name (企业名称, else 建设单位 where a ledger names it so): its key without a code. */
export function enterpriseName(rec: LedgerRecord): string | null {
  const name = keyText(rec, "name") ?? keyText(rec, "builder");
  return name === null ? null : foldName(name);
}

/** A name column folded (项目名称, 建设单位, 集群名称); null when blank. */
export function foldedText(rec: LedgerRecord, key: string): string | null {
  const text = keyText(rec, key);
  return text === null ? null : foldName(text);
}

/** An energy row's 月份; null when it is not a date. */
export function keyMonth(rec: LedgerRecord): DateValue | null {
  const month = rec.values.month;
  return isDateValue(month) ? month : null;
}

/** An enterprise: `c:` its code, or `n:` its folded name. */
function enterpriseKey(rec: LedgerRecord): string | null {
  const code = usccKey(rec);
  if (code !== null) return `c:${code}`;
  const name = enterpriseName(rec);
  return name === null ? null : `n:${name}`;
}

function projectKey(rec: LedgerRecord): string | null {
  const project = foldedText(rec, "project");
  const builder = foldedText(rec, "builder");
  return project === null || builder === null ? null : `p:${project}\u0000${builder}`;
}

function clusterKey(rec: LedgerRecord): string | null {
  const name = foldedText(rec, "cluster");
  return name === null ? null : `g:${name}`;
}

function energyKey(rec: LedgerRecord): string | null {
  const who = enterpriseKey(rec);
  const month = keyMonth(rec);
  return who === null || month === null ? null : `${who}\u0000${month.y}-${String(month.m).padStart(2, "0")}`;
}

/** A target by the profile's key (an alias names the same indicator), else by its folded 指标名称. */
export function targetKey(profile: TargetSource): (rec: LedgerRecord) => string | null {
  const find = targetFinder(profile);
  return (rec) => {
    const name = keyText(rec, "indicator");
    if (name === null) return null;
    const target = find(name);
    return target ? `t:${target.key}` : `t:${foldName(name)}`;
  };
}

/** The key function of a kind, as its declaration says (`sameRecord`). Targets need the profile. */
export function recordMatcher(kind: LedgerKind, profile: TargetSource): (rec: LedgerRecord) => string | null {
  switch (kindSpec(kind).sameRecord) {
    case "enterprise":
      return enterpriseKey;
    case "enterprise-month":
      return energyKey;
    case "project":
      return projectKey;
    case "cluster":
      return clusterKey;
    case "target":
      return targetKey(profile);
  }
}
