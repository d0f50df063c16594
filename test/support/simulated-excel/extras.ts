/** Tables and charts of the simulated host: the parts the report writer uses. */

import { formatArea, parseAddress } from "./address";
import { SimObject, type SimContext } from "./context";
import { Created, newObjectId } from "./created";
import { officeError, OfficeError } from "./errors";
import type { RangeTarget, SimRange } from "./range";
import { checkTableArea, touch, type HostChart, type HostSheet, type HostTable } from "./state";

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
      const made: HostTable = { id: newObjectId(), name: `Table${n}`, area: { ...target.area }, hasHeaders, style: "TableStyleMedium2" };
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
      const made: HostChart = { id: newObjectId(), name: `Chart ${n}`, type, title: null, series };
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
