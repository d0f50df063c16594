/**
 * Header text as ledgers write it (`本年营业收入\n（万元）*`) reduced to what matching needs, and the unit in
 * its trailing bracket read: 元 / 万元 / 亿元 convert money to 万元, `(%)` marks percentages written as plain
 * numbers, any other unit (吨标准煤, 家) is only stripped.
 */

import { compact } from "../text";

export interface HeaderInfo {
  /** Texts to look up, best first: as written, without the trailing bracket, base·bracket. */
  candidates: string[];
  /** The text without its unit: the key of a two-row join. */
  text: string;
  /** Multiplier to 万元, when the bracket names a money unit. */
  factor?: number;
  percent: boolean;
  /** The bracket's content as written (folded), when there was one. */
  unit?: string;
}

/** Money units and their factor to 万元. */
export const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
  ["元", 0.0001],
  ["千元", 0.1],
  ["万元", 1],
  ["百万元", 100],
  ["亿元", 10000],
]);

const DOTS = /[•・‧∙⋅]/g;
const STARS = /^[*※]+|[*※]+$/g;
const TRAILING_BRACKET = /^(.+?)[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/;
const UNIT_PREFIX = /^(?:金额)?单位[:：]?/;
/** The closing brackets of TRAILING_BRACKET and WHOLE_BRACKET. */
const CLOSERS = new Set([")", "]", "】", "〕"]);

/**
 * Printable ASCII but capitals and `*`, the middle dot `·` and CJK ideographs: text made of these alone is its own
 * header key (nothing to fold, remove, unify or lower). Most cells of the first rows are data, keyed in the search.
 */
function keyAlready(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f && c !== 0x2a && !(c >= 0x41 && c <= 0x5a)) || c === 0xb7 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    return false;
  }
  return true;
}

/** Folded, spaces and line breaks removed, one kind of middle dot, required-marks dropped, lower case. */
export function headerKey(raw: string): string {
  if (keyAlready(raw)) return raw;
  return compact(raw).replace(DOTS, "·").replace(STARS, "").toLowerCase();
}

const YEAR_HEADER = /^(\d{4})年(?!\d)(.+)$/;
const YEAR_MARK = "年".charCodeAt(0);

/**
 * A header that begins with a year (`2022年计划投资`, `2021年营业收入`) read as 本年 / 上年 of the profile `year`
 * (LEDGERS.md, Years in headers); undefined for another year or none.
 */
export function yearAsWord(text: string, year: number | undefined): string | undefined {
  // Most headers (and the data cells searched as headers) have no 年 after four characters: no pattern for them.
  const m = year === undefined || text.charCodeAt(4) !== YEAR_MARK ? null : YEAR_HEADER.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y === year ? `本年${m[2]}` : y === (year as number) - 1 ? `上年${m[2]}` : undefined;
}

const LAST_YEAR_CHILD = new Set(["上年", "上年同期", "去年", "去年同期"]);
const THIS_YEAR_CHILD = new Set(["本年", "本期", "本年累计", "本期累计"]);

/** A child under a merged parent that names a year (上年同期, 本期, 2022年): 上年 or 本年, else undefined. */
function childYear(text: string, year: number | undefined): string | undefined {
  if (LAST_YEAR_CHILD.has(text)) return "上年";
  if (THIS_YEAR_CHILD.has(text)) return "本年";
  // Every cell pair of the first rows passes here, data mostly: a year text is built only for a text ending in 年.
  if (year === undefined || !text.endsWith("年")) return undefined;
  const y = text.slice(0, -1);
  return y === String(year) ? "本年" : y === String(year - 1) ? "上年" : undefined;
}

export function normaliseHeader(raw: string, year?: number): HeaderInfo {
  const info = normaliseOnly(raw);
  const word = yearAsWord(info.text, year);
  if (word !== undefined) info.candidates.push(word);
  return info;
}

/** Whether a text ends with a closing bracket (of a trailing unit, or a whole-bracket unit). */
function endsInBracket(s: string): boolean {
  return CLOSERS.has(s[s.length - 1]);
}

function normaliseOnly(raw: string): HeaderInfo {
  const full = headerKey(raw);
  // The pattern only for a text ending in a bracket: most texts read as headers are data.
  const m = endsInBracket(full) ? TRAILING_BRACKET.exec(full) : null;
  if (!m) {
    if (full.length > 1 && full.endsWith("%")) {
      const text = full.slice(0, -1).replace(STARS, "");
      return { candidates: [full, text], text, percent: true, unit: "%" };
    }
    return { candidates: [full], text: full, percent: false };
  }
  const text = m[1].replace(STARS, "");
  const unit = m[2].replace(UNIT_PREFIX, "");
  const info: HeaderInfo = { candidates: [full, text], text, percent: unit === "%", unit };
  const factor = MONEY_UNITS.get(unit);
  if (factor !== undefined) info.factor = factor;
  // 营业收入(本年) is the same as 营业收入 over 本年.
  else if (!info.percent && unit !== "") info.candidates.push(`${text}·${unit}`);
  return info;
}

/**
 * Parent over child in a two-row header: 营业收入 over 本年 → 营业收入·本年 (a child 上年同期 / 去年同期 / 本期 or a
 * year also reads as 上年 / 本年); the child's unit, else the parent's.
 */
export function joinHeaders(parent: HeaderInfo, child: HeaderInfo, year?: number): HeaderInfo {
  const text = `${parent.text}·${child.text}`;
  const info: HeaderInfo = { candidates: [text], text, percent: child.percent };
  const word = childYear(child.text, year);
  if (word !== undefined && word !== child.text) info.candidates.push(`${parent.text}·${word}`);
  const own = child.unit !== undefined;
  const from = own ? child : parent;
  if (from.factor !== undefined) info.factor = from.factor;
  if (!own) info.percent = parent.percent;
  if (from.unit !== undefined) info.unit = from.unit;
  return info;
}

/** The child read alone under a parent that only groups it (总投资 under 投资情况（万元）): the parent's unit fills in. */
export function childAlone(parent: HeaderInfo, child: HeaderInfo): HeaderInfo {
  if (child.unit !== undefined || parent.unit === undefined) return child;
  const info: HeaderInfo = { ...child, percent: parent.percent, unit: parent.unit };
  if (parent.factor !== undefined) info.factor = parent.factor;
  return info;
}

const WHOLE_BRACKET = /^[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/;

/**
 * A header cell that is only a unit (`万元`, `（%）`, `(家)`), as in a units row under the headers: the unit it
 * names, else undefined. Bare words other than money units and % are headers, not units. `key` is the text's
 * header key, when the caller has it already.
 */
export function unitOnly(raw: string, key = headerKey(raw)): Pick<HeaderInfo, "unit" | "factor" | "percent"> | undefined {
  // Every unit ends in 元, % or a bracket: the usual cell (data, or another header) is told at its last character.
  if (!endsInBracket(key) && !key.endsWith("元") && !key.endsWith("%")) return undefined;
  const inner = WHOLE_BRACKET.exec(key);
  const unit = (inner ? inner[1] : key).replace(UNIT_PREFIX, "");
  const factor = MONEY_UNITS.get(unit);
  if (factor !== undefined) return { unit, factor, percent: false };
  if (unit === "%") return { unit, percent: true };
  return inner && unit !== "" ? { unit, percent: false } : undefined;
}

/** A header with the unit written below it. */
export function withUnit(h: HeaderInfo, u: Pick<HeaderInfo, "unit" | "factor" | "percent">): HeaderInfo {
  const info: HeaderInfo = { candidates: h.candidates, text: h.text, percent: u.percent };
  if (u.factor !== undefined) info.factor = u.factor;
  if (u.unit !== undefined) info.unit = u.unit;
  return info;
}
