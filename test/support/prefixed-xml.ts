/**
 * Workbooks whose SpreadsheetML is written with a namespace prefix (`<x:worksheet xmlns:x="…/main">…`), made
 * from a normal workbook by rewriting its parts (scripts/synthetic/prefix-xml.ts).
 */

import JSZip from "jszip";
import { prefixPart, type PrefixMode, UNPREFIXED } from "../../scripts/synthetic/prefix-xml";

export type { PrefixMode };

/** The workbook with every SpreadsheetML part (workbook, sheets, styles, shared strings) prefixed. */
export async function prefixWorkbook(bytes: Uint8Array, mode: PrefixMode = "all"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files)) {
    if (path.endsWith(".xml")) zip.file(path, prefixPart(await zip.file(path)!.async("string"), mode));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The unprefixed element names a part holds (none, in a part written all prefixed and edited in its style). */
export function unprefixedElements(xml: string): string[] {
  return [...new Set([...xml.matchAll(UNPREFIXED)].map((m) => m[2]))];
}

/** The text of one part of a workbook. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The workbook with its prefixed SpreadsheetML written unprefixed again, for a test oracle that knows no
 * prefixes (ExcelJS loads `<x:sheetData>` as no sheet at all). A workbook with no prefixed part comes back as it is.
 */
export async function unprefixWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml"))) {
    const xml = await zip.file(path)!.async("string");
    const root = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*[^>]*>/.exec(xml.replace(/^<\?xml[^>]*\?>/, ""));
    if (!root || !root[0].includes(`xmlns:${root[1]}="${NS_MAIN}"`)) continue;
    const p = root[1];
    const decl = ` xmlns:${p}="${NS_MAIN}"`;
    const bare = xml.split(`<${p}:`).join("<").split(`</${p}:`).join("</");
    zip.file(path, bare.includes(` xmlns="${NS_MAIN}"`) ? bare.replace(decl, "") : bare.replace(decl, ` xmlns="${NS_MAIN}"`));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
