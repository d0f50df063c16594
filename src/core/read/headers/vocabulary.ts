/**
 * What the ledger kinds (and the user's mappings for a sheet) can name, asked the way the header search needs it:
 * can this reading of a cell name any column at all? Most cells of a sheet's first rows are data; the search
 * passes over them instead of building each as a header for every candidate layout. Keeping a cell that names
 * nothing costs only time (it scores nothing); passing over one that names something would change the result,
 * so every "no" here must be certain.
 */

import type { KindSpec } from "../../ledgers/types";
import type { Vocabulary } from "./header-rows";
import { headerKey, type HeaderInfo } from "./header-text";
import { kindMatcher, testPattern } from "./match";

const JOIN = "·";
/** Characters whose key inside a joined header may differ from their key alone. */
const UNSURE_IN_JOIN = /[*※Σ]/;

/**
 * Whether a pattern may match a text holding the joining dot `·` (every reading of a two-row header does): no only
 * when its source plainly cannot (no `·`, no `.`, no negated class, no escape but \d, \s and punctuation, no class
 * range over U+00B7, no case folding). In doubt, yes.
 */
export function mayMatchJoin(re: RegExp): boolean {
  if (re.flags.includes("i")) return true;
  const s = re.source;
  if (s.includes(JOIN) || s.includes("[^")) return true;
  let inClass = false;
  let prev = -1; // the code of the class's last literal character, for a range after it
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\\") {
      if (!/^[ds!-/:-@[-`{-~]$/.test(s[i + 1] ?? "")) return true;
      prev = /^[ds]$/.test(s[i + 1]) ? -1 : s.charCodeAt(i + 1);
      i++;
    } else if (!inClass) {
      if (ch === ".") return true;
      if (ch === "[") {
        inClass = true;
        prev = -1;
      }
    } else if (ch === "]") {
      inClass = false;
    } else if (ch === "-" && prev >= 0 && i + 1 < s.length && s[i + 1] !== "]") {
      if (s[i + 1] === "\\") return true;
      if (prev <= 0xb7 && s.charCodeAt(i + 1) >= 0xb7) return true;
      prev = -1;
      i++;
    } else {
      prev = s.charCodeAt(i);
    }
  }
  return false;
}

export class KindVocabulary implements Vocabulary {
  /** What precedes a `·` in a key: the only parents a joined header found by its key can have. */
  private readonly parents = new Set<string>();
  /** Some pattern may match a joined header (then any parent may join). */
  private readonly patternsJoin: boolean;

  constructor(
    private readonly keys: ReadonlySet<string>,
    private readonly patterns: readonly RegExp[],
  ) {
    for (const key of keys) for (let i = key.indexOf(JOIN); i >= 0; i = key.indexOf(JOIN, i + 1)) this.parents.add(key.slice(0, i));
    this.patternsJoin = patterns.some(mayMatchJoin);
  }

  /** Whether any of these lookup texts is a key or matches a pattern (what match.ts tries, for any kind). */
  names(lookups: readonly string[]): boolean {
    for (const s of lookups) {
      if (this.keys.has(s)) return true;
      for (const re of this.patterns) if (testPattern(re, s)) return true;
    }
    return false;
  }

  /**
   * Whether `text` over some child may name a column as parent·child. The joined readings are `info.text·…` and
   * the key of `text·child`, which begins with the text's own key and `·` (folding, spaces and case are letter by
   * letter) unless the text holds a required mark (dropped at the end of a key, kept inside) or a Σ (lowered by
   * what follows it). A key holding either must have it before a `·`; a pattern may match anything.
   */
  mayJoin(text: string, info: HeaderInfo): boolean {
    return this.patternsJoin || this.parents.has(info.text) || UNSURE_IN_JOIN.test(text) || this.parents.has(info.candidates[0]);
  }

  /** With the user's mappings of one sheet (column key → header) as further keys. */
  withMapping(mapping: Readonly<Record<string, string>>): KindVocabulary {
    const keys = new Set(this.keys);
    for (const text of Object.values(mapping)) if (typeof text === "string" && headerKey(text) !== "") keys.add(headerKey(text));
    return new KindVocabulary(keys, this.patterns);
  }
}

/** Every header, alias and pattern of these kinds, as their matchers look them up. */
export function kindsVocabulary(kinds: readonly KindSpec[]): KindVocabulary {
  const keys = new Set<string>();
  const patterns: RegExp[] = [];
  for (const spec of kinds) {
    const m = kindMatcher(spec);
    for (const key of m.byText.keys()) keys.add(key);
    for (const p of m.patterns) patterns.push(p.re);
  }
  return new KindVocabulary(keys, patterns);
}
