/**
 * One cell → its column's typed value (LEDGERS.md "Column types"), with what the reader has to say about it.
 * A reader is built once per column, so lookups (enum values, regions) are prepared once for 100,000 cells.
 */

import { foldWidth, parseBool } from "../calc/parse";
import { regionFinder } from "../calc/region";
import { isIndustrialDivision, parseIndustry, type IndustryCode } from "../calc/industry";
import { checkUscc, normaliseUscc } from "../calc/uscc";
import type { ColumnSpec, EnumValue, Typed } from "../ledgers/types";
import type { Profile } from "../profile/types";
import { AMBIGUOUS, readDate } from "./dates";
import { clean, readNumber } from "./numbers";
import { cellText, compact, isBlankCell, isoDate, oneLine } from "./text";
import { isCellError, type CellValue } from "./types";

/** What the reader says about a cell (the caller adds where and the value). */
export interface Note {
  rule: string;
  variant?: string;
  params?: Record<string, string | number>;
}

export interface ColumnContext {
  column: ColumnSpec;
  /** Header unit → 万元 (money columns only; 1 otherwise). */
  factor: number;
  /** A `(%)` header: plain numbers are percentages. */
  percent: boolean;
  profile: Profile;
}

/** Reads one non-blank cell; pushes notes (the array is reused between cells). */
type Parse = (v: CellValue, notes: Note[]) => Typed;

export interface CellReader {
  /** The typed value; `notes` receives the findings (cleared first). */
  read(v: CellValue | undefined, notes: Note[]): Typed;
}

// A dash or slash alone is how ledgers write "nothing here": blank for every type.
const DASH = /^[-‐-―−~/\\]+$/;
// A cell whose first visible character is not one of these (or its full-width form) cannot be all dashes.
const DASH_START = /^[\s\u200b-\u200d\u2060\ufeff]*[-‐-―−~/\\－～／＼]/;

/** A digit, a Latin letter or a Chinese character: visible, and no dash. */
function plainStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff);
}

/** Blank as far as a column is concerned: empty, or a lone dash or slash. */
export function isEmptyValue(v: CellValue | undefined): boolean {
  // Most text starts with a plain character: then it is neither blank nor all dashes, and needs no pattern.
  if (typeof v === "string" && plainStart(v.charCodeAt(0))) return false;
  return isBlankCell(v) || (typeof v === "string" && DASH_START.test(v) && DASH.test(compact(v)));
}

// ---- numbers ----

function numberParse(ctx: ColumnContext): Parse {
  const { column } = ctx;
  const money = column.type === "money";
  // 吨标准煤 and the like: a money-shaped column whose units are not money.
  const convert = money && column.keepUnit !== true;
  const rate = column.type === "rate";
  const int = column.type === "int";
  const monthColumn = int && column.max !== undefined && column.max <= 12;
  const allowsNegative = column.type === "number" || rate || (money && column.negatives === true);
  /** A number as read (`percent`: written with %; `factor`: its own unit's) → the column's value, or null and a note. */
  const value = (x: number, percent: boolean, factor: number | undefined, notes: Note[]): number | null => {
    let n = x;
    if (convert) n = clean(n * (factor ?? ctx.factor));
    // 1e305 亿元 has no 万元 a double can hold: a finding, never Infinity in a record (or a written cell).
    if (!Number.isFinite(n)) {
      notes.push({ rule: "number.invalid", variant: "overflow" });
      return null;
    }
    else if (ctx.percent && !percent && (rate || column.type === "number")) n = clean(n / 100);
    if (n < 0 && !allowsNegative) {
      notes.push({ rule: "number.negative" });
      return null;
    }
    if (int) {
      if (!Number.isInteger(n)) {
        notes.push({ rule: "number.invalid", variant: "integer" });
        return null;
      }
      if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
        notes.push({ rule: "number.invalid", variant: "range", params: { min: column.min ?? 0, max: column.max ?? "∞" } });
        return null;
      }
    }
    return n;
  };
  return (v, notes) => {
    // A number cell, the usual one: what readNumber would say of it, without its object for each of 100,000 cells.
    if (typeof v === "number" && Number.isFinite(v)) return value(v, false, undefined, notes);
    const read = readNumber(v);
    if (read === null) {
      if (monthColumn) return monthOf(v, notes);
      notes.push({ rule: "number.invalid" });
      return null;
    }
    if ((read.percent && (money || int)) || (read.unit !== undefined && !convert)) {
      notes.push({ rule: "number.invalid", variant: read.percent ? "percent" : "unit" });
      return null;
    }
    const n = value(read.n, read.percent, read.factor, notes);
    if (n === null) return null;
    if (read.unit !== undefined) notes.push({ rule: "number.text", variant: "unit", params: { unit: read.unit } });
    else if (read.text && !read.percent) notes.push({ rule: "number.text" });
    return n;
  };
}

const MONTH_WORD = /^(?:\d{4}年)?(?:1[-~至到])?(\d{1,2})月(?:份|末)?$/;

/** A month column (截止月份, int 1–12) also takes a date's month, or `10月` / `1-10月`. */
function monthOf(v: CellValue, notes: Note[]): Typed {
  const d = readDate(v);
  if (d !== null && d !== AMBIGUOUS) return d.m;
  const m = typeof v === "string" ? MONTH_WORD.exec(compact(v)) : null;
  const n = m ? Number(m[1]) : NaN;
  if (n >= 1 && n <= 12) return n;
  notes.push({ rule: "number.invalid" });
  return null;
}

// ---- text-like ----

/** The user's own words, on one line; not width-folded (rules compare through their own keys). */
function textOf(v: CellValue): string {
  return oneLine(v instanceof Date ? isoDate(v) : cellText(v));
}

const PLAN_NONE = new Set(["无", "没有", "暂无", "未制定", "N/A"]);
// textOf leaves single spaces between visible characters, so text this long has more visible characters than any
// "none" word: the plan itself, no need to compact and upper-case it (slow for Chinese with full-width punctuation).
const PLAN_TEXT_MIN = 2 * Math.max(...[...PLAN_NONE].map((w) => w.length));

/** 否, ×, N, 0 and 无 mean no plan (null); 是, √, TRUE mean a plan (true); other text is the plan itself. */
const planParse: Parse = (v) => {
  const b = parseBool(v);
  if (b !== null) return b ? true : null;
  const s = textOf(v);
  return s.length < PLAN_TEXT_MIN && PLAN_NONE.has(compact(s).toUpperCase()) ? null : s;
};

// ---- codes ----

const usccParse: Parse = (v, notes) => {
  if (typeof v !== "string" && typeof v !== "number") {
    notes.push({ rule: "uscc.format", variant: "length", params: { length: textOf(v).length } });
    return null;
  }
  const r = checkUscc(v);
  if (r.ok) {
    if (typeof v === "string" && normaliseUscc(v).changed) notes.push({ rule: "uscc.case", params: { code: r.code } });
    return r.code;
  }
  switch (r.reason) {
    case "checksum":
      notes.push({ rule: "uscc.checksum", params: { expected: r.expected, char: r.char } });
      break;
    case "length":
      notes.push({ rule: "uscc.format", variant: "length", params: { length: r.length } });
      break;
    case "number":
      notes.push({ rule: "uscc.format", variant: "number" });
      break;
    case "char":
      // The 18th character alone is wrong: say which check character the first 17 give.
      if (r.expected !== undefined) notes.push({ rule: "uscc.format", variant: "check-char", params: { char: r.char, position: r.position, expected: r.expected } });
      else notes.push({ rule: "uscc.format", variant: "char", params: { char: r.char, position: r.position } });
      break;
    default:
      notes.push({ rule: "uscc.format", variant: r.reason, params: { char: r.char, position: r.position } });
  }
  return null;
};

function regionParse(profile: Profile): Parse {
  const find = regionFinder(profile);
  // A column holds a few dozen different county texts over 100,000 rows: each is looked up once.
  const known = new Map<string | number, string | null>();
  return (v, notes) => {
    let name: string | null | undefined = null;
    if (typeof v === "number" || typeof v === "string") {
      name = known.get(v);
      if (name === undefined) known.set(v, (name = find(v)?.name ?? null));
    }
    if (name !== null) return name;
    notes.push({ rule: "region.unknown" });
    return null;
  };
}

function industryParse(): Parse {
  // A few dozen codes over 100,000 rows: each is parsed once, and every record holds the same code text.
  const known = new Map<string | number, IndustryCode | null>();
  return (v, notes) => industryOf(v, notes, known);
}

function industryOf(v: CellValue, notes: Note[], known: Map<string | number, IndustryCode | null>): Typed {
  let code: IndustryCode | null | undefined = null;
  if (typeof v === "number" || typeof v === "string") {
    code = known.get(v);
    if (code === undefined) known.set(v, (code = parseIndustry(v)));
  }
  if (!code) {
    notes.push({ rule: "industry.invalid" });
    return null;
  }
  if (!isIndustrialDivision(code.division)) {
    notes.push({
      rule: "industry.non-industrial",
      params: { division: code.division, section: code.section, sectionName: code.sectionName },
    });
  }
  return code.code;
}

// ---- enums ----

const DASHES = /[~‐-―−〜]/g;
const SEPARATORS = /[、,;/\s]+/;

function enumKey(s: string): string {
  return compact(s).replace(DASHES, "-").toLowerCase();
}

function enumValues(ctx: ColumnContext): EnumValue[] {
  const values = ctx.column.values;
  if (values === "industries") return ctx.profile.industries.map((i) => ({ value: i.name, synonyms: i.synonyms }));
  return values ?? [];
}

function enumParse(ctx: ColumnContext): Parse {
  const values = enumValues(ctx);
  const lookup = new Map<string, string>();
  for (const { value } of values) lookup.set(enumKey(value), value);
  for (const { value, synonyms } of values) for (const s of synonyms) if (!lookup.has(enumKey(s))) lookup.set(enumKey(s), value);
  const allowed = values.map((v) => v.value).join("、");
  const misplaced = ctx.column.misplaced;
  const elsewhere = new Set(misplaced?.values.map(enumKey));
  if (ctx.column.type === "enum") {
    // Few different texts over many rows: each is keyed once (dates, the only objects here, are not kept).
    const known = new Map<string | number | boolean, string | null>();
    return (v, notes) => {
      let hit = typeof v === "object" ? undefined : known.get(v);
      if (hit === undefined) {
        hit = lookup.get(enumKey(textOf(v))) ?? null;
        if (typeof v !== "object") known.set(v, hit);
      }
      if (hit !== null) return hit;
      if (misplaced && elsewhere.has(enumKey(textOf(v)))) notes.push({ rule: "enum.invalid", variant: misplaced.variant, params: { allowed } });
      else notes.push({ rule: "enum.invalid", params: { allowed } });
      return null;
    };
  }
  // The same few words over many rows: each is keyed once.
  const known = new Map<string, string | undefined>();
  return (v, notes) => {
    const parts = foldWidth(textOf(v)).split(SEPARATORS).filter((p) => p !== "");
    const found: string[] = [];
    const invalid: string[] = [];
    for (const p of parts) {
      let hit = known.get(p);
      if (hit === undefined && !known.has(p)) known.set(p, (hit = lookup.get(enumKey(p))));
      if (hit === undefined) invalid.push(p);
      else if (!found.includes(hit)) found.push(hit);
    }
    if (invalid.length > 0) notes.push({ rule: "enum.invalid", variant: "multi", params: { allowed, invalid: invalid.join("、") } });
    return found.length > 0 ? found : null;
  };
}

// ---- the rest ----

function dateParse(): Parse {
  // A ledger's dates are a few hundred days: each is read once, and the records share its (never changed) value.
  const known = new Map<string | number, ReturnType<typeof readDate>>();
  // Apart: a JS date's time would meet an Excel serial of the same number.
  const knownTimes = new Map<number, ReturnType<typeof readDate>>();
  return (v, notes) => {
    const cache = v instanceof Date ? knownTimes : typeof v === "string" || typeof v === "number" ? known : undefined;
    const key = v instanceof Date ? v.getTime() : (v as string | number);
    let d = cache?.get(key);
    if (d === undefined) {
      d = readDate(v);
      cache?.set(key, d);
    }
    return dateOf(d, notes);
  };
}

function dateOf(d: ReturnType<typeof readDate>, notes: Note[]): Typed {
  if (d === AMBIGUOUS) notes.push({ rule: "date.invalid", variant: "ambiguous" });
  else if (d === null) notes.push({ rule: "date.invalid" });
  else return d;
  return null;
}

const boolParse: Parse = (v, notes) => {
  const b = parseBool(v);
  if (b === null) notes.push({ rule: "bool.invalid" });
  return b;
};

const textParse: Parse = (v) => textOf(v);

function parserFor(ctx: ColumnContext): Parse {
  switch (ctx.column.type) {
    case "money":
    case "number":
    case "rate":
    case "int":
      return numberParse(ctx);
    case "plan":
      return planParse;
    case "uscc":
      return usccParse;
    case "region":
      return regionParse(ctx.profile);
    case "industry":
      return industryParse();
    case "enum":
    case "enumMulti":
      return enumParse(ctx);
    case "date":
      return dateParse();
    case "bool":
      return boolParse;
    default:
      return textParse;
  }
}

/**
 * The reader of a column. Excel errors are `cell.error` whatever the type; a blank (or dash) required cell is
 * `cell.required` (unless a rule of the kind speaks for blanks: `blankIsRule`); anything else goes to the type's parser, whose finding replaces `cell.required`.
 */
export function cellReader(ctx: ColumnContext): CellReader {
  const parse = parserFor(ctx);
  const required = ctx.column.required === true && ctx.column.blankIsRule === undefined;
  const column = ctx.column.header;
  return {
    read(v, notes) {
      if (notes.length > 0) notes.length = 0;
      if (isCellError(v)) {
        if (v.malformed) notes.push({ rule: "cell.malformed", variant: v.malformed, params: { raw: v.error, column } });
        else notes.push({ rule: "cell.error", params: { error: v.error, column } });
        return null;
      }
      if (isEmptyValue(v)) {
        if (required) notes.push({ rule: "cell.required", params: { column } });
        return null;
      }
      const typed = parse(v as CellValue, notes);
      for (const n of notes) n.params = n.params ? { ...n.params, column } : { column };
      return typed;
    },
  };
}
