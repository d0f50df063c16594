/**
 * Which records are the same record, in two files (MERGE.md) or two periods (HISTORY.md "Matching records"):
 * - enterprises (key-enterprises, cultivation, declining, three-batches): the normalised 信用代码; where it is
 *   blank or fails `uscc.format`, the folded 企业名称;
 * - projects and tech-reform: folded 项目名称 + folded 建设单位;
 * - clusters: folded 集群名称; targets: the profile's target key (else the folded 指标名称);
 * - energy: the enterprise key + 月份.
 * A record without the columns its key needs has no key (null): it matches nothing.
 */

import { foldWidth } from "../calc/parse";
import { targetFinder, type TargetSource } from "../calc/target";
import { usccCode } from "../calc/uscc";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
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

/** An enterprise: `c:` its code, or `n:` its folded name (or 建设单位 where a ledger names it so). */
export function enterpriseKey(rec: LedgerRecord): string | null {
  const code = usccKey(rec);
  if (code !== null) return `c:${code}`;
  const name = keyText(rec, "name") ?? keyText(rec, "builder");
  return name === null ? null : `n:${foldName(name)}`;
}

export function projectKey(rec: LedgerRecord): string | null {
  const project = keyText(rec, "project");
  const builder = keyText(rec, "builder");
  return project === null || builder === null ? null : `p:${foldName(project)}\u0000${foldName(builder)}`;
}

export function clusterKey(rec: LedgerRecord): string | null {
  const name = keyText(rec, "cluster");
  return name === null ? null : `g:${foldName(name)}`;
}

export function energyKey(rec: LedgerRecord): string | null {
  const who = enterpriseKey(rec);
  const month = rec.values.month;
  if (who === null || !isDateValue(month)) return null;
  return `${who}\u0000${month.y}-${String(month.m).padStart(2, "0")}`;
}

/** The key function of a kind. Targets need the profile (an alias names the same indicator). */
export function recordMatcher(kind: LedgerKind, profile: TargetSource): (rec: LedgerRecord) => string | null {
  switch (kind) {
    case "key-enterprises":
    case "cultivation":
    case "declining":
    case "three-batches":
      return enterpriseKey;
    case "projects":
    case "tech-reform":
      return projectKey;
    case "clusters":
      return clusterKey;
    case "energy":
      return energyKey;
    case "targets": {
      const find = targetFinder(profile);
      return (rec) => {
        const name = keyText(rec, "indicator");
        if (name === null) return null;
        const target = find(name);
        return target ? `t:${target.key}` : `t:${foldName(name)}`;
      };
    }
  }
}
