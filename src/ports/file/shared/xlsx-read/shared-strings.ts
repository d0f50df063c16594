import { TextCapture } from "./scan-part";
import { decodeExcelEscapes, decodeXml } from "./xml-text";
import type { XmlHandler } from "./xml-scanner";

/**
 * sharedStrings.xml → the table cells index into: a plain <t> or the runs of rich text joined, without the
 * phonetic guide (<rPh>) Excel keeps beside Japanese text. An <si> holding nothing is a blank (null), as ExcelJS
 * reads it.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly result: (string | null)[] = [];
  private current: string | null = null;
  private inItem = false;
  private inPhonetic = false;
  private readonly t = new TextCapture();

  open(name: string, _tag: string, selfClosing: boolean): void {
    if (name === "si") {
      this.inItem = true;
      this.current = null;
    } else if (name === "rPh") this.inPhonetic = !selfClosing;
    else if (name === "t" && this.inItem && !this.inPhonetic) {
      this.current ??= "";
      this.t.start();
    } else if (name === "r" && this.inItem) this.current ??= "";
  }

  close(name: string): void {
    if (name === "t" && this.t.on) this.current += decodeExcelEscapes(decodeXml(this.t.stop()));
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "si" && this.inItem) {
      this.result.push(this.current);
      this.inItem = false;
    }
  }

  text(raw: string): void {
    this.t.add(raw);
  }
}
