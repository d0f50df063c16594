/**
 * Excel.PageLayout (ExcelApi 1.9) of the simulated host: what a report tab prints like — orientation, paper, fit
 * to pages, margins, centring, gridlines, print titles and the footers of every page. Values are checked as
 * Excel checks them (enums by name, margins ≥ 0, print title rows a whole-row reference).
 */

import { SimObject, type SimContext } from "./context";
import { officeError } from "./errors";
import type { HostPageLayout, HostSheet } from "./state";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;

export function defaultPageLayout(): HostPageLayout {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    printGridlines: false,
    printTitleRows: null,
    footers: { leftFooter: "", centerFooter: "", rightFooter: "" },
  };
}

export class SimPageLayout extends SimObject {
  private footersObj?: SimHeaderFooterGroup;
  constructor(
    context: SimContext,
    path: string,
    private readonly sheet: () => HostSheet,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "PageLayout";
  }
  protected get scalarProperties(): readonly string[] {
    return ["orientation", "paperSize", "zoom", "centerHorizontally", "printGridlines", ...MARGINS];
  }
  private state(): HostPageLayout {
    return this.sheet().pageLayout;
  }
  protected readProperty(name: string): unknown {
    const v = (this.state() as unknown as Record<string, unknown>)[name];
    return typeof v === "object" && v !== null ? { ...v } : v;
  }
  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(v: string) {
    this.write("orientation", v, () => {
      if (!ORIENTATIONS.includes(v)) throw officeError("InvalidArgument", `'${v}' is not a page orientation.`);
      this.state().orientation = v;
    });
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(v: string) {
    this.write("paperSize", v, () => {
      if (!PAPER.includes(v)) throw officeError("InvalidArgument", `'${v}' is not a paper type.`);
      this.state().paperSize = v;
    });
  }
  get zoom(): HostPageLayout["zoom"] {
    return this.read("zoom");
  }
  set zoom(v: HostPageLayout["zoom"]) {
    this.write("zoom", v, () => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && v.scale !== undefined) throw officeError("InvalidArgument", "A zoom is either a scale or a fit to pages.");
      for (const n of [v.horizontalFitToPages, v.verticalFitToPages]) {
        if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw officeError("InvalidArgument", `${n} is not a page count.`);
      }
      this.state().zoom = { ...v };
    });
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.write("centerHorizontally", v, () => (this.state().centerHorizontally = v));
  }
  get printGridlines(): boolean {
    return this.read("printGridlines");
  }
  set printGridlines(v: boolean) {
    this.write("printGridlines", v, () => (this.state().printGridlines = v));
  }
  get headersFooters(): SimHeaderFooterGroup {
    this.footersObj ??= new SimHeaderFooterGroup(this.context, `${this.path}.headersFooters`, () => this.state());
    return this.footersObj;
  }
  /** "$4:$4": whole rows, as Excel wants print title rows. */
  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], () => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw officeError("InvalidArgument", `'${rows}' is not a row range.`);
      this.state().printTitleRows = `$${m[1]}:$${m[2]}`;
    });
  }
  /** The print title rows, as the tests read them back. */
  getPrintTitleRowsText(): string | null {
    return this.state().printTitleRows;
  }
}
for (const m of MARGINS) {
  Object.defineProperty(SimPageLayout.prototype, m, {
    get(this: SimPageLayout) {
      return (this as unknown as { read(n: string): unknown }).read(m);
    },
    set(this: SimPageLayout, v: number) {
      (this as unknown as { write(n: string, v: unknown, f: () => void): void }).write(m, v, () => {
        if (typeof v !== "number" || v < 0) throw officeError("InvalidArgument", `${v} is not a margin.`);
        (this as unknown as { state(): HostPageLayout }).state()[m] = v;
      });
    },
  });
}

export class SimHeaderFooterGroup extends SimObject {
  readonly defaultForAllPages: SimHeaderFooter;
  constructor(context: SimContext, path: string, state: () => HostPageLayout) {
    super(context, path);
    this.defaultForAllPages = new SimHeaderFooter(context, `${path}.defaultForAllPages`, state);
  }
  protected get typeName(): string {
    return "HeaderFooterGroup";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class SimHeaderFooter extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly state: () => HostPageLayout,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "HeaderFooter";
  }
  protected get scalarProperties(): readonly string[] {
    return ["leftFooter", "centerFooter", "rightFooter"];
  }
  protected readProperty(name: string): unknown {
    return this.state().footers[name as keyof HostPageLayout["footers"]];
  }
  private set(name: keyof HostPageLayout["footers"], v: string): void {
    this.write(name, v, () => (this.state().footers[name] = v));
  }
  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(v: string) {
    this.set("leftFooter", v);
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v);
  }
  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(v: string) {
    this.set("rightFooter", v);
  }
}
