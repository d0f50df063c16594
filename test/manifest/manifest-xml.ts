/** Reading an Office add-in manifest for the structural tests (what Microsoft's online validator would check). */
import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");

export const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface Resource {
  kind: ResourceKind;
  value: string;
  /** Locale → value, from bt:Override. */
  overrides: Map<string, string>;
}

/** Parses strictly: any XML warning or error fails. */
export function parseManifest(text: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, "text/xml");
}

export function readManifestText(): string {
  return fs.readFileSync(MANIFEST_PATH, "utf8");
}

export function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
}

/** The one child of `parent` named `localName` (any namespace); fails when missing or repeated. */
export function child(parent: Element, localName: string): Element {
  const found = childElements(parent).filter((e) => e.localName === localName);
  if (found.length !== 1) throw new Error(`<${parent.localName}> has ${found.length} <${localName}> children, want 1`);
  return found[0];
}

export function descendants(root: Document | Element, localName: string, ns = "*"): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** Every bt:Image, bt:Url and bt:String of <Resources>, by id; duplicate ids fail. */
export function resources(doc: Document): Map<string, Resource> {
  const out = new Map<string, Resource>();
  const groups: [string, string, ResourceKind][] = [
    ["Images", "Image", "Image"],
    ["Urls", "Url", "Url"],
    ["ShortStrings", "String", "ShortString"],
    ["LongStrings", "String", "LongString"],
  ];
  for (const [groupName, itemName, kind] of groups) {
    for (const group of descendants(doc, groupName, NS.bt)) {
      for (const item of childElements(group)) {
        if (item.localName !== itemName || item.namespaceURI !== NS.bt) {
          throw new Error(`unexpected <${item.tagName}> in bt:${groupName}`);
        }
        const id = item.getAttribute("id") ?? "";
        if (out.has(id)) throw new Error(`resource id "${id}" is declared twice`);
        const overrides = new Map<string, string>();
        for (const o of childElements(item)) overrides.set(o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? "");
        out.set(id, { kind, value: item.getAttribute("DefaultValue") ?? "", overrides });
      }
    }
  }
  return out;
}

/** Every URL the manifest names: attribute values and text that start with a scheme (not namespace names). */
export function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  const visit = (el: Element): void => {
    for (const attr of Array.from(el.attributes)) {
      const isNamespace = attr.name === "xmlns" || attr.name.startsWith("xmlns:");
      if (!isNamespace && /^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3 && /^\s*[a-z]+:\/\//i.test(node.nodeValue ?? "")) urls.push((node.nodeValue ?? "").trim());
      if (node.nodeType === 1) visit(node as Element);
    }
  };
  if (!doc.documentElement) throw new Error("manifest has no root element");
  visit(doc.documentElement);
  return urls;
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
