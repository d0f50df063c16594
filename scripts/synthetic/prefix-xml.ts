/**
 * SpreadsheetML rewritten with a namespace prefix, as the Open XML SDK and some exporters write it
 * (`<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>…`): the corpus's prefixed workbook and the tests' ones.
 */

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * `all`: every element of the main namespace prefixed `x:`, no default namespace (the SDK's way).
 * `mixed`: the root keeps the default namespace and declares `x:` beside it; the root and some elements (the
 * sections and rows) take the prefix, the others (cells, rules, formats, sheet entries) stay unprefixed.
 */
export type PrefixMode = "all" | "mixed";

const MIXED = new Set(["sheetData", "row", "cols", "conditionalFormatting", "dataValidations", "sheets", "definedNames", "dxfs", "fonts", "fills", "borders", "cellXfs", "numFmts", "si"]);

/** Unprefixed element names (start and end tags). */
export const UNPREFIXED = /<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g;

/** One part rewritten; a part whose root is not in SpreadsheetML's default namespace comes back as it was. */
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
