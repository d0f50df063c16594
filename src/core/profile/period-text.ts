/**
 * A reporting period written in words (PLAN-PROFILE.md): `1-N月`, `1～N月`, `1—N月`, `1至N月`, `N月份`, `截至N月`,
 * `N月末` in a title or a header, and in a file name also `2022-3` and `2022年3月`. Full-width digits and
 * dashes count as their ASCII forms.
 */

import { foldWidth } from "../calc/parse";

/** Where a written period was found. */
export type WrittenSource = "title" | "header" | "file-name";

export interface WrittenPeriod {
  month: number;
  source: WrittenSource;
  /** The text it was found in (a title, a header, the file name), for 取自标题“…”. */
  text: string;
  /** The sheet of a title or header. */
  sheet?: string;
}

// A month after "1" and a range sign; the 1 must not end a larger number (11-12月 is no year-to-date).
const RANGE = /(?<!\d)1\s*[-~～—–－至到]\s*(\d{1,2})\s*月/g;
const SINGLE = /(?:截至|截止|截止到)\s*(\d{1,2})\s*月|(?<![\d-~～—–至到])(\d{1,2})\s*月(?:份|末|底)/g;
const YEAR_MONTH = /(?<!\d)20\d\d\s*(?:年|[-_.])\s*(\d{1,2})(?!\d)(?!\s*[-~～—–至到]\s*\d)/g;

/** A month found, and the text up to it (`2022年1-3月…`): what a message quotes. */
export interface MonthMention {
  month: number;
  excerpt: string;
}

function monthsOf(text: string, patterns: readonly RegExp[]): MonthMention[] {
  const folded = foldWidth(text).trim();
  const out: MonthMention[] = [];
  for (const pattern of patterns) {
    for (const m of folded.matchAll(pattern)) {
      const n = Number(m[1] ?? m[2]);
      const end = (m.index ?? 0) + m[0].length;
      const start = Math.max(0, end - 24);
      if (n >= 1 && n <= 12) out.push({ month: n, excerpt: (start > 0 ? "…" : "") + folded.slice(start, end) + (end < folded.length ? "…" : "") });
    }
  }
  return out;
}

/** The months a title or header names: 2022年1-3月 → 3; none when it names none. */
export function monthsInText(text: string): MonthMention[] {
  return monthsOf(text, [RANGE, SINGLE]);
}

/** The months a file name names: 台账2022-3.xlsx → 3, 2022年1-3月台账.xlsx → 3. */
export function monthsInFileName(name: string): number[] {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z]{3,4}$/, "");
  const ranged = monthsOf(base, [RANGE, SINGLE]);
  return (ranged.length > 0 ? ranged : monthsOf(base, [YEAR_MONTH])).map((m) => m.month);
}
