/**
 * Conditional formats of the simulated host: data bars (the report writer) and custom rules (the add-in's marks),
 * on a Range or a RangeAreas. A collection lists the formats that intersect its range, in priority order; `add`
 * puts the new format first, as Excel does.
 */

import { overlaps, type Area } from "./address";
import { SimRangeAreas } from "./areas";
import { parseItemProps, SimObject, type SimContext } from "./context";
import { Created, newObjectId } from "./created";
import { officeError } from "./errors";
import type { HostConditionalFormat, HostSheet } from "./state";

export interface AreasTarget {
  sheet: HostSheet;
  areas: Area[];
}

/** A Range or a RangeAreas: what a conditional format collection hangs on. */
export interface HasAreas {
  areasTarget(): AreasTarget;
}

const TYPES = ["DataBar", "ColorScale", "IconSet", "Custom", "CellValue", "TopBottom", "PresetCriteria", "ContainsText"];
const ITEM_PROPERTIES = ["type", "id", "priority"];

function intersects(cf: HostConditionalFormat, areas: Area[]): boolean {
  return cf.areas.some((a) => areas.some((b) => overlaps(a, b)));
}

export class SimConditionalFormatCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: HasAreas,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ConditionalFormatCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  get items(): SimConditionalFormat[] {
    return this.read("items");
  }

  /** "items/type, items/id" (or "type, id"): the formats that intersect the range, each bound to its format. */
  override load(props?: string | string[] | { select?: string }): this {
    const wanted = parseItemProps(props, ITEM_PROPERTIES, "conditional formats");
    let found: HostConditionalFormat[] = [];
    let sheet: HostSheet | undefined;
    this.context.enqueue({
      wire: { path: this.path, load: wanted.map((p) => `items/${p}`) },
      run: () => {
        const t = this.range.areasTarget();
        sheet = t.sheet;
        found = t.sheet.conditionalFormats.filter((cf) => intersects(cf, t.areas));
        return found.map((cf) => Object.fromEntries(wanted.map((p) => [p, itemProperty(t.sheet, cf, p)])));
      },
      deliver: (result) => {
        const items = (result as Record<string, unknown>[]).map((values, i) => {
          const cf = new SimConditionalFormat(this.context, `${this.path}.items[${i}]`, sheet as HostSheet);
          cf.setMade(found[i]);
          cf.receive(values);
          return cf;
        });
        this.local.set("items", items);
      },
    });
    return this;
  }

  add(type: string): SimConditionalFormat {
    let sheet: HostSheet | undefined;
    const cf = new SimConditionalFormat(this.context, `${this.path}.add(${type})`, () => sheet as HostSheet);
    this.call("add", [type], () => {
      const t = this.range.areasTarget();
      if (!TYPES.includes(type)) throw officeError("InvalidArgument", `Unknown conditional format type ${type}.`);
      const made: HostConditionalFormat = {
        id: newObjectId(),
        type,
        area: { ...t.areas[0] },
        areas: t.areas.map((a) => ({ ...a })),
        ...(type === "DataBar" ? { dataBar: {} } : {}),
        ...(type === "Custom" ? { custom: { formula: "" } } : {}),
      };
      sheet = t.sheet;
      t.sheet.conditionalFormats.unshift(made);
      cf.setMade(made);
    });
    return cf;
  }

  clearAll(): void {
    this.call("clearAll", [], () => {
      const t = this.range.areasTarget();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf, t.areas));
    });
  }
}

function itemProperty(sheet: HostSheet, cf: HostConditionalFormat, name: string): unknown {
  if (name === "type") return cf.type;
  if (name === "id") return `{cf-${cf.id}}`;
  return sheet.conditionalFormats.indexOf(cf);
}

export class SimConditionalFormat extends Created<HostConditionalFormat> {
  private bar?: SimDataBar;
  private customObj?: SimCustomConditionalFormat;

  constructor(
    context: SimContext,
    path: string,
    /** The sheet the format is on (known once it exists). */
    private readonly sheet: HostSheet | (() => HostSheet),
  ) {
    super(context, path);
  }

  protected get typeName(): string {
    return "ConditionalFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return ITEM_PROPERTIES;
  }
  private hostSheet(): HostSheet {
    return typeof this.sheet === "function" ? this.sheet() : this.sheet;
  }
  /** The format, which must still exist. */
  private live(): HostConditionalFormat {
    const cf = this.it;
    if (!this.hostSheet().conditionalFormats.includes(cf)) throw officeError("ItemNotFound", "The conditional format has been deleted.");
    return cf;
  }
  protected readProperty(name: string): unknown {
    return itemProperty(this.hostSheet(), this.live(), name);
  }
  /** Values delivered by a collection load. */
  receive(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.local.set(k, v);
  }
  get type(): string {
    return this.read("type");
  }
  get id(): string {
    return this.read("id");
  }
  get priority(): number {
    return this.read("priority");
  }
  get dataBar(): SimDataBar {
    this.bar ??= new SimDataBar(this.context, `${this.path}.dataBar`, () => {
      const d = this.live().dataBar;
      if (!d) throw officeError("InvalidOperation", "This conditional format is not a data bar.");
      return d;
    });
    return this.bar;
  }
  get custom(): SimCustomConditionalFormat {
    this.customObj ??= new SimCustomConditionalFormat(this.context, `${this.path}.custom`, () => {
      const c = this.live().custom;
      if (!c) throw officeError("InvalidOperation", "This conditional format is not a custom rule.");
      return c;
    });
    return this.customObj;
  }
  /** The areas it applies to. */
  getRanges(): SimRangeAreas {
    return new SimRangeAreas(this.context, `${this.path}.getRanges()`, () => ({ sheet: this.hostSheet(), areas: this.live().areas }));
  }
  delete(): void {
    this.call("delete", [], () => {
      const cf = this.live();
      const s = this.hostSheet();
      s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

type CustomState = NonNullable<HostConditionalFormat["custom"]>;

export class SimCustomConditionalFormat extends SimObject {
  private ruleObj?: SimConditionalFormatRule;
  private formatObj?: SimConditionalRangeFormat;
  constructor(
    context: SimContext,
    path: string,
    private readonly state: () => CustomState,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "CustomConditionalFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  protected override child(name: string): SimObject | undefined {
    return name === "rule" ? this.rule : undefined;
  }
  get rule(): SimConditionalFormatRule {
    this.ruleObj ??= new SimConditionalFormatRule(this.context, `${this.path}.rule`, this.state);
    return this.ruleObj;
  }
  get format(): SimConditionalRangeFormat {
    this.formatObj ??= new SimConditionalRangeFormat(this.context, `${this.path}.format`, this.state);
    return this.formatObj;
  }
}

export class SimConditionalFormatRule extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly state: () => CustomState,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "ConditionalFormatRule";
  }
  protected get scalarProperties(): readonly string[] {
    return ["formula"];
  }
  protected readProperty(): unknown {
    return this.state().formula;
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.write("formula", v, () => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) throw officeError("InvalidArgument", `'${v}' is not a formula.`);
      this.state().formula = v;
    });
  }
}

export class SimConditionalRangeFormat extends SimObject {
  readonly fill: SimConditionalColor;
  readonly font: SimConditionalColor;
  constructor(context: SimContext, path: string, state: () => CustomState) {
    super(context, path);
    this.fill = new SimConditionalColor(context, `${path}.fill`, state, "fill");
    this.font = new SimConditionalColor(context, `${path}.font`, state, "fontColor");
  }
  protected get typeName(): string {
    return "ConditionalRangeFormat";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

/** ConditionalRangeFill or ConditionalRangeFont: only their colour is simulated. */
export class SimConditionalColor extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly state: () => CustomState,
    private readonly key: "fill" | "fontColor",
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return this.key === "fill" ? "ConditionalRangeFill" : "ConditionalRangeFont";
  }
  protected get scalarProperties(): readonly string[] {
    return ["color"];
  }
  protected readProperty(): unknown {
    return this.state()[this.key] ?? null;
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, () => (this.state()[this.key] = v.toUpperCase()));
  }
}
type DataBarState = NonNullable<HostConditionalFormat["dataBar"]>;

/** Excel.ConditionalFormatRuleType; a Number, Percent or Formula rule needs its formula. */
const BOUND_TYPES = ["Invalid", "Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];
function checkBoundRule(v: { type: string; formula?: string }): { type: string; formula?: string } {
  if (!BOUND_TYPES.includes(v.type)) throw officeError("InvalidArgument", `'${v.type}' is not a conditional format rule type.`);
  if (["Number", "Percent", "Formula", "Percentile"].includes(v.type) && (v.formula === undefined || v.formula === "")) {
    throw officeError("InvalidArgument", `A ${v.type} rule needs a formula.`);
  }
  return { ...v };
}

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
    return ["barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"];
  }
  protected readProperty(name: string): unknown {
    const b = this.bar();
    if (name === "lowerBoundRule") return { ...(b.lowerBoundRule ?? { type: "LowestValue" }) };
    if (name === "upperBoundRule") return { ...(b.upperBoundRule ?? { type: "HighestValue" }) };
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
  get lowerBoundRule(): { type: string; formula?: string } {
    return this.read("lowerBoundRule");
  }
  set lowerBoundRule(v: { type: string; formula?: string }) {
    this.write("lowerBoundRule", v, () => (this.bar().lowerBoundRule = checkBoundRule(v)));
  }
  get upperBoundRule(): { type: string; formula?: string } {
    return this.read("upperBoundRule");
  }
  set upperBoundRule(v: { type: string; formula?: string }) {
    this.write("upperBoundRule", v, () => (this.bar().upperBoundRule = checkBoundRule(v)));
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
