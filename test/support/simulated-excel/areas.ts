/**
 * Excel.RangeAreas, simulated: several rectangles of one sheet (Worksheet.getRanges, Range.getMergedAreasOrNullObject,
 * ConditionalFormat.getRanges). Its address names the sheet for every area: "Sheet1!A1:B4, Sheet1!D1:D4".
 */

import { cellCount, formatArea, parseAddress, sheetPrefix, type Area } from "./address";
import { SimConditionalFormatCollection, type AreasTarget, type HasAreas } from "./conditional-formats";
import { SimObject, type SimContext } from "./context";
import { officeError } from "./errors";

/** Where getRanges starts to fail. Office documents no limit; reports put failures from about 500 areas or 8,000 characters. */
export const MAX_ADDRESS_AREAS = 512;
export const MAX_ADDRESS_LENGTH = 8192;

/** "A1:B2, C5" or "A1:B2; C5" → areas, refused past the limits above as Office refuses them: InvalidArgument. */
export function parseAreas(address: string): Area[] {
  const parts = address.split(/[,;]/).map((p) => p.trim());
  if (address.length > MAX_ADDRESS_LENGTH || parts.length > MAX_ADDRESS_AREAS || parts.some((p) => p === "")) {
    throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  return parts.map(parseAddress);
}

export class SimRangeAreas extends SimObject implements HasAreas {
  private cached?: AreasTarget | null;
  private cfs?: SimConditionalFormatCollection;

  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => AreasTarget | null,
    private readonly nullable = false,
  ) {
    super(context, path);
    if (nullable) context.onSync(() => this.local.set("isNullObject", this.resolve() === null));
  }

  protected get typeName(): string {
    return "RangeAreas";
  }
  protected get scalarProperties(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  private resolve(): AreasTarget | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  areasTarget(): AreasTarget {
    const t = this.resolve();
    if (!t) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    if (t.sheet.deleted) throw officeError("InvalidReference", "The worksheet of this range has been deleted.");
    return t;
  }

  protected readProperty(name: string): unknown {
    const t = this.resolve();
    if (!t) return undefined;
    if (name === "address") return t.areas.map((a) => `${sheetPrefix(t.sheet.name)}!${formatArea(a)}`).join(", ");
    if (name === "areaCount") return t.areas.length;
    return t.areas.reduce((n, a) => n + cellCount(a), 0);
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read<boolean>("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.cfs ??= new SimConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, this);
    return this.cfs;
  }
}
