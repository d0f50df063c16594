/**
 * An .xlsx as its zip parts, edited at the part level (the report copy, report-writer.ts): the workbook's sheet
 * list, relationships, content types and defined names are rewritten; every other part is copied as it is —
 * compressed bytes and all — so a user's sheets keep whatever they hold (charts, pivot tables, images, comments,
 * validations) and memory stays bounded by the zip, never by a model of the workbook.
 */

import JSZip from "jszip";
import { NS_MAIN, NS_MAIN_STRICT, PartNs } from "./part-ns";

export { NS_MAIN };
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Strict OOXML's name for the relationships namespace (and the prefix of its relationship types). */
const NS_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The attributes of one start tag, by their full name (`r:id` stays `r:id`). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** A sheet of the workbook: its <sheet> element's attributes and the part it points to. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id in workbook.xml.rels. */
  rid: string;
  /** The zip path of its part, `xl/worksheets/sheet1.xml`. */
  path: string;
  /** The whole <sheet …/> element as written (kept as it is for the sheets not touched). */
  element: string;
}

interface DefinedName {
  element: string;
  /** The sheet it is local to, or null for a workbook-wide name. */
  sheet: SheetEntry | null;
}

/** `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; an absolute target is taken from the root. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter((p) => p !== "");
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

const STRICT_RENAMES = new RegExp(`(\\sxmlns(?::[\\w.-]+)?\\s*=\\s*")(${[NS_MAIN, NS_REL].map((u) => u.replace(/[.]/g, "\\.")).join("|")})"`, "g");

/**
 * A relationship's type without its namespace (`worksheet`, `styles`, `officeDocument`), Transitional's or Strict's
 * alike; a type of another namespace as it is written.
 */
export function relKind(type: string): string {
  for (const ns of [NS_REL, NS_REL_STRICT]) if (type.startsWith(`${ns}/`)) return type.slice(ns.length + 1);
  return type;
}

export class XlsxPackage {
  private sheets: SheetEntry[] = [];
  private names: DefinedName[] = [];
  private nextSheetId = 1;
  private nextRel = 1;
  private nextPart = 1;
  /** How workbook.xml names its elements (some writers prefix them: `<x:sheets>`). */
  private readonly ns: PartNs;
  /**
   * A Strict OOXML workbook: the parts and relationships the tool adds take Strict's namespaces, so that the
   * package stays one conformance class (the tool's own XML is written Transitional and renamed on the way in).
   */
  private readonly strict: boolean;

  private constructor(
    readonly zip: JSZip,
    /** `xl/workbook.xml` or wherever the package's root relationship says. */
    readonly workbookPath: string,
    private workbookXml: string,
    private workbookRels: string,
    private contentTypes: string,
  ) {
    this.ns = PartNs.of(workbookXml);
    this.strict = workbookXml.includes(NS_MAIN_STRICT);
  }

  /** A part's XML with its Transitional namespace declarations renamed to this package's (only declarations: text stays). */
  private own(xml: string): string {
    return this.strict ? xml.replace(STRICT_RENAMES, (_, decl: string, uri: string) => `${decl}${uri === NS_MAIN ? NS_MAIN_STRICT : NS_REL_STRICT}"`) : xml;
  }

  private relType(kind: string): string {
    return `${this.strict ? NS_REL_STRICT : NS_REL}/${kind}`;
  }

  /** The content of the element `local` in workbook.xml ("" when absent or empty). */
  private contentOf(local: string): string {
    return this.ns.element(local).exec(this.workbookXml)?.[2] ?? "";
  }

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const text = async (path: string): Promise<string | null> => (zip.file(path) ? await zip.file(path)!.async("string") : null);
    const root = (await text("_rels/.rels")) ?? "";
    const officeDoc = [...root.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => relKind(a.get("Type") ?? "") === "officeDocument");
    const workbookPath = officeDoc ? resolveTarget("", officeDoc.get("Target") ?? "") : "xl/workbook.xml";
    const workbookXml = await text(workbookPath);
    const contentTypes = await text("[Content_Types].xml");
    if (workbookXml === null || contentTypes === null) throw new Error("not a workbook package");
    const pkg = new XlsxPackage(zip, workbookPath, workbookXml, (await text(relsPathOf(workbookPath))) ?? "", contentTypes);
    pkg.parse();
    return pkg;
  }

  private relTargets(): Map<string, { type: string; path: string }> {
    const out = new Map<string, { type: string; path: string }>();
    for (const m of this.workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.get("TargetMode") === "External") continue;
      out.set(a.get("Id") ?? "", { type: a.get("Type") ?? "", path: resolveTarget(dirOf(this.workbookPath), a.get("Target") ?? "") });
    }
    return out;
  }

  private parse(): void {
    const rels = this.relTargets();
    for (const m of this.contentOf("sheets").matchAll(this.ns.element("sheet", "g"))) {
      const a = attributes(/^<[^>]*>/.exec(m[0])![0]);
      const ridKey = [...a.keys()].find((k) => /^[\w.-]+:id$/.test(k));
      const rid = ridKey ? (a.get(ridKey) ?? "") : "";
      const sheetId = Number(a.get("sheetId"));
      this.sheets.push({ name: a.get("name") ?? "", sheetId, rid, path: rels.get(rid)?.path ?? "", element: m[0] });
      if (Number.isFinite(sheetId)) this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    }
    for (const m of this.contentOf("definedNames").matchAll(this.ns.element("definedName", "g"))) {
      const local = attributes(/^<[^>]*>/.exec(m[0])![0]).get("localSheetId");
      this.names.push({ element: m[0], sheet: local === undefined ? null : (this.sheets[Number(local)] ?? null) });
    }
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  async readText(path: string): Promise<string | null> {
    const f = this.zip.file(path);
    return f ? f.async("string") : null;
  }

  /**
   * A worksheet part name not yet in the zip, `xl/worksheets/sheetN.xml`: readers such as ExcelJS (this tool's
   * own) find worksheets by that name only.
   */
  private newPartPath(): string {
    let path: string;
    do path = `xl/worksheets/sheet${this.nextPart++}.xml`;
    while (this.zip.file(path));
    return path;
  }

  private newRid(): string {
    let rid: string;
    do rid = `rIdGx${this.nextRel++}`;
    while (this.workbookRels.includes(`Id="${rid}"`));
    return rid;
  }

  private addOverride(path: string, contentType: string): void {
    const el = `<Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/>`;
    this.contentTypes = this.contentTypes.replace(/<\/Types>\s*$/, `${el}</Types>`);
  }

  private dropOverride(path: string): void {
    this.contentTypes = this.contentTypes.replace(/<Override\b[^>]*>/g, (el) => (attributes(el).get("PartName") === `/${path}` ? "" : el));
  }

  private addRel(rid: string, type: string, path: string): void {
    const target = path.startsWith(dirOf(this.workbookPath)) ? path.slice(dirOf(this.workbookPath).length) : `/${path}`;
    const el = `<Relationship Id="${rid}" Type="${type}" Target="${escapeXml(target)}"/>`;
    if (this.workbookRels === "") this.workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    this.workbookRels = this.workbookRels.replace(/<\/Relationships>\s*$/, `${el}</Relationships>`);
  }

  private dropRel(rid: string): void {
    this.workbookRels = this.workbookRels.replace(/<Relationship\b[^>]*>/g, (el) => (attributes(el).get("Id") === rid ? "" : el));
  }

  /**
   * Removes a sheet the tool made: its entry, relationship, content type, part and the parts only it used (its
   * own relationships, followed down: tables, drawings and their charts). Its sheet-local names go with it.
   * Returns the index it had, so a successor can take its place.
   */
  async removeSheet(name: string): Promise<number> {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) return -1;
    const entry = this.sheets[index];
    this.sheets.splice(index, 1);
    this.names = this.names.filter((n) => n.sheet !== entry);
    this.dropRel(entry.rid);
    const workbookParts = new Set([...this.relTargets().values()].map((t) => t.path));
    await this.dropPart(entry.path, workbookParts);
    return index;
  }

  private async dropPart(path: string, keep: ReadonlySet<string>): Promise<void> {
    if (path === "" || keep.has(path) || !this.zip.file(path)) return;
    const rels = await this.readText(relsPathOf(path));
    this.zip.remove(path);
    this.dropOverride(path);
    if (rels === null) return;
    this.zip.remove(relsPathOf(path));
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.get("TargetMode") !== "External") await this.dropPart(resolveTarget(dirOf(path), a.get("Target") ?? ""), keep);
    }
  }

  /** Adds a sheet (at `index`, else last) whose part holds `xml`; `hidden` makes it very hidden. */
  addSheet(name: string, xml: string, opts: { index?: number; veryHidden?: boolean } = {}): SheetEntry {
    const rid = this.newRid();
    const path = this.newPartPath();
    const sheetId = this.nextSheetId++;
    const state = opts.veryHidden ? ` state="veryHidden"` : "";
    const entry: SheetEntry = { name, sheetId, rid, path, element: this.ns.own(`<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} r:id="${rid}"/>`) };
    const at = opts.index === undefined || opts.index < 0 ? this.sheets.length : Math.min(opts.index, this.sheets.length);
    this.sheets.splice(at, 0, entry);
    this.zip.file(path, this.own(xml));
    this.addRel(rid, this.relType("worksheet"), path);
    this.addOverride(path, CT_WORKSHEET);
    return entry;
  }

  /** Replaces the part of an existing sheet (its entry, position and visibility stay). */
  replaceSheetXml(entry: SheetEntry, xml: string): void {
    this.zip.file(entry.path, this.own(xml));
  }

  /** A sheet-local defined name (print titles: `_xlnm.Print_Titles`), replacing one of the same name there. */
  setLocalName(entry: SheetEntry, name: string, value: string): void {
    this.names = this.names.filter((n) => !(n.sheet === entry && attributes(/^<[^>]*>/.exec(n.element)![0]).get("name") === name));
    this.names.push({ element: this.ns.own(`<definedName name="${name}" localSheetId="0">${escapeXml(value)}</definedName>`), sheet: entry });
  }

  /** The styles part, created (empty of custom styles) when the workbook has none. */
  async stylesPart(): Promise<{ path: string; xml: string }> {
    const found = [...this.relTargets().values()].find((t) => relKind(t.type) === "styles");
    if (found) return { path: found.path, xml: (await this.readText(found.path)) ?? this.own(MINIMAL_STYLES) };
    const path = `${dirOf(this.workbookPath)}styles.xml`;
    this.addRel(this.newRid(), this.relType("styles"), path);
    this.addOverride(path, CT_STYLES);
    return { path, xml: this.own(MINIMAL_STYLES) };
  }

  /** Writes the edited workbook part, its relationships and the content types back into the zip. */
  private flush(): void {
    const index = new Map(this.sheets.map((s, i) => [s, i]));
    const ns = this.ns;
    const sheetsXml = `${ns.own("<sheets>")}${this.sheets.map((s) => s.element).join("")}${ns.own("</sheets>")}`;
    // Replaced by functions: a `$&` in a sheet name is text, not a pattern.
    let wb = this.workbookXml.replace(this.ns.element("sheets"), () => sheetsXml);
    const names = this.names
      .filter((n) => n.sheet === null || index.has(n.sheet))
      .map((n) => (n.sheet === null ? n.element : n.element.replace(/\blocalSheetId="\d+"/, `localSheetId="${index.get(n.sheet)}"`)));
    // Excel sorts names itself on save; it wants print titles local to their sheet, which localSheetId says.
    const namesXml = names.length > 0 ? `${ns.own("<definedNames>")}${names.join("")}${ns.own("</definedNames>")}` : "";
    if (this.ns.element("definedNames").test(wb)) wb = wb.replace(this.ns.element("definedNames"), () => namesXml);
    else if (namesXml !== "") {
      const after = ["externalReferences", "functionGroups", "sheets"].map((tag) => new RegExp(`</${ns.name(tag)}>`).exec(wb)).find((m) => m !== null)!;
      wb = wb.slice(0, after.index + after[0].length) + namesXml + wb.slice(after.index + after[0].length);
    }
    // The remembered active and first tabs may now be past the end.
    wb = wb.replace(new RegExp(`<${ns.name("workbookView")}\\b[^>]*>`, "g"), (el) =>
      el.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (all, attr: string, n: string) => (Number(n) >= this.sheets.length ? `${attr}="0"` : all)),
    );
    // New <sheet> entries use the r: prefix; a workbook that never declared it gets it declared.
    const root = new RegExp(`<(${ns.name("workbook")})\\b`);
    if (!new RegExp(`<${ns.name("workbook")}\\b[^>]*\\sxmlns:r=`).test(wb)) wb = wb.replace(root, (el) => `${el} xmlns:r="${this.strict ? NS_REL_STRICT : NS_REL}"`);
    this.zip.file(this.workbookPath, wb);
    this.zip.file(relsPathOf(this.workbookPath), this.workbookRels);
    this.zip.file("[Content_Types].xml", this.contentTypes);
  }

  /** The package as .xlsx bytes: the parts not touched keep their compressed bytes. */
  async save(): Promise<Uint8Array> {
    this.flush();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
