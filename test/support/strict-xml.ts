/** Workbooks saved as Strict OOXML, made from normal ones (scripts/synthetic/strict-xml.ts), and back. */

import JSZip from "jszip";
import { strictPart, transitionalPart } from "../../scripts/synthetic/strict-xml";

async function renamed(bytes: Uint8Array, rename: (text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) {
    const text = await zip.file(path)!.async("string");
    const out = rename(text);
    if (out === text) continue;
    zip.file(path, out);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}

/** The workbook as Excel saves it in Strict Open XML. */
export function strictWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  return renamed(bytes, strictPart);
}

/**
 * The workbook in Transitional names again, for a test oracle that reads no Strict (ExcelJS finds no sheet in
 * it). A workbook with no Strict part comes back as it is.
 */
export function transitionalWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  return renamed(bytes, transitionalPart);
}
