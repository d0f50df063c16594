/**
 * Value parsing shared by the custom functions and the ledger reader, so that a cell means the same thing
 * in a formula and in a check: full-width forms folded, numbers written as text accepted, yes/no variants.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const ANY_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII forms (Ｕ+FF01–FF5E: digits, letters, （）％，．…) and the ideographic space → half-width. */
export function foldWidth(s: string): string {
  // Most cells have nothing to fold: a test is far cheaper than a replace with a callback (bench: 100,000 rows).
  if (!ANY_FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Blank: null, undefined, or a string of nothing but spaces (a cell that looks empty is empty). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

// Thousands separators only in groups of three, so "1,2" (a list, or a decimal comma) is not read as 12.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number written as text: "1,234.5", "１２３", " 7 ", "-3", "5.5%" (→ 0.055), "1e3". U+2212 (−) counts
 * as a minus. Anything else → null.
 */
export function parseNumberText(s: string): number | null {
  let t = foldWidth(s).trim().replace(/\u2212/g, "-");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  if (!NUMBER_TEXT.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  // "23.4%" is 0.234 as typed, not the double 23.4 / 100 lands on (0.23399999999999999).
  return percent ? Number((n / 100).toPrecision(15)) : n;
}

const BOOL_TEXT: ReadonlyMap<string, boolean> = new Map([
  ["TRUE", true], ["FALSE", false],
  ["是", true], ["否", false],
  ["Y", true], ["N", false],
  ["YES", true], ["NO", false],
  ["√", true], ["×", false],
  ["✓", true], ["✗", false],
  ["✔", true], ["✘", false],
  ["1", true], ["0", false],
]);

// Upper-casing never shortens text: a longer one is no yes/no word (and upper-casing Chinese text is slow).
const BOOL_MAX = Math.max(...[...BOOL_TEXT.keys()].map((k) => k.length));

/** What the ledgers accept as yes/no: TRUE/FALSE, 是/否, Y/N and YES/NO (any case), √/×, 1/0. Else null. */
export function parseBool(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== "string") return null;
  const t = foldWidth(v).trim();
  // The words are their own upper case: one written as listed needs no upper-casing.
  return BOOL_TEXT.get(t) ?? (t.length <= BOOL_MAX ? (BOOL_TEXT.get(t.toUpperCase()) ?? null) : null);
}
