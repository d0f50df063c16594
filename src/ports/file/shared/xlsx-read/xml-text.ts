/**
 * Text and attributes of the XML as the reader takes them: entities decoded (the five named ones, &#…; and
 * &#x…;), line ends normalised as XML requires (\r\n and \r → \n), and Excel's own _xHHHH_ escapes where ExcelJS
 * decodes them. Every pattern here has bounded repetition: linear on any input.
 */

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function entity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body];
  const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  // A code point XML cannot hold is left as written rather than guessed.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
}

/** Character data or an attribute value as written → the text it stands for. */
export function decodeXml(raw: string): string {
  let s = raw;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  return s.includes("&") ? s.replace(ENTITY, entity) : s;
}

/** Excel's escape of characters XML cannot carry (`_x000D_`), decoded as ExcelJS does: upper-case hex only. */
export function decodeExcelEscapes(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The value of attribute `name` in a start tag (decoded), or undefined. Found with indexOf: a match must follow
 * whitespace and be followed by `=` and a quote, so `s="1"` is not found inside `ts="1"`.
 */
export function attr(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at > 0; at = tag.indexOf(name, at + 1)) {
    if (!isSpace(tag.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) continue;
    i++;
    while (isSpace(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    if (q !== 34 && q !== 39) continue;
    const end = tag.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0) return undefined;
    const value = tag.slice(i + 1, end);
    return value.includes("&") || value.includes("\r") ? decodeXml(value) : value;
  }
  return undefined;
}

/** An attribute by its local name whatever its prefix (`r:id`, `ns1:id`): relationship ids. */
export function prefixedAttr(tag: string, local: string): string | undefined {
  for (let at = tag.indexOf(`:${local}`); at > 0; at = tag.indexOf(`:${local}`, at + 1)) {
    let start = at;
    // A prefix is a short name: the walk back is bounded, so a hostile tag stays linear.
    while (start > 0 && at - start < 32 && !isSpace(tag.charCodeAt(start - 1))) start--;
    const found = attr(tag, tag.slice(start, at + local.length + 1));
    if (found !== undefined) return found;
  }
  return undefined;
}
