import type { CellError, CellValue, MalformedKind } from "../../../core";

/**
 * A cell's value read from its `t` attribute and the text of its <v>, where ExcelJS would guess: it takes
 * parseFloat of whatever a number cell holds ("12abc" → 12), reads `t="d"` (an ISO 8601 date, written by some
 * exporters) as a number ("2022-03-04" → 2022), any boolean but "0" as TRUE ("false" too), and crashes or gives
 * the index on a shared-string index past the table. Returns the value to hold instead, or undefined where
 * ExcelJS's own reading is right. A damaged cell is a CellError marked `malformed`: the core reports it by cell
 * (cell.malformed), never guessing a value.
 */

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Enough of what the file says to find the cell; a damaged file may hold anything there. */
const RAW_SHOWN = 64;

export function malformed(kind: MalformedKind, raw: string): CellError {
  return { error: raw.length > RAW_SHOWN ? `${raw.slice(0, RAW_SHOWN)}…` : raw, malformed: kind };
}

/** `t="d"` text → the date it names (as ExcelJS gives dates: UTC), or null when it names none (2022-13-45). */
function isoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1).map((x) => x ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  const same = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return same && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 ? date : null;
}

/**
 * `type` is the cell's `t` (undefined for a number), `text` its <v>; `sharedStrings` the size of the shared-string
 * table where it is known (undefined: not checked here).
 */
export function typedCell(type: string | undefined, text: string, sharedStrings: number | undefined): CellValue | undefined {
  switch (type) {
    case undefined:
    case "n":
      // An empty <v> is a blank cell, as ExcelJS reads it.
      if (text.trim() === "") return undefined;
      if (!NUMBER.test(text) || !Number.isFinite(Number(text))) return malformed("number", text);
      return undefined;
    case "s": {
      const index = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(index) || (sharedStrings !== undefined && index >= sharedStrings)) return malformed("shared-string", text);
      return undefined;
    }
    case "d":
      return isoDate(text) ?? malformed("date", text);
    case "b": {
      const t = text.trim();
      // ExcelJS reads "1", "0" and "true" right; "false" it takes for TRUE.
      if (t === "1" || t === "0" || t === "true") return undefined;
      return t === "false" ? false : malformed("boolean", text);
    }
    default:
      return undefined;
  }
}
