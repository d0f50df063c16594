import type { CellValue } from "../../../../core";
import { numberAsShown } from "../../../percent-format";
import { toCellValue } from "../cells";
import { malformed, typedCell } from "../typed-cells";
import { isDateFormat, serialToDate } from "./num-formats";

/** What the reader gathered from one <c> element. */
export interface RawCell {
  /** Its `t` (undefined: a number). */
  type: string | undefined;
  /** Its number format (undefined: General). */
  format: string | undefined;
  /** A formula: its <f> holds text or is shared/array. Its value is then the cached result in <v>. */
  formula: boolean;
  /** The decoded text of <v> and of a plain inline <is><t>, undefined when there was none. */
  text: string | undefined;
  /** The runs of an inline rich string, joined (undefined when none). */
  rich: string | undefined;
}

export interface CellContext {
  strings: readonly (string | null)[];
  date1904: boolean;
}

/** A number under its cell's format: a date format makes it a Date, a percentage the text it shows. */
function shownNumber(n: number, cell: RawCell, ctx: CellContext): CellValue {
  if (isDateFormat(cell.format)) return toCellValue(serialToDate(n, ctx.date1904));
  const v = toCellValue(n);
  return typeof v === "number" ? numberAsShown(v, cell.format) : v;
}

/** `text` read as `type` says: the part a formula's cached result and a plain cell share. */
function valueOfType(type: string | undefined, text: string, cell: RawCell, ctx: CellContext): CellValue {
  switch (type) {
    case "str":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    default:
      return shownNumber(parseFloat(text), cell, ctx);
  }
}

/**
 * A cell's value as the core reads it, the same as ExcelJS's in-memory reader gave it (formulas their cached
 * result, shared strings looked up, dates by the serial and date1904), with the damaged-cell rules of
 * typed-cells.ts: a cell whose type and content disagree is a CellError marked `malformed`, never a guess.
 */
export function cellValue(cell: RawCell, ctx: CellContext): CellValue {
  const text = cell.text;
  // A formula's cached result, as ExcelJS read it: no typed-cell checks, and a `t` of "s" or "inlineStr" (which a
  // formula cannot have) read as a number, never looked up or taken as inline text.
  if (cell.formula) return text ? valueOfType(cell.type, text, cell, ctx) : null;
  if (cell.rich !== undefined) return text === undefined ? cell.rich : text + cell.rich;
  if (text === undefined) return null;
  const typed = typedCell(cell.type, text, undefined);
  if (typed !== undefined && typed !== null) return typed;
  switch (cell.type) {
    case "s": {
      const index = parseInt(text, 10);
      return index < ctx.strings.length ? ctx.strings[index] : malformed("shared-string", String(index));
    }
    case "inlineStr":
      return text;
    default:
      return valueOfType(cell.type, text, cell, ctx);
  }
}
