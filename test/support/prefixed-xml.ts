/**
 * Workbooks whose SpreadsheetML is written with a namespace prefix, as the Open XML SDK and some exporters write
 * it (`<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>…`), made from a normal workbook by rewriting its parts.
 */

import JSZip from "jszip";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * `all`: every element of the main namespace prefixed `x:`, no default namespace (the SDK's way).
 * `mixed`: the root keeps the default namespace and declares `x:` beside it; the root and some elements (the
 * sections and rows) take the prefix, the others (cells, rules, formats, sheet entries) stay unprefixed.
 */
export type PrefixMode = "all" | "mixed";

const MIXED = new Set(["sheetData", "row", "cols", "conditionalFormatting", "dataValidations", "sheets", "definedNames", "dxfs", "fonts", "fills", "borders", "cellXfs", "numFmts", "si"]);

/** Unprefixed element names (start and end tags), for rewriting or for checking that none is left. */
const UNPREFIXED = /<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g;

export function prefixPart(xml: string, mode: PrefixMode): string {
  const decl = `xmlns="${NS_MAIN}"`;
  if (!xml.includes(decl)) return xml;
  let first = true;
  const out = xml.replace(UNPREFIXED, (all, slash: string, name: string) => {
    const root = first && slash === "";
    first = false;
    return mode === "all" || root || MIXED.has(name) ? `<${slash}x:${name}` : all;
  });
  // The root's end tag is the part's last tag, and mixed mode prefixed only the root's start above.
  const closed = mode === "mixed" ? out.replace(/<\/(?!x:)([A-Za-z_][\w.-]*)>\s*$/, "</x:$1>") : out;
  return closed.replace(decl, mode === "all" ? `xmlns:x="${NS_MAIN}"` : `${decl} xmlns:x="${NS_MAIN}"`);
}

/** The workbook with every SpreadsheetML part (workbook, sheets, styles, shared strings) prefixed; `only` narrows. */
export async function prefixWorkbook(bytes: Uint8Array, mode: PrefixMode = "all", only: (path: string) => boolean = () => true): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith(".xml") || !only(path)) continue;
    zip.file(path, prefixPart(await zip.file(path)!.async("string"), mode));
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
