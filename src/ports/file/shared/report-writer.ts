/**
 * The file writer of the report tabs (REPORTS.md): a copy of an .xlsx with the laid-out tabs added, made at the
 * zip-part level (xlsx-package.ts). The workbook is never loaded as a whole: every part of the user's sheets is
 * copied as it is (values, formats, validations, comments, and charts, pivot tables and images too), the tabs
 * are written as worksheet parts straight from their layouts, and the workbook part, relationships, content
 * types, styles, print-title names and `_gx` are edited. Excel tables and native charts are Excel-only (the
 * Office.js writer makes them).
 */

import { bearsReportMark, type CellValue, type GxSettings, isSettingsHead, parseSettings, planReportTabs, type Renamed, type ReportLayout, settingsSheetName, settingsToCells, type SheetData } from "../../../core";
import { PartNs } from "./part-ns";
import { printTitlesRef, ReportStyles, reportSheetXml, settingsSheetXml } from "./report-sheet-xml";
import { attributes, relsPathOf, resolveTarget, type SheetEntry, unescapeXml, type XlsxPackage } from "./xlsx-package";

export interface ReportWriteResult {
  /** The sheets written, in layout order. */
  written: string[];
  /** Tabs that took a suffixed name because a user's sheet has the standard one: tell the user. */
  renamed: Renamed[];
  /** `_gx` held settings that are not JSON: left as they were, so these tabs are not recorded as the add-in's. */
  settingsUnreadable: boolean;
}

/** The text of an <si> or <is>: its runs' <t>, phonetic runs (<rPh>) left out. */
function richText(xml: string, ns: PartNs): string {
  const plain = xml.replace(new RegExp(`<(${ns.name("rPh")})\\b[\\s\\S]*?</\\1>`, "g"), "");
  let out = "";
  for (const m of plain.matchAll(ns.element("t", "g"))) out += unescapeXml(m[2] ?? "");
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings by index, read only as far as `upTo` (a `_gx` of a few cells needs few of them). */
async function sharedStrings(pkg: XlsxPackage, upTo: number): Promise<string[]> {
  const rels = (await pkg.readText(relsPathOf(pkg.workbookPath))) ?? "";
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => /\/sharedStrings$/.test(a.get("Type") ?? ""));
  if (!rel) return [];
  const xml = (await pkg.readText(resolveTarget(pkg.workbookPath.replace(/[^/]+$/, ""), rel.get("Target") ?? ""))) ?? "";
  const ns = PartNs.of(xml);
  const out: string[] = [];
  for (const m of xml.matchAll(ns.element("si", "g"))) {
    out.push(richText(m[2] ?? "", ns));
    if (out.length > upTo) break;
  }
  return out;
}

/** A sheet's state as workbook.xml gives it (absent: visible). */
function stateOf(entry: SheetEntry): SheetData["state"] {
  const state = attributes(/^<[^>]*>/.exec(entry.element)?.[0] ?? "<sheet>").get("state");
  return state === "veryHidden" || state === "hidden" ? state : "visible";
}

/**
 * The add-in's `_gx`: very hidden, named `_gx` or `_gx(N)` and holding JSON in column A, never a user's sheet
 * that merely has the name (src/core/read/settings-sheet.ts).
 */
async function settingsSheet(pkg: XlsxPackage): Promise<{ entry: SheetEntry; data: SheetData } | undefined> {
  for (const name of pkg.sheetNames()) {
    const entry = pkg.sheet(name);
    if (!entry || stateOf(entry) !== "veryHidden") continue;
    const data = await columnA(pkg, entry);
    const first = data.rows.find((r) => r?.[0] !== null && r?.[0] !== undefined && r[0] !== "")?.[0];
    if (isSettingsHead({ name, state: "veryHidden", first })) return { entry, data };
  }
  return undefined;
}

/** A sheet's column A as the reader sees it. */
async function columnA(pkg: XlsxPackage, entry: SheetEntry): Promise<SheetData> {
  const xml = (await pkg.readText(entry.path)) ?? "";
  const ns = PartNs.of(xml);
  const value = new RegExp(`<(${ns.name("v")})>([\\s\\S]*?)</\\1>`);
  const inline = new RegExp(`<(${ns.name("is")})>([\\s\\S]*?)</\\1>`);
  const cells: { row: number; type: string; v: string | null; inline: string | null }[] = [];
  for (const m of xml.matchAll(new RegExp(`<(${ns.name("c")})\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1>)`, "g"))) {
    const a = attributes(`<c ${m[2]}>`);
    const ref = /^A(\d+)$/.exec(a.get("r") ?? "");
    if (!ref) continue;
    const body = m[3] ?? "";
    const v = value.exec(body)?.[2];
    const is = inline.exec(body)?.[2];
    cells.push({ row: Number(ref[1]), type: a.get("t") ?? "n", v: v === undefined ? null : unescapeXml(v), inline: is === undefined ? null : richText(is, ns) });
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
  return { name: entry.name, rows: Array.from(rows), merges: [] };
}

/** Into the add-in's `_gx`; without one, a new very hidden sheet beside any user's sheet named like it. */
async function writeSettings(pkg: XlsxPackage, entry: SheetEntry | undefined, settings: GxSettings): Promise<void> {
  const xml = settingsSheetXml(settingsToCells(settings));
  if (entry) pkg.replaceSheetXml(entry, xml);
  else pkg.addSheet(settingsSheetName(pkg.sheetNames()), xml, { veryHidden: true });
}

/** `_gx` of the copy rewritten with `settings` (the page's 设置 and marks), or added when the workbook has none. */
export async function replaceSettings(pkg: XlsxPackage, settings: GxSettings): Promise<void> {
  await writeSettings(pkg, (await settingsSheet(pkg))?.entry, settings);
}

/** The tabs `_gx` claims that bear the add-in's mark (its subtitle in A2): a forged or stale claim is not honoured. */
async function markedClaims(pkg: XlsxPackage, claimed: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const name of claimed) {
    const entry = pkg.sheet(name);
    if (entry && bearsReportMark((await columnA(pkg, entry)).rows[1]?.[0])) out.push(name);
  }
  return out;
}

/**
 * Adds the tabs to the package, replacing the add-in's earlier tabs (settings.reports in `_gx`) in their places
 * and leaving a user's sheet of the same name alone (the tab takes a suffix and is listed in `renamed`).
 */
export async function writeReportTabs(pkg: XlsxPackage, layouts: readonly ReportLayout[]): Promise<ReportWriteResult> {
  const gx = await settingsSheet(pkg);
  const { settings, findings } = parseSettings(gx?.data);
  const settingsUnreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
  const owned = settingsUnreadable ? [] : await markedClaims(pkg, settings.reports ?? []);
  const plan = planReportTabs(pkg.sheetNames(), owned, layouts.map((l) => l.tab));
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
  if (!settingsUnreadable) await writeSettings(pkg, gx ? pkg.sheet(gx.entry.name) : undefined, { ...settings, reports: plan.reports });
  return { written, renamed: plan.renamed, settingsUnreadable };
}
