/**
 * A strict simulated WPS 表格 (ET) host: the part of ET's object model the WPS port uses, loaded from the value
 * matrices a file port reads, so that the port's results can be compared with the file port's.
 *
 *   const host = createEtHost(workbookData);
 *   createWpsPort(host.Application) …; host.sheet("台账").cells …; host.calls["Range.Value2"] …
 *
 * Strict like the simulated Excel: collections are 1-based (`Sheets.Item(0)` throws), `Value2` has the shapes
 * WPS returns (one cell: its value; several: rows of values), a member it does not have throws, and every member
 * used is counted (`calls`).
 *
 * ASSUMPTIONS (what WPS's documentation leaves unclear; to confirm on a real WPS, README "WPS"):
 * - members are plain properties (`Sheets.Count`, `Range.Value2`), not zero-argument methods;
 * - `Value2` of several cells is an array of rows, 0-based JavaScript arrays; a blank cell is `undefined`;
 * - an error cell's `Value2` is its name ("#N/A"), and `WorksheetFunction.IsError` tells it from text;
 * - `NumberFormat` of cells whose formats differ is null; `MergeCells` of a partly merged range is null;
 * - `Sheets.Add(before, after)` takes VBA's positional arguments and activates the new sheet;
 * - a formula rule is `FormatConditions.Add(2, undefined, "=…")`; `SetFirstPriority()` puts it first;
 * - `ColumnWidth` counts characters; colours are BGR longs;
 * - `Worksheet.PageSetup` is VBA's (margins in points, `Zoom = false` then `FitToPagesTall = false` for as many
 *   pages as needed, `PrintTitleRows = "$4:$4"`, `&A`/`&P`/`&N` in footers);
 * - `Application.ApiEvent.AddApiEventListener("SheetChange", (sheet, range) => …)` reports a user's edits.
 */

import type { CellValue, WorkbookData } from "../../../src/core/read/types";
import { parseAreas, makeRange, type Ctx, type SimRange } from "./range";
import { EtError, strict, type CallCounts } from "./strict";
import { liveSheets, touch, usedArea, type EtSheetState, type EtWorkbookState } from "./state";

export { EtError, type CallCounts } from "./strict";
export { displayed } from "./range";
export * from "./state";

const DAY_MS = 24 * 60 * 60 * 1000;
// ET's day 0 is 1899-12-30, as Excel's.
const EPOCH = Date.UTC(1899, 11, 30);
const VISIBLE = { visible: -1, hidden: 0, veryHidden: 2 } as const;

function newSheet(wb: EtWorkbookState, name: string, visible = -1): EtSheetState {
  return { id: wb.nextId++, name, visible, cells: new Map(), merges: [], rules: [], widths: new Map(), heights: new Map(), pageSetup: {}, deleted: false };
}

function load(sheetInto: EtSheetState, rows: readonly (readonly CellValue[] | undefined)[]): void {
  rows.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const c = touch(sheetInto, i + 1, j + 1);
      if (v instanceof Date) {
        c.value = (v.getTime() - EPOCH) / DAY_MS;
        c.numberFormat = "yyyy-mm-dd";
      } else if (typeof v === "object") c.error = v.error;
      else c.value = v;
    }),
  );
}

const points = (v: unknown) => typeof v === "number" && v >= 0;
const pages = (v: unknown) => v === false || (Number.isInteger(v) && (v as number) > 0);
const text = (v: unknown) => typeof v === "string";
const flag = (v: unknown) => typeof v === "boolean";

/** VBA's PageSetup members: Excel's default and what a value must be. */
const PAGE_SETUP: Record<string, [unknown, (v: unknown) => boolean]> = {
  Orientation: [1, (v) => v === 1 || v === 2],
  PaperSize: [9, Number.isInteger],
  Zoom: [100, (v) => v === false || (typeof v === "number" && v >= 10 && v <= 400)],
  FitToPagesWide: [1, pages],
  FitToPagesTall: [1, pages],
  LeftMargin: [54, points],
  RightMargin: [54, points],
  TopMargin: [72, points],
  BottomMargin: [72, points],
  HeaderMargin: [36, points],
  FooterMargin: [36, points],
  CenterHorizontally: [false, flag],
  PrintGridlines: [false, flag],
  PrintTitleRows: ["", (v) => typeof v === "string" && /^(\$\d+:\$\d+)?$/.test(v)],
  LeftFooter: ["", text],
  CenterFooter: ["", text],
};

/** VBA's PageSetup: each property checked for its type, kept in the sheet's state. */
class PageSetup {
  constructor(readonly s: EtSheetState) {}
}
for (const [name, [fallback, ok]] of Object.entries(PAGE_SETUP)) {
  Object.defineProperty(PageSetup.prototype, name, {
    get(this: PageSetup) {
      return name in this.s.pageSetup ? this.s.pageSetup[name] : fallback;
    },
    set(this: PageSetup, v: unknown) {
      if (!ok(v)) throw new EtError(`PageSetup.${name}: ${String(v)}`);
      this.s.pageSetup[name] = v;
    },
  });
}

class Worksheet {
  constructor(
    private readonly ctx: Ctx,
    private readonly s: EtSheetState,
  ) {}
  private live(): EtSheetState {
    if (this.s.deleted) throw new EtError(`Worksheet "${this.s.name}" was deleted`);
    return this.s;
  }
  get Name(): string { return this.live().name; }
  set Name(v: string) {
    const s = this.live();
    if (typeof v !== "string" || v === "" || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new EtError(`Worksheet.Name: "${v}" is not a sheet name`);
    if (liveSheets(this.ctx.wb).some((o) => o !== s && o.name.toLowerCase() === v.toLowerCase())) throw new EtError(`Worksheet.Name: "${v}" is taken`);
    s.name = v;
  }
  get Index(): number { return liveSheets(this.ctx.wb).indexOf(this.live()) + 1; }
  get Visible(): number { return this.live().visible; }
  set Visible(v: number) {
    if (v !== -1 && v !== 0 && v !== 2) throw new EtError(`Worksheet.Visible: ${v}`);
    this.live().visible = v;
  }
  get UsedRange(): SimRange { return makeRange(this.ctx, this.live(), [usedArea(this.live())]); }
  get Cells(): SimRange {
    const s = this.live();
    const range = makeRange(this.ctx, s, [{ top: 1, left: 1, bottom: 1048576, right: 16384 }]);
    const ctx = this.ctx;
    // Cells.Item(row, col), 1-based; the rest is the whole sheet's range.
    return new Proxy(range, {
      get(target, prop) {
        if (prop === "Item") {
          return (row: number, col: number) => {
            if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw new EtError(`Cells.Item(${row}, ${col}): 1-based`);
            ctx.calls["Cells.Item"] = (ctx.calls["Cells.Item"] ?? 0) + 1;
            return makeRange(ctx, s, [{ top: row, left: col, bottom: row, right: col }]);
          };
        }
        return Reflect.get(target, prop);
      },
    });
  }
  get Hyperlinks(): { Add(anchor: SimRange, address: string, subAddress?: string, tip?: string, text?: string): void } {
    const calls = this.ctx.calls;
    return strict(
      {
        Add(anchor: SimRange, address: string, subAddress?: string, _tip?: string, text?: string) {
          if (address !== "" || !subAddress) throw new EtError("Hyperlinks.Add: links inside the workbook only (SubAddress), in the simulated ET host");
          anchor.eachCell((c) => {
            c.link = subAddress;
            if (text !== undefined) c.value = text;
          });
        },
      },
      "Hyperlinks",
      calls,
    );
  }
  get PageSetup(): PageSetup {
    return strict(new PageSetup(this.live()), "PageSetup", this.ctx.calls);
  }
  Range(address: string): SimRange {
    if (typeof address !== "string") throw new EtError("Worksheet.Range takes an A1 address (Range(cell1, cell2) is not simulated)");
    return makeRange(this.ctx, this.live(), parseAreas(address));
  }
  Activate(): void {
    const s = this.live();
    if (s.visible !== -1) throw new EtError(`Worksheet.Activate: "${s.name}" is hidden`);
    this.ctx.wb.active = s;
  }
  Delete(): void {
    const s = this.live();
    if (liveSheets(this.ctx.wb).filter((o) => o.visible === -1 && o !== s).length === 0) throw new EtError("Worksheet.Delete: a workbook keeps one visible sheet");
    s.deleted = true;
    if (this.ctx.wb.active === s) this.ctx.wb.active = liveSheets(this.ctx.wb).find((o) => o.visible === -1) as EtSheetState;
  }
}

function worksheet(ctx: Ctx, s: EtSheetState): Worksheet {
  return strict(new Worksheet(ctx, s), "Worksheet", ctx.calls);
}

class Sheets {
  constructor(private readonly ctx: Ctx) {}
  get Count(): number { return liveSheets(this.ctx.wb).length; }
  Item(index: number | string): Worksheet {
    const all = liveSheets(this.ctx.wb);
    if (typeof index === "string") {
      const s = all.find((o) => o.name.toLowerCase() === index.toLowerCase());
      if (!s) throw new EtError(`Sheets.Item("${index}"): no such sheet`);
      return worksheet(this.ctx, s);
    }
    if (!Number.isInteger(index) || index < 1 || index > all.length) throw new EtError(`Sheets.Item(${index}): 1-based, ${all.length} sheets`);
    return worksheet(this.ctx, all[index - 1]);
  }
  Add(before?: Worksheet | null, after?: Worksheet | null): Worksheet {
    const wb = this.ctx.wb;
    const taken = new Set(liveSheets(wb).map((s) => s.name.toLowerCase()));
    let n = liveSheets(wb).length + 1;
    while (taken.has(`sheet${n}`)) n++;
    const s = newSheet(wb, `Sheet${n}`);
    const anchor = (before ?? after) as Worksheet | null | undefined;
    if (anchor) {
      const at = wb.sheets.findIndex((o) => o.name === anchor.Name && !o.deleted);
      wb.sheets.splice(before ? at : at + 1, 0, s);
    } else wb.sheets.splice(wb.sheets.indexOf(wb.active), 0, s);
    wb.active = s;
    return worksheet(this.ctx, s);
  }
}

export interface EtHost {
  /** WPS's `Application` (what `wps.EtApplication()` gives an add-in's page). */
  Application: unknown;
  state: EtWorkbookState;
  calls: CallCounts;
  sheet(name: string): EtSheetState;
  sheetNames(): string[];
  /** A user typing into the grid: the values entered, then the SheetChange listeners called. */
  userEdit(sheet: string, row: number, col: number, value: string | number): void;
  readonly listeners: number;
}

export function createEtHost(data: WorkbookData): EtHost {
  const wb: EtWorkbookState = {
    name: data.name,
    sheets: [],
    active: undefined as unknown as EtSheetState,
    selection: null,
    window: { SplitRow: 0, SplitColumn: 0, FreezePanes: false },
    frozen: new Map(),
    nextId: 1,
  };
  for (const s of data.sheets) {
    const sheet = newSheet(wb, s.name, VISIBLE[s.state ?? "visible"]);
    load(sheet, s.rows);
    sheet.merges = s.merges.map((m) => ({ ...m }));
    wb.sheets.push(sheet);
  }
  if (wb.sheets.length === 0) wb.sheets.push(newSheet(wb, "Sheet1"));
  wb.active = wb.sheets.find((s) => s.visible === -1) ?? wb.sheets[0];
  const calls: CallCounts = {};
  const ctx: Ctx = { wb, calls };
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

  const win = strict(
    {
      get SplitRow() { return wb.window.SplitRow; },
      set SplitRow(v: number) { wb.window.SplitRow = v; },
      get SplitColumn() { return wb.window.SplitColumn; },
      set SplitColumn(v: number) { wb.window.SplitColumn = v; },
      get FreezePanes() { return wb.window.FreezePanes; },
      set FreezePanes(v: boolean) {
        wb.window.FreezePanes = v;
        if (v) wb.frozen.set(wb.active.name, { rows: wb.window.SplitRow, cols: wb.window.SplitColumn });
        else wb.frozen.delete(wb.active.name);
      },
    },
    "Window",
    calls,
  );
  const workbook = strict(
    {
      get Name() { return wb.name; },
      get Sheets() { return strict(new Sheets(ctx), "Sheets", calls); },
    },
    "Workbook",
    calls,
  );
  const Application = strict(
    {
      get ActiveWorkbook() { return workbook; },
      get ActiveSheet() { return worksheet(ctx, wb.active); },
      get ActiveWindow() { return win; },
      get WorksheetFunction() {
        return strict({ IsError: (r: SimRange) => r.Value2 !== undefined && r.areas.length === 1 && r.sheet.cells.get(`${r.areas[0].top},${r.areas[0].left}`)?.error !== undefined }, "WorksheetFunction", calls);
      },
      get ApiEvent() {
        return strict(
          {
            AddApiEventListener(event: string, handler: (...args: unknown[]) => void) {
              if (event !== "SheetChange") throw new EtError(`ApiEvent "${event}" is not simulated`);
              (listeners.get(event) ?? listeners.set(event, new Set()).get(event))?.add(handler);
            },
            RemoveApiEventListener(event: string, handler: (...args: unknown[]) => void) {
              listeners.get(event)?.delete(handler);
            },
          },
          "ApiEvent",
          calls,
        );
      },
    },
    "Application",
    calls,
  );

  const find = (name: string): EtSheetState => {
    const s = liveSheets(wb).find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    Application,
    state: wb,
    calls,
    sheet: find,
    sheetNames: () => liveSheets(wb).map((s) => s.name),
    userEdit(name, row, col, value) {
      const s = find(name);
      const c = touch(s, row, col);
      delete c.error;
      c.value = value;
      for (const handler of listeners.get("SheetChange") ?? []) handler(worksheet(ctx, s), makeRange(ctx, s, [{ top: row, left: col, bottom: row, right: col }]));
    },
    get listeners() {
      return [...listeners.values()].reduce((n, set) => n + set.size, 0);
    },
  };
}
