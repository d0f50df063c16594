/** Numbers as ledgers write them: real numbers, numbers stored as text, `5.5%`, `1200万元`, `1.2亿元`. */

import { parseNumberText } from "../calc/parse";
import { MONEY_UNITS } from "./headers/header-text";
import { compact } from "./text";

export interface NumberRead {
  n: number;
  /** Written as text (a number stored as text, or with a unit or `%`). */
  text: boolean;
  /** Written with `%` (already divided by 100). */
  percent: boolean;
  /** A money unit written in the cell (万元 implied by 万), and its factor to 万元. */
  unit?: string;
  factor?: number;
}

const CELL_UNIT = /(亿元|百万元|千元|万元|元|亿|万)$/;
const SHORT_UNITS: Readonly<Record<string, string>> = { 亿: "亿元", 万: "万元" };
const CURRENCY = /^[¥￥]/;

/** Float noise from a unit conversion (1200 × 0.0001) cut to 15 significant digits. */
export function clean(x: number): number {
  // A figure in whole cents (most money) is already the double nearest a decimal of at most 15 digits, which the
  // string round trip below would give back unchanged: skip it (bench: 230,000 money cells).
  const cents = Math.round(x * 100);
  if (x !== 0 && Math.abs(cents) < 1e15 && cents / 100 === x) return x;
  return Number(x.toPrecision(15));
}

export function readNumber(v: unknown): NumberRead | null {
  if (typeof v === "number") return Number.isFinite(v) ? { n: v, text: false, percent: false } : null;
  if (typeof v !== "string") return null;
  const s = compact(v).replace(CURRENCY, "");
  if (s.endsWith("%")) {
    const n = parseNumberText(s);
    return n === null ? null : { n, text: true, percent: true };
  }
  const m = CELL_UNIT.exec(s);
  if (m && m.index > 0) {
    const n = parseNumberText(s.slice(0, m.index));
    const unit = SHORT_UNITS[m[1]] ?? m[1];
    return n === null ? null : { n, text: true, percent: false, unit, factor: MONEY_UNITS.get(unit) as number };
  }
  const n = parseNumberText(s);
  return n === null ? null : { n, text: true, percent: false };
}
