/**
 * 统一社会信用代码 (GB 32100-2015): 登记管理部门码 (1) · 机构类别码 (1) · 登记管理机关行政区划码 (6 digits) ·
 * 主体标识码 (9) · 校验码 (1).
 */

import { foldWidth } from "./parse";

/** The 31 characters of the code, valued 0–30 in this order (no I O S V Z). */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** Weights of positions 1–17: 3^(i−1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export interface NormalisedUscc {
  code: string;
  /** Anything below changed the text. */
  changed: boolean;
  lowerCase: boolean;
  spaces: boolean;
  fullWidth: boolean;
}

/** 18 characters of the alphabet, positions 3–8 digits. */
const WELL_FORMED = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Digits and capital Latin letters only: the usual code, which normalising leaves as it is. */
function alreadyNormal(raw: string): boolean {
  // A loop rather than a pattern: it runs for every record in several rules (bench: 100,000 records).
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a))) return false;
  }
  return true;
}

/** normaliseUscc(raw).code, without building the description for the usual code, already normal. */
export function usccCode(raw: string): string {
  return alreadyNormal(raw) ? raw : normaliseUscc(raw).code;
}

/** Upper-case, full-width folded, every space removed; says which of these changed the text. */
export function normaliseUscc(raw: string): NormalisedUscc {
  if (alreadyNormal(raw)) return { code: raw, changed: false, lowerCase: false, spaces: false, fullWidth: false };
  const folded = foldWidth(raw);
  const unspaced = folded.replace(/\s+/g, "");
  const code = unspaced.toUpperCase();
  const fullWidth = folded !== raw;
  const spaces = unspaced !== folded;
  const lowerCase = code !== unspaced;
  return { code, changed: fullWidth || spaces || lowerCase, lowerCase, spaces, fullWidth };
}

/** Character code → value in the alphabet, −1 for any other ASCII character. */
const VALUE_OF = Int8Array.from({ length: 128 }, (_, c) => USCC_ALPHABET.indexOf(String.fromCharCode(c)));

/** The check character for the first 17 characters; null when they are not 17 characters of the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    const v = c < 128 ? VALUE_OF[c] : -1;
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export type UsccCheck =
  | { ok: true; code: string }
  /** An all-digit code stored as a number beyond 2^53: its last digits are already lost. */
  | { ok: false; code: string; reason: "number" }
  | { ok: false; code: string; reason: "length"; length: number }
  /** position is 1-based; `expected` when the 18th character alone is illegal: the check character it should be. */
  | { ok: false; code: string; reason: "char"; char: string; position: number; expected?: string }
  | { ok: false; code: string; reason: "region-digits"; char: string; position: number }
  | { ok: false; code: string; reason: "checksum"; char: string; expected: string };

/**
 * Checks a code after normalising it (normaliseUscc), in this order, reporting the first failure: length 18,
 * every character in the alphabet, positions 3–8 digits, the check character. `code` is the normalised code.
 * A number (Excel and ExcelJS hand over an all-digit code typed into a General cell as one) is read as its
 * digits while it is exact; past 2^53 its digits are gone and the reason is "number".
 */
export function checkUscc(raw: string | number): UsccCheck {
  if (typeof raw === "number" && Number.isInteger(raw) && !Number.isSafeInteger(raw)) return { ok: false, code: String(raw), reason: "number" };
  const code = usccCode(String(raw));
  // Nearly every code is well formed: only a faulty one is searched character by character for its first fault.
  if (!WELL_FORMED.test(code)) {
    const chars = [...code]; // by code point, so that a stray emoji is named whole
    if (chars.length !== 18) return { ok: false, code, reason: "length", length: chars.length };
    for (let i = 0; i < 18; i++) {
      if (USCC_ALPHABET.indexOf(chars[i]) >= 0) continue;
      const expected = i === 17 ? usccCheckChar(code.slice(0, 17)) : null;
      return expected === null
        ? { ok: false, code, reason: "char", char: chars[i], position: i + 1 }
        : { ok: false, code, reason: "char", char: chars[i], position: i + 1, expected };
    }
    for (let i = 2; i < 8; i++) {
      const c = code[i];
      if (c < "0" || c > "9") return { ok: false, code, reason: "region-digits", char: c, position: i + 1 };
    }
  }
  const expected = usccCheckChar(code.slice(0, 17)) as string;
  if (code[17] !== expected) return { ok: false, code, reason: "checksum", char: code[17], expected };
  return { ok: true, code };
}

/**
 * 登记管理机关行政区划码 as a number: positions 3–8 of a normalised code when they are 6 digits, else −1. No new
 * string is made: a rule looks it up for each of 100,000 records.
 */
export function usccRegionNumber(code: string): number {
  if (code.length < 8) return -1;
  let n = 0;
  for (let i = 2; i < 8; i++) {
    const d = code.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 登记管理机关行政区划码: positions 3–8 of the normalised code when they are 6 digits, else null. */
export function usccRegion(raw: string): string | null {
  const code = usccCode(raw);
  return usccRegionNumber(code) < 0 ? null : code.slice(2, 8);
}
