/**
 * The file writer of the report tabs (REPORTS.md): a copy of an .xlsx with the laid-out tabs added, made at the
 * zip-part level (xlsx-package.ts). The workbook is never loaded as a whole: every part of the user's sheets is
 * copied as it is (values, formats, validations, comments, and charts, pivot tables and images too), the tabs
 * are written as worksheet parts straight from their layouts, and the workbook part, relationships, content
 * types, styles, print-title names and `_gx` are edited. Excel tables and native charts are Excel-only (the
 * Office.js writer makes them).
 */

import { type CellValue, type GxSettings, parseSettings, planReportTabs, type Renamed, type ReportLayout, SETTINGS_SHEET, settingsToCells, type SheetData } from "../../core";
import { printTitlesRef, ReportStyles, reportSheetXml, settingsSheetXml } from "./report-sheet-xml";
import { attributes, relsPathOf, resolveTarget, unescapeXml, type XlsxPackage } from "./xlsx-package";

export interface ReportWriteResult {
  /** The sheets written, in layout order. */
  written: string[];
  /** Tabs that took a suffixed name because a user's sheet has the standard one: tell the user. */
  renamed: Renamed[];
  /** `_gx` held settings that are not JSON: left as they were, so these tabs are not recorded as the add-in's. */
  settingsUnreadable: boolean;
}

/** The text of an <si> or <is>: its runs' <t>, phonetic runs (<rPh>) left out. */
function richText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += unescapeXml(m[1] ?? "");
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings by index, read only as far as `upTo` (a `_gx` of a few cells needs few of them). */
async function sharedStrings(pkg: XlsxPackage, upTo: number): Promise<string[]> {
  const rels = (await pkg.readText(relsPathOf(pkg.workbookPath))) ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => /\/sharedStrings$/.test(a.get("Type") ?? ""));
  if (!rel) return [];
  const xml = (await pkg.readText(resolveTarget(pkg.workbookPath.replace(/[^/]+$/, ""), rel.get("Target") ?? ""))) ?? "";
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    out.push(richText(m[1] ?? ""));
    if (out.length > upTo) break;
  }
  return out;
}

/** `_gx` as the reader sees it: column A's text. */
async function settingsSheet(pkg: XlsxPackage): Promise<SheetData | undefined> {
  const entry = pkg.sheet(SETTINGS_SHEET);
  if (!entry) return undefined;
  const xml = (await pkg.readText(entry.path)) ?? "";
  const cells: { row: number; type: string; v: string | null; inline: string | null }[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attributes(`<c ${m[1]}>`);
    const ref = /^A(\d+)$/.exec(a.get("r") ?? "");
    if (!ref) continue;
    const body = m[2] ?? "";
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    cells.push({ row: Number(ref[1]), type: a.get("t") ?? "n", v: v === undefined ? null : unescapeXml(v), inline: is === undefined ? null : richText(is) });
  }
  const needed = Math.max(-1, ...cells.filter((c) => c.type === "s").map((c) => Number(c.v)));
  const sst = needed >= 0 ? await sharedStrings(pkg, needed) : [];
  const rows: (CellValue[] | undefined)[] = [];
  for (const c of cells) {
    let value: CellValue = null;
    if (c.type === "s") value = sst[Number(c.v)] ?? null;
    else if (c.type === "inlineStr") value = c.inline;
    else if (c.type === "str" || c.type === "e") value = c.v;
    else if (c.type === "b") value = c.v === "1";
    else if (c.v !== null) value = Number(c.v);
    rows[c.row - 1] = [value];
  }
  return { name: SETTINGS_SHEET, rows: Array.from(rows), merges: [] };
}

async function writeSettings(pkg: XlsxPackage, settings: GxSettings): Promise<void> {
  const xml = settingsSheetXml(settingsToCells(settings));
  const entry = pkg.sheet(SETTINGS_SHEET);
  if (entry) pkg.replaceSheetXml(entry, xml);
  else pkg.addSheet(SETTINGS_SHEET, xml, { veryHidden: true });
}

/**
 * Adds the tabs to the package, replacing the add-in's earlier tabs (settings.reports in `_gx`) in their places
 * and leaving a user's sheet of the same name alone (the tab takes a suffix and is listed in `renamed`).
 */
export async function writeReportTabs(pkg: XlsxPackage, layouts: readonly ReportLayout[]): Promise<ReportWriteResult> {
  const { settings, findings } = parseSettings(await settingsSheet(pkg));
  const settingsUnreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
  const plan = planReportTabs(pkg.sheetNames(), settingsUnreadable ? [] : (settings.reports ?? []), layouts.map((l) => l.tab));
  for (const name of plan.stale) await pkg.removeSheet(name);

  const styles = await pkg.stylesPart();
  const looks = new ReportStyles(styles.xml);
  looks.prepare();
  const written: string[] = [];
  for (const tab of plan.tabs) {
    const layout = layouts.find((l) => l.tab === tab.wanted) as ReportLayout;
    // The new tab takes the place of the one it replaces.
    const index = tab.replaces ? await pkg.removeSheet(tab.name) : -1;
    const entry = pkg.addSheet(tab.name, reportSheetXml(layout, looks), { index });
    if (layout.printTitles) pkg.setLocalName(entry, "_xlnm.Print_Titles", printTitlesRef(tab.name, layout.printTitles));
    written.push(tab.name);
  }
  pkg.zip.file(styles.path, looks.styles());
  if (!settingsUnreadable) await writeSettings(pkg, { ...settings, reports: plan.reports });
  return { written, renamed: plan.renamed, settingsUnreadable };
}
