/** Conditional formats, tables and charts of the simulated host: the parts the report writer uses. */

import { formatArea, parseAddress } from "./address";
import { SimObject, type SimContext } from "./context";
import { officeError, OfficeError } from "./errors";
import type { RangeTarget, SimRange } from "./range";
import { checkTableArea, touch, type HostChart, type HostConditionalFormat, type HostSheet, type HostTable } from "./state";

let nextObjectId = 1;

/** Objects created at sync time: the proxy learns which one is its own then. */
abstract class Created<T> extends SimObject {
  protected made?: T;
  protected get it(): T {
    if (!this.made) throw officeError("InvalidObjectPath", `${this.typeName} was not created: its request failed or was never synced.`);
    return this.made;
  }
  setMade(t: T): void {
    this.made = t;
  }
}

export class SimConditionalFormatCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ConditionalFormatCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  add(type: string): SimConditionalFormat {
    const cf = new SimConditionalFormat(this.context, `${this.path}.add(${type})`);
    this.call("add", [type], () => {
      const t = this.range.target();
      if (!["DataBar", "ColorScale", "IconSet", "Custom", "CellValue"].includes(type)) {
        throw officeError("InvalidArgument", `Unknown conditional format type ${type}.`);
      }
      const made: HostConditionalFormat = { id: nextObjectId++, type, area: { ...t.area }, ...(type === "DataBar" ? { dataBar: {} } : {}) };
      t.sheet.conditionalFormats.push(made);
      cf.setMade(made);
    });
    return cf;
  }

  clearAll(): void {
    this.call("clearAll", [], () => {
      const t = this.range.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (c) => !(c.area.left <= t.area.right && t.area.left <= c.area.right && c.area.top <= t.area.bottom && t.area.top <= c.area.bottom),
      );
    });
  }
}

export class SimConditionalFormat extends Created<HostConditionalFormat> {
  private bar?: SimDataBar;
  protected get typeName(): string {
    return "ConditionalFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return ["type"];
  }
  protected readProperty(): unknown {
    return this.it.type;
  }
  get type(): string {
    return this.read("type");
  }
  get dataBar(): SimDataBar {
    this.bar ??= new SimDataBar(this.context, `${this.path}.dataBar`, () => {
      const d = this.it.dataBar;
      if (!d) throw officeError("InvalidOperation", "This conditional format is not a data bar.");
      return d;
    });
    return this.bar;
  }
}

type DataBarState = NonNullable<HostConditionalFormat["dataBar"]>;

export class SimDataBar extends SimObject {
  private positive?: SimDataBarPositiveFormat;
  constructor(
    context: SimContext,
    path: string,
    private readonly bar: () => DataBarState,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "DataBarConditionalFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return ["barDirection", "showDataBarOnly"];
  }
  protected readProperty(name: string): unknown {
    const b = this.bar();
    return name === "barDirection" ? (b.barDirection ?? "Context") : (b.showDataBarOnly ?? false);
  }
  get barDirection(): string {
    return this.read("barDirection");
  }
  set barDirection(v: string) {
    this.write("barDirection", v, () => (this.bar().barDirection = v));
  }
  get showDataBarOnly(): boolean {
    return this.read("showDataBarOnly");
  }
  set showDataBarOnly(v: boolean) {
    this.write("showDataBarOnly", v, () => (this.bar().showDataBarOnly = v));
  }
  get positiveFormat(): SimDataBarPositiveFormat {
    this.positive ??= new SimDataBarPositiveFormat(this.context, `${this.path}.positiveFormat`, this.bar);
    return this.positive;
  }
}

export class SimDataBarPositiveFormat extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly bar: () => DataBarState,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ConditionalDataBarPositiveFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return ["fillColor"];
  }
  protected readProperty(): unknown {
    return this.bar().fillColor ?? "#638EC6";
  }
  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(v: string) {
    this.write("fillColor", v, () => (this.bar().fillColor = v.toUpperCase()));
  }
}

export class SimTableCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly sheet: () => HostSheet,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "TableCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected readProperty(): unknown {
    return this.sheet().tables.length;
  }
  get count(): number {
    return this.read("count");
  }

  add(address: string | SimRange, hasHeaders: boolean): SimTable {
    const table = new SimTable(this.context, `${this.path}.add(${typeof address === "string" ? address : address.path})`);
    this.call("add", [typeof address === "string" ? address : address.path, hasHeaders], () => {
      const sheet = this.sheet();
      const target: RangeTarget = typeof address === "string" ? { sheet, area: parseAddress(address) } : address.target();
      if (target.sheet !== sheet) throw officeError("InvalidArgument", "The table's range is on another worksheet.");
      checkTableArea(sheet, target.area);
      const all = this.context.state.sheets.flatMap((s) => s.tables);
      let n = all.length + 1;
      while (all.some((t) => t.name === `Table${n}`)) n++;
      const made: HostTable = { id: nextObjectId++, name: `Table${n}`, area: { ...target.area }, hasHeaders, style: "TableStyleMedium2" };
      if (hasHeaders) {
        // Excel makes the header row text, unique and non-blank.
        const seen = new Set<string>();
        for (let c = target.area.left; c <= target.area.right; c++) {
          const cell = touch(sheet, target.area.top, c);
          delete cell.formula;
          let name = String(cell.value === "" ? `Column${c - target.area.left + 1}` : cell.value);
          const base = name;
          for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
          seen.add(name.toLowerCase());
          cell.value = name;
        }
      }
      sheet.tables.push(made);
      table.setMade(made);
    });
    return table;
  }
}

export class SimTable extends Created<HostTable> {
  protected get typeName(): string {
    return "Table";
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "style"];
  }
  protected readProperty(name: string): unknown {
    return name === "name" ? this.it.name : this.it.style;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => {
      if (!/^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$/.test(v) || v.length > 255) {
        throw officeError("InvalidArgument", `'${v}' is not a valid table name.`);
      }
      const taken = this.context.state.sheets.flatMap((s) => s.tables).some((t) => t !== this.it && t.name.toLowerCase() === v.toLowerCase());
      if (taken) throw officeError("ItemAlreadyExists", `A table named '${v}' already exists.`);
      this.it.name = v;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.write("style", v, () => (this.it.style = v));
  }
}

export class SimChartCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly sheet: () => HostSheet,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ChartCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected readProperty(): unknown {
    return this.sheet().charts.length;
  }
  get count(): number {
    return this.read("count");
  }

  add(type: string, sourceData: SimRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): SimChart {
    const chart = new SimChart(this.context, `${this.path}.add(${type})`);
    this.call("add", [type, sourceData.path, seriesBy], () => {
      const sheet = this.sheet();
      const src = sourceData.target();
      const a = src.area;
      const byRows = seriesBy === "Rows";
      const series = [];
      for (let i = byRows ? a.top : a.left; i <= (byRows ? a.bottom : a.right); i++) {
        const values = byRows ? { ...a, top: i, bottom: i } : { ...a, left: i, right: i };
        series.push({ name: null, values, sheet: src.sheet.name });
      }
      const n = sheet.charts.length + 1;
      const made: HostChart = { id: nextObjectId++, name: `Chart ${n}`, type, title: null, series };
      sheet.charts.push(made);
      chart.setMade(made);
    });
    return chart;
  }
}

export class SimChart extends Created<HostChart> {
  private titleObj?: SimChartTitle;
  private seriesObj?: SimChartSeriesCollection;
  protected get typeName(): string {
    return "Chart";
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "chartType"];
  }
  protected readProperty(name: string): unknown {
    return name === "name" ? this.it.name : this.it.type;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => (this.it.name = v));
  }
  get chartType(): string {
    return this.read("chartType");
  }
  get title(): SimChartTitle {
    this.titleObj ??= new SimChartTitle(this.context, `${this.path}.title`, () => this.it);
    return this.titleObj;
  }
  get series(): SimChartSeriesCollection {
    this.seriesObj ??= new SimChartSeriesCollection(this.context, `${this.path}.series`, () => this.it);
    return this.seriesObj;
  }
  setPosition(startCell: string | SimRange, endCell?: string | SimRange): void {
    const name = (x: string | SimRange) => (typeof x === "string" ? formatArea(parseAddress(x)) : formatArea(x.target().area));
    this.call("setPosition", [String(startCell), endCell === undefined ? null : String(endCell)], () => {
      this.it.position = { start: name(startCell), ...(endCell !== undefined ? { end: name(endCell) } : {}) };
    });
  }
}

export class SimChartTitle extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly chart: () => HostChart,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ChartTitle";
  }
  protected get scalarProperties(): readonly string[] {
    return ["text"];
  }
  protected readProperty(): unknown {
    return this.chart().title;
  }
  get text(): string | null {
    return this.read("text");
  }
  set text(v: string) {
    this.write("text", v, () => (this.chart().title = v));
  }
}

export class SimChartSeriesCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly chart: () => HostChart,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ChartSeriesCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected readProperty(): unknown {
    return this.chart().series.length;
  }
  get count(): number {
    return this.read("count");
  }
  getItemAt(index: number): SimChartSeries {
    return new SimChartSeries(this.context, `${this.path}.getItemAt(${index})`, () => {
      const s = this.chart().series[index];
      if (!s) throw officeError("ItemNotFound", `The chart has no series ${index}.`);
      return s;
    });
  }
  add(name?: string): SimChartSeries {
    let made: HostChart["series"][number] | undefined;
    this.call("add", [name ?? null], () => {
      made = { name: name ?? null, values: { top: 1, left: 1, bottom: 1, right: 1 }, sheet: "" };
      this.chart().series.push(made);
    });
    return new SimChartSeries(this.context, `${this.path}.add(${JSON.stringify(name ?? null)})`, () => {
      if (!made) throw officeError("InvalidObjectPath", "The series was not created.");
      return made;
    });
  }
}

export class SimChartSeries extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly series: () => HostChart["series"][number],
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ChartSeries";
  }
  protected get scalarProperties(): readonly string[] {
    return ["name"];
  }
  protected readProperty(): unknown {
    return this.series().name;
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => (this.series().name = v));
  }
  setValues(source: SimRange): void {
    this.call("setValues", [source.path], () => {
      const t = source.target();
      const s = this.series();
      s.values = { ...t.area };
      s.sheet = t.sheet.name;
    });
  }
  setXAxisValues(source: SimRange): void {
    this.call("setXAxisValues", [source.path], () => {
      const t = source.target();
      if (t.area.left !== t.area.right && t.area.top !== t.area.bottom) {
        throw new OfficeError("InvalidArgument", "Category labels must be one row or one column.");
      }
      this.series().xValues = { ...t.area };
    });
  }
}
