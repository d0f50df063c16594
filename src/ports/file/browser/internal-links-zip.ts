import JSZip from "jszip";
import { isInternalTarget } from "../shared/internal-target";
import { attributes, escapeXml } from "../shared/xlsx-package";

/**
 * The browser's counterpart of internal-links.ts. ExcelJS 4.4 writes a link to a cell of the same workbook with
 * both `location` and an external relationship (exceljs#3027), which Excel then opens as a file named after the
 * cell. In Node the worksheet writer is patched; the browser build of ExcelJS is one closed bundle, so the
 * written file is corrected instead: a <hyperlink> that has a `location` loses its r:id, and the relationship it
 * pointed to is dropped. A link to a sheet whose name holds `!` ExcelJS writes with no `location` at all, as a
 * relationship to an external "file" `'A!B'!A1`: its target becomes the `location`. Files without such links come
 * back as they were.
 */

const SHEET = /^xl\/worksheets\/([^/]+\.xml)$/;
const HYPERLINK = /<hyperlink\b[^>]*>/g;
const RID = /\sr:id="([^"]*)"/;

function relsPath(sheetPath: string): string {
  const [, file] = SHEET.exec(sheetPath) as RegExpExecArray;
  return `xl/worksheets/_rels/${file}.rels`;
}

function dropRelationships(rels: string, ids: ReadonlySet<string>): string {
  return rels.replace(/<Relationship\b[^>]*?\/>/g, (el) => {
    const id = /\bId="([^"]*)"/.exec(el)?.[1];
    return id !== undefined && ids.has(id) ? "" : el;
  });
}

/** The external relationships of a sheet: id → target. */
function externalTargets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.get("TargetMode") === "External") out.set(a.get("Id") ?? "", a.get("Target") ?? "");
  }
  return out;
}

export async function fixInternalLinks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => SHEET.test(p))) {
    const xml = await zip.file(path)!.async("string");
    if (!xml.includes("<hyperlink")) continue;
    const relsFile = zip.file(relsPath(path));
    const rels = relsFile ? await relsFile.async("string") : "";
    const external = externalTargets(rels);
    const dropped = new Set<string>();
    const fixed = xml.replace(HYPERLINK, (el) => {
      const rid = RID.exec(el);
      if (!rid) return el;
      if (/\slocation="/.test(el)) {
        dropped.add(rid[1]);
        return el.replace(RID, "");
      }
      const target = external.get(rid[1]);
      if (target === undefined || !isInternalTarget(target)) return el;
      dropped.add(rid[1]);
      return el.replace(RID, ` location="${escapeXml(target)}"`);
    });
    if (dropped.size === 0) continue;
    zip.file(path, fixed);
    if (relsFile) zip.file(relsPath(path), dropRelationships(rels, dropped));
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
