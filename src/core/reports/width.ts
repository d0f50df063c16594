/** How wide text is in a fixed-width grid (an Excel column, a terminal): East Asian wide and full-width characters take two. */

import type { ReportValue } from "./model";
import { NUMBER_FORMATS } from "./layout-types";

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

// The Wide and Fullwidth ranges of Unicode's East Asian Width property that ledgers meet.
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The text Excel shows for a value under one of NUMBER_FORMATS (close enough to size a column). */
export function shownText(value: ReportValue, numFmt: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  switch (numFmt) {
    case NUMBER_FORMATS.money: {
      const [int, frac] = abs.toFixed(2).split(".");
      return `${sign}${withThousands(int)}.${frac}`;
    }
    case NUMBER_FORMATS.rate:
      return `${sign}${(abs * 100).toFixed(1)}%`;
    case NUMBER_FORMATS.count:
      return `${sign}${Math.round(abs)}`;
    default:
      // General shows at most about 11 significant digits.
      return String(Number(value.toPrecision(11)));
  }
}
