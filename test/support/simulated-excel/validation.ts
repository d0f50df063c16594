/**
 * Excel.DataValidation of a range, simulated. Setting `rule` replaces whatever validation the range's cells had
 * (a cell has one); `errorAlert`, `ignoreBlanks` then change that validation. A list's inline source is refused
 * past 255 characters, as Excel refuses it; a longer list must be a range reference ("=Sheet!$A$1:$A$60").
 */

import { contains, overlaps, parseAddress, type Area } from "./address";
import { SimObject, type SimContext } from "./context";
import { officeError } from "./errors";
import { sheetByName, subtractArea, type HostSheet, type HostValidation, type HostWorkbook } from "./state";

export const INLINE_LIST_LIMIT = 255;

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const DEFAULT_ALERT: HostValidation["errorAlert"] = { showAlert: true, style: "Stop", title: "", message: "" };

/** A reference source: `=Sheet!$A$1:$A$9` or `='My sheet'!$A$1:$A$9`, on a sheet that exists. */
function checkReference(wb: HostWorkbook, source: string): void {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(source);
  if (!m) throw officeError("InvalidArgument", `The list source '${source}' is not valid.`);
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (!sheetByName(wb, name)) throw officeError("InvalidArgument", `The list source refers to a sheet '${name}' that doesn't exist.`);
  parseAddress(m[3].replace(/\$/g, ""));
}

function checkRule(wb: HostWorkbook, rule: Record<string, unknown>): void {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) throw officeError("InvalidArgument", "A data validation rule has exactly one kind of rule.");
  if (keys[0] !== "list") return;
  const list = rule.list as { source?: unknown };
  if (typeof list.source !== "string" || list.source === "") throw officeError("InvalidArgument", "A list needs a source.");
  if (list.source.startsWith("=")) checkReference(wb, list.source);
  else if (list.source.length > INLINE_LIST_LIMIT) throw officeError("InvalidArgument", "The list source is longer than 255 characters.");
}

export class SimDataValidation extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly target: () => { sheet: HostSheet; area: Area },
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "DataValidation";
  }
  protected get scalarProperties(): readonly string[] {
    return ["type", "rule", "errorAlert", "ignoreBlanks"];
  }

  /** The validation covering the whole range, "none" when no cell has one, null when they differ. */
  private covering(): HostValidation | "none" | null {
    const { sheet, area } = this.target();
    const touching = sheet.validations.filter((v) => overlaps(v.area, area));
    if (touching.length === 0) return "none";
    return touching.length === 1 && contains(touching[0].area, area) ? touching[0] : null;
  }

  protected readProperty(name: string): unknown {
    const v = this.covering();
    if (name === "type") return v === "none" ? "None" : v === null ? "Inconsistent" : RULE_TYPES[Object.keys(v.rule)[0]];
    if (v === "none" || v === null) return name === "rule" ? {} : null;
    if (name === "rule") return JSON.parse(JSON.stringify(v.rule));
    if (name === "errorAlert") return { ...v.errorAlert };
    return v.ignoreBlanks;
  }

  get type(): string {
    return this.read("type");
  }
  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write("rule", rule, () => {
      const { sheet, area } = this.target();
      checkRule(this.context.state, rule);
      sheet.validations = sheet.validations.flatMap((v) => subtractArea(v.area, area).map((a) => ({ ...v, area: a })));
      sheet.validations.push({ area: { ...area }, rule: JSON.parse(JSON.stringify(rule)), errorAlert: { ...DEFAULT_ALERT }, ignoreBlanks: true });
    });
  }

  /** The validations of the range's cells, which must all have one. */
  private validations(): HostValidation[] {
    const { sheet, area } = this.target();
    const inside = sheet.validations.filter((v) => overlaps(v.area, area));
    if (inside.length === 0) throw officeError("InvalidOperation", "The range has no data validation rule.");
    return inside;
  }

  get errorAlert(): HostValidation["errorAlert"] | null {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Partial<HostValidation["errorAlert"]>) {
    this.write("errorAlert", alert, () => {
      // Excel's limits on the alert's title and message.
      if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 255) {
        throw officeError("InvalidArgument", "The error alert's title or message is too long.");
      }
      for (const v of this.validations()) v.errorAlert = { ...v.errorAlert, ...alert };
    });
  }

  get ignoreBlanks(): boolean | null {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(b: boolean) {
    this.write("ignoreBlanks", b, () => {
      for (const v of this.validations()) v.ignoreBlanks = b;
    });
  }

  clear(): void {
    this.call("clear", [], () => {
      const { sheet, area } = this.target();
      sheet.validations = sheet.validations.flatMap((v) => subtractArea(v.area, area).map((a) => ({ ...v, area: a })));
    });
  }
}
