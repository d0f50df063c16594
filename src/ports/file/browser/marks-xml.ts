/**
 * Marks in a part-level copy (the standalone page's download, xlsx-package.ts): the same conditional formats as
 * marks.ts writes through ExcelJS — a marker formula (`ISTEXT("gx.mark.error")`) with Excel's light red or yellow
 * fill, first in priority — written straight into the sheets' XML, so the copy needs no model of the workbook.
 * A sheet's other conditional formats, cells and parts are kept as they are.
 */

import { parseRange } from "../shared/cells";
import { MARK_FORMULA, type MarkLevel } from "../shared/marks";
import { PartNs } from "../shared/part-ns";
import { FileRefusal } from "../shared/refusal";
import { attributes, unescapeXml, type XlsxPackage } from "../shared/xlsx-package";

/** The cells to colour: sheet name → A1 address → level (marks.ts markedCells). */
export type MarkPlan = ReadonlyMap<string, ReadonlyMap<string, MarkLevel>>;

const LEVELS: readonly MarkLevel[] = ["error", "warning"];
const FILL: Record<MarkLevel, string> = { error: "FFFFC7CE", warning: "FFFFEB9C" };

/** The worksheet elements that come after <conditionalFormatting> (ECMA-376 CT_Worksheet), the first of which it precedes. */
const AFTER_FORMATS = [
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Conditional-format blocks, their rules and a rule's formula, under any name the part gives them. */
function patterns(ns: PartNs) {
  return {
    block: new RegExp(`<(${ns.name("conditionalFormatting")})\\b[^>]*>[\\s\\S]*?</\\1>`, "g"),
    rule: ns.element("cfRule", "g"),
    formula: new RegExp(`<(${ns.name("formula")})>([\\s\\S]*?)</\\1>`),
    priority: new RegExp(`(<${ns.name("cfRule")}\\b[^>]*?\\bpriority=")(\\d+)"`, "g"),
  };
}

type Patterns = ReturnType<typeof patterns>;

function isMarker(rule: string, p: Patterns): boolean {
  if (!/\btype="expression"/.test(rule)) return false;
  const formula = unescapeXml(p.formula.exec(rule)?.[2] ?? "").replace(/^=/, "");
  return LEVELS.some((level) => MARK_FORMULA[level] === formula);
}

/** The sheet without its marker rules (a block left empty goes); the other rules keep their order. */
function withoutMarks(xml: string, p: Patterns): { xml: string; removed: boolean } {
  let removed = false;
  const out = xml.replace(p.block, (block, name: string) => {
    const rules = block.match(p.rule) ?? [];
    const kept = rules.filter((r) => !isMarker(r, p));
    if (kept.length === rules.length) return block;
    removed = true;
    if (kept.length === 0) return "";
    const open = /^<[^>]*>/.exec(block)![0];
    return `${open}${kept.join("")}</${name}>`;
  });
  return { xml: out, removed };
}

/** Moves every remaining rule's priority by `delta` (the marks take priorities 1 and 2, as inside Excel). */
function shiftPriorities(xml: string, delta: number, p: Patterns): string {
  return xml.replace(p.block, (block) => block.replace(p.priority, (_, head: string, n: string) => `${head}${Number(n) + delta}"`));
}

function priorities(xml: string, p: Patterns): number[] {
  return [...(xml.match(p.block) ?? []).join("").matchAll(p.priority)].map((m) => Number(m[2]));
}

/** Where <conditionalFormatting> goes: before the first element that follows it, else before </worksheet>. */
function insertAt(xml: string, ns: PartNs): number {
  const sheetDataEnd = new RegExp(`</${ns.name("sheetData")}>|<${ns.name("sheetData")}\\s*/>`).exec(xml);
  const from = sheetDataEnd?.index ?? 0;
  const ends = [...xml.matchAll(new RegExp(`</${ns.name("worksheet")}>`, "g"))];
  // A part cut short: writing into it would only hide the damage.
  if (ends.length === 0) throw new FileRefusal("file.corrupt");
  let at = ends[ends.length - 1].index;
  for (const tag of AFTER_FORMATS) {
    const m = new RegExp(`<${ns.name(tag)}[\\s>/]`).exec(xml.slice(from));
    if (m && from + m.index < at) at = from + m.index;
  }
  return at;
}

function markBlocks(cells: ReadonlyMap<string, MarkLevel>, dxf: Record<MarkLevel, number>, ns: PartNs): string {
  return LEVELS.map((level, i) => {
    const refs = [...cells].filter(([, l]) => l === level).map(([a1]) => a1);
    if (refs.length === 0) return "";
    const formula = MARK_FORMULA[level].replace(/"/g, "&quot;");
    return ns.own(`<conditionalFormatting sqref="${refs.join(" ")}"><cfRule type="expression" dxfId="${dxf[level]}" priority="${i + 1}"><formula>${formula}</formula></cfRule></conditionalFormatting>`);
  }).join("");
}

/** Adds the two fills to the styles part's differential formats; returns their ids. */
async function addFills(pkg: XlsxPackage): Promise<Record<MarkLevel, number>> {
  const { path, xml } = await pkg.stylesPart();
  const ns = PartNs.of(xml);
  const dxfs = LEVELS.map((l) => `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${FILL[l]}"/></patternFill></fill></dxf>`).join("");
  const section = ns.element("dxfs").exec(xml);
  const before = section?.[2]?.match(new RegExp(`<${ns.name("dxf")}[\\s>/]`, "g"))?.length ?? 0;
  const replaced = ns.own(`<dxfs count="${before + LEVELS.length}">`) + (section?.[2] ?? "") + ns.own(`${dxfs}</dxfs>`);
  let next: string;
  if (section) next = xml.slice(0, section.index) + replaced + xml.slice(section.index + section[0].length);
  else {
    // CT_Stylesheet: dxfs follows cellStyles and precedes tableStyles, colors and extLst.
    const after = xml.search(new RegExp(`<(?:${ns.name("tableStyles")}|${ns.name("colors")}|${ns.name("extLst")})[\\s>/]|</${ns.name("styleSheet")}>`));
    if (after < 0) throw new FileRefusal("file.corrupt");
    next = xml.slice(0, after) + replaced + xml.slice(after);
  }
  pkg.zip.file(path, next);
  return { error: before, warning: before + 1 };
}

/**
 * Replaces the marks of every sheet of the copy with `plan`: the opened file's marks (the page's, or the add-in's
 * from inside Excel) are dropped, the planned cells coloured. The other rules move down by two where marks are
 * added and back where marks are only dropped, as marks.ts does. Returns the cells marked.
 */
export async function writeMarksXml(pkg: XlsxPackage, plan: MarkPlan): Promise<number> {
  let dxf: Record<MarkLevel, number> | null = null;
  let marked = 0;
  for (const name of pkg.sheetNames()) {
    const entry = pkg.sheet(name)!;
    const cells = plan.get(name);
    const original = await pkg.readText(entry.path);
    if (original === null) continue;
    const ns = PartNs.of(original);
    const p = patterns(ns);
    const { xml: clean, removed } = withoutMarks(original, p);
    if (!removed && (!cells || cells.size === 0)) continue;
    let xml = clean;
    if (removed && priorities(xml, p).every((n) => n > LEVELS.length)) xml = shiftPriorities(xml, -LEVELS.length, p);
    if (cells && cells.size > 0) {
      dxf ??= await addFills(pkg);
      xml = shiftPriorities(xml, LEVELS.length, p);
      const at = insertAt(xml, ns);
      xml = xml.slice(0, at) + markBlocks(cells, dxf, ns) + xml.slice(at);
      marked += cells.size;
    }
    pkg.replaceSheetXml(entry, xml);
  }
  return marked;
}

/** Cells in a list of areas (`C5 D7:F7`): the add-in in Excel records rectangles, the page single cells. */
function refCells(ref: string): number {
  return ref
    .split(/\s+/)
    .map(parseRange)
    .reduce((n, a) => n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
}

/** The cells the package's marks colour, in every sheet (what clearing them takes away). */
export async function countMarksXml(pkg: XlsxPackage): Promise<number> {
  let cells = 0;
  for (const name of pkg.sheetNames()) {
    const xml = (await pkg.readText(pkg.sheet(name)!.path)) ?? "";
    const p = patterns(PartNs.of(xml));
    for (const block of xml.match(p.block) ?? []) {
      if ((block.match(p.rule) ?? []).some((r) => isMarker(r, p))) cells += refCells(attributes(/^<[^>]*>/.exec(block)![0]).get("sqref") ?? "");
    }
  }
  return cells;
}
