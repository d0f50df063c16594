import { LIMITS, limitText, type Merge } from "../../../../core";
import { parseRange, SheetGrid } from "../cells";
import { FileRefusal } from "../refusal";
import { cellValue, type CellContext, type RawCell } from "./sheet-cells";
import { TextCapture } from "./scan-part";
import { attr, decodeExcelEscapes, decodeXml } from "./xml-text";
import type { XmlHandler } from "./xml-scanner";

export interface ReadProgress {
  sheet: string;
  rows: number;
}

/** Progress is told every this many rows. */
const PROGRESS_ROWS = 10_000;

/** "AB12" → [28, 12]; a row or column of 0 where the reference names none. Digits past Excel's grid stay large. */
function cellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    // Capped: a told column is only ever compared with the grid's limits, never allocated by.
    col = Math.min(col * 26 + c - 64, 1e9);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return [0, 0];
    row = Math.min(row * 10 + d, 1e9);
  }
  return [col, row];
}

/**
 * One worksheet part, read as it streams past: <row r>, <c r t s> with <v>, <is> and <f>, and <mergeCell ref>.
 * A row or cell without `r` follows the one before it, as in Excel. Values go straight into the SheetGrid (held
 * to the limits before anything is allocated); merges stay four numbers each.
 */
export class SheetHandler implements XmlHandler {
  readonly grid: SheetGrid;
  readonly merges: Merge[] = [];
  /** The last row and column holding a cell element, even an empty one (the used range, for clipping merges). */
  maxRow = 0;
  maxCol = 0;
  private row = 0;
  private col = 0;
  private rows = 0;
  private inCell = false;
  private cell: RawCell = { type: undefined, format: undefined, formula: false, text: undefined, rich: undefined };
  private cellRow = 0;
  private inInline = false;
  private inRun = false;
  private inPhonetic = false;
  private inFormula = false;
  private readonly capture = new TextCapture();

  constructor(
    private readonly name: string,
    private readonly formats: readonly (string | undefined)[],
    private readonly ctx: CellContext,
    budget: ConstructorParameters<typeof SheetGrid>[1],
    private readonly onProgress?: (p: ReadProgress) => void,
  ) {
    this.grid = new SheetGrid(name, budget);
  }

  open(name: string, tag: string, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, tag, selfClosing);
      return;
    }
    if (name === "row") {
      const r = Number(attr(tag, "r"));
      this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
      this.col = 0;
      if (++this.rows % PROGRESS_ROWS === 0) this.onProgress?.({ sheet: this.name, rows: this.rows });
    } else if (name === "c") this.openCell(tag);
    else if (name === "mergeCell") this.addMerge(attr(tag, "ref"));
  }

  private openCell(tag: string): void {
    const ref = attr(tag, "r");
    const [col, row] = ref === undefined ? [0, 0] : cellRef(ref);
    this.col = col > 0 ? col : this.col + 1;
    // A cell's own row counts only where no <row> gave one (a cell outside any row).
    this.cellRow = this.row > 0 ? this.row : row;
    this.maxRow = Math.max(this.maxRow, this.cellRow);
    this.maxCol = Math.max(this.maxCol, this.col);
    const s = parseInt(attr(tag, "s") ?? "0", 10);
    this.cell = { type: attr(tag, "t"), format: s > 0 ? this.formats[s] : this.formats[0], formula: false, text: undefined, rich: undefined };
    this.inCell = true;
    this.inInline = this.inRun = this.inPhonetic = this.inFormula = false;
  }

  private openInCell(name: string, tag: string, selfClosing: boolean): void {
    if (this.inPhonetic) return;
    switch (name) {
      case "v":
        this.capture.start();
        break;
      case "f":
        // A shared or array formula's later cells have an empty <f t="shared" si="0"/>: still formulas.
        if (attr(tag, "t") !== undefined) this.cell.formula = true;
        this.inFormula = !selfClosing;
        break;
      case "is":
        this.inInline = true;
        break;
      case "r":
        if (this.inInline) {
          this.inRun = true;
          this.cell.rich ??= "";
        }
        break;
      case "rPh":
        this.inPhonetic = !selfClosing;
        break;
      case "t":
        if (this.inInline) this.capture.start();
        break;
    }
  }

  close(name: string): void {
    if (!this.inCell) return;
    switch (name) {
      case "v":
      case "t": {
        if (!this.capture.on) return;
        const text = decodeXml(this.capture.stop());
        // Rich runs decode Excel's _xHHHH_ escapes, a plain inline string does not (as ExcelJS reads them).
        if (this.inRun) this.cell.rich += decodeExcelEscapes(text);
        else if (text !== "") this.cell.text = (this.cell.text ?? "") + text;
        return;
      }
      case "f":
        this.inFormula = false;
        return;
      case "r":
        this.inRun = false;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "is":
        this.inInline = false;
        return;
      case "c":
        this.inCell = false;
        this.grid.set(this.cellRow, this.col, cellValue(this.cell, this.ctx));
        return;
    }
  }

  text(raw: string): void {
    if (this.inFormula) {
      if (raw !== "") this.cell.formula = true;
      return;
    }
    if (!this.inPhonetic) this.capture.add(raw);
  }

  private addMerge(ref: string | undefined): void {
    const m = ref === undefined ? null : parseRange(ref.toUpperCase());
    if (!m) return;
    if (this.merges.length >= LIMITS.mergesPerSheet) throw new FileRefusal("file.too-many-merges", { sheet: this.name, limit: limitText(LIMITS.mergesPerSheet) });
    this.merges.push(m);
  }

  /** Rows read so far (for the last progress report). */
  rowCount(): number {
    return this.rows;
  }
}
