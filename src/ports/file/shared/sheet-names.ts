import { LIMITS, limitText } from "../../../core";
import { PartNs } from "./part-ns";
import { FileRefusal } from "./refusal";
import { attributes } from "./xlsx-package";

/**
 * The sheet names a workbook.xml declares, held to Excel's own rules before ExcelJS sees them: ExcelJS prints a
 * warning quoting the whole name for one over 31 characters (42 MB of stderr for a 20-million-character name) and
 * cuts it, so the check would name a sheet the user does not have; it throws its own English error on the others.
 * Excel never saves such a name, so the file was damaged or made by another program: a clear refusal says which
 * sheet and what to do.
 */

/** Characters Excel refuses in a sheet name. */
const ILLEGAL = /[:\\/?*[\]]/;

/** A name as a message shows it: a few dozen characters are enough to find it in Excel. */
function shown(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/**
 * The `name` of each <sheet> element, found with indexOf (the XML is untrusted: no regex over the whole part),
 * under the workbook part's own prefix too (`<x:sheets><x:sheet …/>`, as the Open XML SDK writes it).
 */
export function declaredSheetNames(workbookXml: string): string[] {
  const names: string[] = [];
  const { prefix } = PartNs.of(workbookXml);
  // Where the tag whose name ends in the "sheet" found at `at` starts (`<sheet`, `<x:sheet`), else -1.
  const tagAt = (at: number): number => {
    if (workbookXml.charCodeAt(at - 1) === 60) return at - 1;
    const head = at - 1 - prefix.length;
    return prefix !== "" && workbookXml.startsWith(`<${prefix}`, head) ? head : -1;
  };
  let start = workbookXml.indexOf("sheets");
  while (start >= 0 && tagAt(start) < 0) start = workbookXml.indexOf("sheets", start + 6);
  const ends = start < 0 ? [] : [workbookXml.indexOf("</sheets>", start), workbookXml.indexOf(`</${prefix}sheets>`, start)].filter((i) => i >= 0);
  if (ends.length === 0) return names;
  const end = Math.min(...ends);
  for (let at = workbookXml.indexOf("sheet", start + 6); at >= 0 && at < end; at = workbookXml.indexOf("sheet", at + 5)) {
    const tag = tagAt(at);
    const next = workbookXml.charCodeAt(at + 5);
    // `<sheet ` or `<sheet/`, not `<sheets`, `<sheetPr`, nor "sheet" in a name.
    if (tag < 0 || (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 47)) continue;
    const close = workbookXml.indexOf(">", at);
    if (close < 0) break;
    names.push(attributes(workbookXml.slice(tag, close + 1)).get("name") ?? "");
    at = close - 5;
  }
  return names;
}

/** Throws the FileRefusal for the first sheet name Excel could not hold. */
export function refuseIllegalSheetNames(workbookXml: string): void {
  const seen = new Set<string>();
  for (const name of declaredSheetNames(workbookXml)) {
    if (name.length > LIMITS.sheetName) {
      throw new FileRefusal("file.long-sheet-name", { sheet: shown(name), length: limitText(name.length), limit: LIMITS.sheetName });
    }
    if (name.trim() === "" || ILLEGAL.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FileRefusal("file.bad-sheet-name", { sheet: shown(name) });
    }
    // Excel compares sheet names without case.
    const key = name.toLowerCase();
    if (seen.has(key)) throw new FileRefusal("file.duplicate-sheet-name", { sheet: name });
    seen.add(key);
  }
}
