import type { SheetData } from "../../../../core";
import { relKind, resolveTarget } from "../xlsx-package";
import { attr, prefixedAttr } from "./xml-text";
import type { XmlHandler } from "./xml-scanner";

/** A <sheet> of workbook.xml: its name, visibility and relationship id, in tab order. */
export interface SheetDeclaration {
  name: string;
  state: NonNullable<SheetData["state"]>;
  rid: string;
}

export interface WorkbookDeclaration {
  /** Whether the part is a workbook at all (its root element `workbook`). */
  found: boolean;
  sheets: SheetDeclaration[];
  date1904: boolean;
}

function state(s: string | undefined): SheetDeclaration["state"] {
  return s === "hidden" || s === "veryHidden" ? s : "visible";
}

/** workbook.xml: the sheets in tab order and the date system. */
export class WorkbookHandler implements XmlHandler {
  readonly result: WorkbookDeclaration = { found: false, sheets: [], date1904: false };
  private inSheets = false;

  open(name: string, tag: string, selfClosing: boolean): void {
    if (name === "workbook") this.result.found = true;
    else if (name === "sheets") this.inSheets = !selfClosing;
    else if (name === "sheet" && this.inSheets) {
      this.result.sheets.push({ name: attr(tag, "name") ?? "", state: state(attr(tag, "state")), rid: prefixedAttr(tag, "id") ?? "" });
    } else if (name === "workbookPr") {
      const v = attr(tag, "date1904");
      this.result.date1904 = v === "1" || v === "true";
    }
  }

  close(name: string): void {
    if (name === "sheets") this.inSheets = false;
  }

  text(): void {}
}

export interface Relationship {
  /** The type without its namespace: `worksheet`, `styles`, `sharedStrings`… (relKind). */
  kind: string;
  /** The zip path of the part it points to. */
  path: string;
}

/** A part's .rels: relationship id → type and resolved part path (external targets left out). */
export class RelsHandler implements XmlHandler {
  readonly result = new Map<string, Relationship>();

  /** `base` is the folder of the part the relationships belong to (`xl/`). */
  constructor(private readonly base: string) {}

  open(name: string, tag: string): void {
    if (name !== "Relationship" || attr(tag, "TargetMode") === "External") return;
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id === undefined || target === undefined) return;
    this.result.set(id, { kind: relKind(attr(tag, "Type") ?? ""), path: resolveTarget(this.base, target) });
  }

  close(): void {}

  text(): void {}
}
