/**
 * SpreadsheetML's elements as one part names them. Most writers use the default namespace (`<worksheet
 * xmlns="…/main">`); some, the Open XML SDK among them, a prefix (`<x:worksheet xmlns:x="…/main">`), and a part
 * may declare both. The part-level editors find elements under any name the part gives them and write new ones
 * with the root's own prefix, so an edited part keeps its style and everything not edited stays as written.
 */

/** SpreadsheetML's main namespace (ECMA-376 Transitional: what Excel and WPS save by default, and this tool writes). */
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The same in Strict OOXML (Excel's "Strict Open XML 电子表格"): the same elements under another name. */
export const NS_MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

const MAIN_NAMESPACES: ReadonlySet<string> = new Set([NS_MAIN, NS_MAIN_STRICT]);

export class PartNs {
  private constructor(
    /** The prefix new elements take, the root element's with its colon (`x:`), or "". */
    readonly prefix: string,
    /** A regex source matching an element's prefix: any the root declares for SpreadsheetML, or none for the default. */
    private readonly anyPrefix: string,
  ) {}

  /** How `xml`'s root names its elements (a part without a root element: unprefixed). */
  static of(xml: string): PartNs {
    // The first start tag that is not `<?xml …?>`, a comment or a DOCTYPE; its end found once (untrusted XML).
    const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(?=[\s/>])/.exec(xml);
    if (!root) return new PartNs("", "");
    const prefix = root[1] ?? "";
    const tag = xml.slice(root.index, xml.indexOf(">", root.index) + 1);
    // Every name the root gives SpreadsheetML: its own prefix, the default, other prefixes declared for it.
    const names = new Set([prefix]);
    for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])([^"']*)\2/g)) if (MAIN_NAMESPACES.has(m[3])) names.add(m[1] === undefined ? "" : `${m[1]}:`);
    const prefixed = [...names].filter((n) => n !== "").map((n) => n.replace(/[.-]/g, "\\$&"));
    if (prefixed.length === 0) return new PartNs("", "");
    return new PartNs(prefix, `(?:${prefixed.join("|")})${names.has("") ? "?" : ""}`);
  }

  /** A regex source for the element `local` under any name this part may give it (`(?:x:)?row`). */
  name(local: string): string {
    return `${this.anyPrefix}${local}`;
  }

  /**
   * A regex for the element `local` under any name this part may give it, empty (`<x:cols/>`) or with its
   * content: the name it is written with captured first, the content second.
   */
  element(local: string, flags = ""): RegExp {
    return new RegExp(`<(${this.name(local)})\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`, flags);
  }

  /**
   * A fragment of this tool's own SpreadsheetML with every unprefixed element given the part's prefix. Only for
   * what the tool writes: its text is escaped, so every `<` starts a tag.
   */
  own(fragment: string): string {
    return this.prefix === "" ? fragment : fragment.replace(/<(\/?)(?=[A-Za-z_][\w.-]*[\s/>])/g, `<$1${this.prefix}`);
  }
}
