/** The text Excel shows for a number under a report format: what sizes a report column. */

import type { ReportValue } from "./model";
import { NUMBER_FORMATS } from "./layout-types";

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
