/** Excel.Workbook, WorksheetCollection, Worksheet and WorksheetFreezePanes, simulated. */

import { formatArea, MAX_COLS, MAX_ROWS, parseAddress, type Area } from "./address";
import { parseAreas, SimRangeAreas } from "./areas";
import { parseItemProps, SimObject, type SimContext } from "./context";
import { officeError } from "./errors";
import type { ChangedHandler } from "./events";
import { SimChartCollection, SimTableCollection } from "./extras";
import { SimPageLayout } from "./page-layout";
import { SimRange, type RangeTarget } from "./range";
import { liveSheets, newSheet, sheetByKey, sheetByName, usedArea, type HostSheet, type Visibility } from "./state";

/** Excel's rules for a sheet name. */
function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw officeError("InvalidArgument", `'${name}' is not a valid worksheet name.`);
  }
}

export class SimWorkbook extends SimObject {
  readonly worksheets: SimWorksheetCollection;

  constructor(context: SimContext) {
    super(context, "workbook");
    this.worksheets = new SimWorksheetCollection(context, "workbook.worksheets");
  }
  protected get typeName(): string {
    return "Workbook";
  }
  protected get scalarProperties(): readonly string[] {
    return ["name"];
  }
  protected readProperty(): unknown {
    return this.context.state.name;
  }
  get name(): string {
    return this.read("name");
  }

  getSelectedRange(): SimRange {
    const state = this.context.state;
    const sheetProxy = new SimWorksheet(this.context, "workbook.getSelectedRange().worksheet", () => {
      const sel = state.selection;
      return liveSheets(state).find((s) => s.id === (sel?.sheetId ?? state.activeSheetId)) ?? null;
    });
    return new SimRange(
      this.context,
      "workbook.getSelectedRange()",
      () => {
        const sheet = sheetProxy.host();
        const area: Area = state.selection?.sheetId === sheet.id ? state.selection.area : { top: 1, left: 1, bottom: 1, right: 1 };
        return { sheet, area };
      },
      sheetProxy,
    );
  }
}

/** OfficeExtension.EventHandlers: `add` and `remove` take effect at the next sync, as Office queues them. */
export class SimEventHandlers {
  constructor(private readonly context: SimContext) {}

  add(handler: ChangedHandler): { context: SimContext; remove(): void } {
    const context = this.context;
    context.enqueue({ wire: { path: "workbook.worksheets.onChanged", call: "add" }, run: () => context.events.add(handler) });
    return {
      context,
      remove: () => context.enqueue({ wire: { path: "workbook.worksheets.onChanged", call: "remove" }, run: () => context.events.remove(handler) }),
    };
  }
}

export class SimWorksheetCollection extends SimObject {
  private changedHandlers?: SimEventHandlers;

  /** Occurs when any worksheet of the workbook changes (a user's edit or an add-in's write). */
  get onChanged(): SimEventHandlers {
    this.changedHandlers ??= new SimEventHandlers(this.context);
    return this.changedHandlers;
  }

  protected get typeName(): string {
    return "WorksheetCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  get items(): SimWorksheet[] {
    return this.read("items");
  }

  /** A collection loads its items: "items/name", or "name" (Office reads both as the items' properties). */
  override load(props?: string | string[] | { select?: string }): this {
    const props2 = parseItemProps(props, ["name", "visibility", "position", "id"], "worksheets");
    let sheets: HostSheet[] = [];
    this.context.enqueue({
      wire: { path: this.path, load: props2.map((p) => `items/${p}`) },
      run: () => {
        sheets = liveSheets(this.context.state);
        return sheets.map((s, i) =>
          Object.fromEntries(props2.map((p) => [p, p === "position" ? i : p === "id" ? `{${s.id}}` : s[p as "name" | "visibility"]])),
        );
      },
      deliver: (result) => {
        const items = (result as Record<string, unknown>[]).map((values, i) => {
          const host = sheets[i];
          const ws = new SimWorksheet(this.context, `${this.path}.items[${i}]`, () => host);
          ws.receive(values);
          return ws;
        });
        this.local.set("items", items);
      },
    });
    return this;
  }

  getItem(key: string): SimWorksheet {
    return SimObject.created(
      new SimWorksheet(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        const s = sheetByKey(this.context.state, key);
        if (!s) throw officeError("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
        return s;
      }),
      "getItem",
      [key],
    );
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return SimObject.created(
      new SimWorksheet(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => sheetByKey(this.context.state, key) ?? null, true),
      "getItemOrNullObject",
      [key],
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const s = liveSheets(this.context.state).find((x) => x.id === this.context.state.activeSheetId);
      if (!s) throw officeError("ItemNotFound", "No worksheet is active.");
      return s;
    });
  }

  /** A new sheet at the end; not activated (Office leaves the active sheet alone). */
  add(name?: string): SimWorksheet {
    let made: HostSheet | undefined;
    const ws = new SimWorksheet(this.context, `${this.path}.add(${JSON.stringify(name ?? null)})`, () => {
      if (!made) throw officeError("InvalidObjectPath", "The worksheet was not added.");
      return made;
    });
    this.call("add", [name ?? null], () => {
      const state = this.context.state;
      let n = name;
      if (n === undefined) {
        let i = liveSheets(state).length + 1;
        while (sheetByName(state, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(n);
      if (sheetByName(state, n)) throw officeError("ItemAlreadyExists", `A worksheet named '${n}' already exists.`);
      made = newSheet(state, n);
      state.sheets.push(made);
    });
    return ws;
  }
}

export class SimWorksheet extends SimObject {
  private cached?: HostSheet | null;
  private panes?: SimFreezePanes;
  private tablesObj?: SimTableCollection;
  private chartsObj?: SimChartCollection;
  private pageLayoutObj?: SimPageLayout;

  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => HostSheet | null,
    private readonly nullable = false,
  ) {
    super(context, path);
    if (nullable) context.onSync(() => this.local.set("isNullObject", this.resolve() === null));
  }

  protected get typeName(): string {
    return "Worksheet";
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "visibility", "position", "id"];
  }

  private resolve(): HostSheet | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  /** The sheet at sync time. */
  host(): HostSheet {
    const s = this.resolve();
    if (!s) throw officeError("ItemNotFound", "The requested worksheet doesn't exist.");
    if (s.deleted) throw officeError("InvalidReference", `The worksheet '${s.name}' has been deleted.`);
    return s;
  }

  /** Values delivered by a collection load. */
  receive(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.local.set(k, v);
  }

  protected readProperty(name: string): unknown {
    const s = this.resolve();
    if (!s) return undefined;
    switch (name) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return liveSheets(this.context.state).indexOf(s);
      default:
        return `{${s.id}}`;
    }
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read<boolean>("isNullObject");
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => {
      const s = this.host();
      checkSheetName(v);
      const other = sheetByName(this.context.state, v);
      if (other && other !== s) throw officeError("ItemAlreadyExists", `A worksheet named '${v}' already exists.`);
      s.name = v;
    });
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(v: Visibility) {
    this.write("visibility", v, () => {
      const s = this.host();
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw officeError("InvalidArgument", `Unknown visibility ${v}.`);
      const state = this.context.state;
      if (v !== "Visible" && s.visibility === "Visible" && liveSheets(state).filter((x) => x.visibility === "Visible").length === 1) {
        throw officeError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      s.visibility = v;
      if (v !== "Visible" && state.activeSheetId === s.id) {
        state.activeSheetId = liveSheets(state).find((x) => x.visibility === "Visible")?.id ?? null;
      }
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(p: number) {
    this.write("position", p, () => {
      const s = this.host();
      const state = this.context.state;
      const live = liveSheets(state);
      if (!Number.isInteger(p) || p < 0 || p >= live.length) throw officeError("InvalidArgument", `Position ${p} is outside the workbook.`);
      const others = live.filter((x) => x !== s);
      others.splice(p, 0, s);
      state.sheets = [...others, ...state.sheets.filter((x) => x.deleted)];
    });
  }

  get freezePanes(): SimFreezePanes {
    this.panes ??= new SimFreezePanes(this.context, `${this.path}.freezePanes`, this);
    return this.panes;
  }
  get pageLayout(): SimPageLayout {
    this.pageLayoutObj ??= new SimPageLayout(this.context, `${this.path}.pageLayout`, () => this.host());
    return this.pageLayoutObj;
  }
  get tables(): SimTableCollection {
    this.tablesObj ??= new SimTableCollection(this.context, `${this.path}.tables`, () => this.host());
    return this.tablesObj;
  }
  get charts(): SimChartCollection {
    this.chartsObj ??= new SimChartCollection(this.context, `${this.path}.charts`, () => this.host());
    return this.chartsObj;
  }

  private range(method: string, args: unknown[], area: (s: HostSheet) => Area | null, nullable = false): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.${method}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      (): RangeTarget | null => {
        const s = this.host();
        const a = area(s);
        return a ? { sheet: s, area: a } : null;
      },
      this,
      nullable,
    );
    return SimObject.created(r, method, args);
  }

  getRange(address?: string): SimRange {
    return this.range("getRange", address === undefined ? [] : [address], () =>
      address === undefined || address === "" ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseAddress(address),
    );
  }

  /** Several areas of this sheet: "A1:B2, D5" (commas or semicolons); the whole sheet without an address. */
  getRanges(address?: string): SimRangeAreas {
    const areas = new SimRangeAreas(this.context, `${this.path}.getRanges(${JSON.stringify(address ?? null)})`, () => ({
      sheet: this.host(),
      areas: address === undefined ? [{ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }] : parseAreas(address),
    }));
    return SimObject.created(areas, "getRanges", address === undefined ? [] : [address]);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1) throw officeError("InvalidArgument", "A range has at least one row and one column.");
      const a = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
      parseAddress(formatArea(a));
      return a;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.range("getCell", [row, column], () => ({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): SimRange {
    return this.range("getUsedRange", [valuesOnly], (s) => usedArea(s, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.range("getUsedRangeOrNullObject", [valuesOnly], (s) => usedArea(s, valuesOnly), true);
  }

  delete(): void {
    this.call("delete", [], () => {
      const s = this.host();
      const state = this.context.state;
      if (s.visibility === "Visible" && liveSheets(state).filter((x) => x.visibility === "Visible").length === 1) {
        throw officeError("InvalidOperation", "The last visible worksheet cannot be deleted.");
      }
      s.deleted = true;
      if (state.activeSheetId === s.id) state.activeSheetId = liveSheets(state).find((x) => x.visibility === "Visible")?.id ?? null;
      if (state.selection?.sheetId === s.id) state.selection = null;
    });
  }

  activate(): void {
    this.call("activate", [], () => {
      const s = this.host();
      if (s.visibility !== "Visible") throw officeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.context.state.activeSheetId = s.id;
      this.context.state.selection = { sheetId: s.id, area: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

export class SimFreezePanes extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly sheet: SimWorksheet,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "WorksheetFreezePanes";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], () => {
      const s = this.sheet.host();
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw officeError("InvalidArgument", `Cannot freeze ${count} rows.`);
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], () => {
      const s = this.sheet.host();
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], () => {
      const s = this.sheet.host();
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}
