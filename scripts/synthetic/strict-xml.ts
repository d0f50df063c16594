/**
 * A workbook's parts renamed into Strict OOXML, as Excel's "Strict Open XML 电子表格" saves it: the same elements
 * and relationships under the purl.oclc.org namespaces, the workbook marked `conformance="strict"`. For the
 * corpus's Strict workbook and the tests' ones; `transitionalPart` turns it back for oracles that know no Strict.
 */

const NAMES: readonly (readonly [string, string])[] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

/** One part (XML or .rels) in Strict's names; the workbook part marked strict. */
export function strictPart(text: string): string {
  let out = text;
  for (const [transitional, strict] of NAMES) out = out.replaceAll(`"${transitional}`, `"${strict}`);
  return out.replace(/<workbook\b(?![^>]*\sconformance=)/, '<workbook conformance="strict"');
}

/** The reverse of strictPart. */
export function transitionalPart(text: string): string {
  let out = text;
  for (const [transitional, strict] of NAMES) out = out.replaceAll(`"${strict}`, `"${transitional}`);
  return out.replace(/(<workbook\b[^>]*?)\sconformance="strict"/, "$1");
}
