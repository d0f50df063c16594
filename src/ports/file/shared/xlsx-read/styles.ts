import { attr } from "./xml-text";
import type { XmlHandler } from "./xml-scanner";
import { builtInFormat } from "./num-formats";

/**
 * styles.xml → the number format of each cell style (a cell's `s` indexes <cellXfs>): a custom <numFmt> by id,
 * else the format Excel knows by that id. Only number formats matter to the check (dates, percentages).
 */
export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly ids: number[] = [];
  private inCellXfs = false;
  /** Differential formats (dxfs) carry <numFmt> elements of their own, which are not the cells' formats. */
  private inNumFmts = false;

  open(name: string, tag: string, selfClosing: boolean): void {
    if (name === "numFmts") this.inNumFmts = !selfClosing;
    else if (name === "numFmt" && this.inNumFmts) {
      const id = Number(attr(tag, "numFmtId"));
      const code = attr(tag, "formatCode");
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (name === "cellXfs") this.inCellXfs = !selfClosing;
    else if (name === "xf" && this.inCellXfs) this.ids.push(parseInt(attr(tag, "numFmtId") ?? "", 10));
  }

  close(name: string): void {
    if (name === "cellXfs") this.inCellXfs = false;
    else if (name === "numFmts") this.inNumFmts = false;
  }

  text(): void {}

  /** Cell style index → its number format code (undefined: General). */
  formats(): (string | undefined)[] {
    // Id 0 is General, as ExcelJS reads it (no format).
    return this.ids.map((id) => (id ? (this.custom.get(id) ?? builtInFormat(id)) : undefined));
  }
}
