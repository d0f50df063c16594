import { typedCell } from "./typed-cells";

/**
 * ExcelJS's in-memory reader, taught typed-cells.ts: its cell parser (CellXform) is patched once per process, at
 * the two points where it guesses — when a cell closes (its `t` and text are known) and when a shared-string index
 * is looked up (the table is known). Node only (the CLI), like internal-links.ts: in the browser ExcelJS is one
 * closed bundle, and webpack puts typed-cells-exceljs.browser.ts in place of this file.
 */

interface CellModel {
  type?: number;
  value?: unknown;
  formula?: unknown;
  shareType?: unknown;
}

interface CellXformProto {
  t?: string;
  model: CellModel;
  parseClose(name: string): boolean;
  reconcile(model: CellModel, options: { sharedStrings?: { count?: number; getString(i: number): unknown } }): void;
  gxTyped?: true;
}

/** ExcelJS's ValueType numbers (exceljs/lib/doc/enums.js). */
const STRING = 3;
const DATE = 4;
const ERROR = 10;
const BOOLEAN = 9;

function typeOf(v: unknown): number {
  if (v instanceof Date) return DATE;
  if (typeof v === "boolean") return BOOLEAN;
  return ERROR;
}

export function useTypedCells(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module of ExcelJS, not in its types
  const proto = (require("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: CellXformProto }).prototype;
  if (proto.gxTyped) return;
  const parseClose = proto.parseClose;
  proto.parseClose = function (this: CellXformProto, name: string): boolean {
    const m = this.model;
    if (name === "c" && !m.formula && !m.shareType && typeof m.value === "string") {
      // The index range is checked in reconcile, where the table is known.
      const v = typedCell(this.t, m.value, undefined);
      if (v !== undefined && v !== null) {
        m.type = typeOf(v);
        m.value = v;
        return false;
      }
    }
    return parseClose.call(this, name);
  };
  const reconcile = proto.reconcile;
  proto.reconcile = function (this: CellXformProto, model, options) {
    if (model.type === STRING && typeof model.value === "number") {
      const found = options.sharedStrings ? options.sharedStrings.getString(model.value) : undefined;
      if (found === undefined) {
        const v = typedCell("s", String(model.value), 0);
        model.type = ERROR;
        model.value = v;
      }
    }
    reconcile.call(this, model, options);
  };
  proto.gxTyped = true;
}
