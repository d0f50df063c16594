import { FileRefusal } from "../refusal";

/**
 * A streaming XML tokenizer for the parts of an .xlsx, fed text in chunks as it is unzipped. The XML is the
 * file's, so untrusted: it is scanned with indexOf and charCode loops, each character visited a bounded number
 * of times, never with a regex that could backtrack (148 KB of unclosed tags took 72 s in a regex-based reader).
 * Markup cut by a chunk boundary is kept as pieces and resumed where its scan stopped, so one long tag costs
 * its length, not its length times the chunks it spans. No DTD is read (OOXML forbids them): no entity bombs.
 */

export interface XmlHandler {
  /** `name` without its namespace prefix; `tag` the whole start tag, for its attributes. */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data as written (entities not yet decoded); one text node may come in several pieces. */
  text(raw: string): void;
}

/** No tag of a workbook comes near this; a longer one is a damaged or hostile file. */
const MAX_MARKUP = 8 * 1024 * 1024;

const LT = 60;
const GT = 62;
const QUOT = 34;
const APOS = 39;
const SLASH = 47;

/** The local part of a qualified name: `x:c` → `c` (some writers prefix SpreadsheetML). */
function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export class XmlScanner {
  /** Pieces of markup begun but not yet ended. */
  private pending: string[] = [];
  private pendingLength = 0;
  /** Inside a tag whose end is pending: the open quote (0 when none). */
  private quote = 0;
  /** The terminator a pending comment, CDATA section or processing instruction waits for ("" for a tag). */
  private terminator = "";
  /** The pending markup's last two characters: a terminator may straddle the boundary. */
  private tail = "";

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    let i = 0;
    if (this.pendingLength > 0) {
      const end = this.resume(chunk);
      if (end < 0) return;
      i = end;
    }
    const s = chunk;
    while (i < s.length) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        this.handler.text(s.slice(i));
        return;
      }
      if (lt > i) this.handler.text(s.slice(i, lt));
      const end = this.start(s, lt);
      if (end < 0) return;
      i = end;
    }
  }

  /** The end of the input: markup left open means the part was cut short. */
  end(): void {
    if (this.pendingLength > 0) throw new FileRefusal("file.corrupt");
  }

  /** Markup starting at `at`: handled when it ends in `s` (returns the index after it), else kept pending (-1). */
  private start(s: string, at: number): number {
    const second = s.charCodeAt(at + 1);
    if (second === 33 || second === 63 || Number.isNaN(second)) {
      const terminator = second === 63 ? "?>" : s.startsWith("<!--", at) ? "-->" : s.startsWith("<![CDATA[", at) ? "]]>" : null;
      if (terminator === null) {
        // Too few characters at the chunk's end to tell a comment from CDATA: they wait for the next chunk.
        const head = s.slice(at);
        if ("<![CDATA[".startsWith(head) || "<!--".startsWith(head)) return this.keep(head, "?");
        // Anything else is a DTD (OOXML has none) or no markup at all.
        throw new FileRefusal("file.corrupt");
      }
      const end = s.indexOf(terminator, at + 2);
      if (end < 0) return this.keep(s.slice(at), terminator);
      this.markup(s.slice(at, end + terminator.length));
      return end + terminator.length;
    }
    this.quote = 0;
    const end = this.tagEnd(s, at + 1);
    if (end < 0) return this.keep(s.slice(at), "");
    this.markup(s.slice(at, end + 1));
    return end + 1;
  }

  /** The index of the `>` ending a tag, quotes respected, from `from`; -1 when not in `s` (this.quote kept). */
  private tagEnd(s: string, from: number): number {
    let quote = this.quote;
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        const close = s.indexOf(quote === QUOT ? '"' : "'", i);
        if (close < 0) {
          this.quote = quote;
          return -1;
        }
        i = close;
        quote = 0;
      } else if (c === GT) {
        this.quote = 0;
        return i;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === LT) throw new FileRefusal("file.corrupt");
    }
    this.quote = quote;
    return -1;
  }

  private keep(piece: string, terminator: string): number {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    this.terminator = terminator;
    this.tail = (this.tail + piece).slice(-2);
    if (this.pendingLength > MAX_MARKUP) throw new FileRefusal("file.corrupt");
    return -1;
  }

  /** Continues pending markup into `chunk`: the index after it once it ends, else -1 (still pending). */
  private resume(chunk: string): number {
    if (this.terminator === "?") {
      // Too short to tell its kind: joined with the chunk (a few characters) and started again.
      const head = this.pending.join("");
      this.pending = [];
      this.pendingLength = 0;
      this.tail = "";
      const s = head + chunk;
      const end = this.start(s, 0);
      if (end < 0) return -1;
      // Hand the rest of the joined text back as the chunk's remainder.
      this.push(s.slice(end));
      return chunk.length;
    }
    let end: number;
    if (this.terminator === "") {
      const gt = this.tagEnd(chunk, 0);
      end = gt < 0 ? -1 : gt + 1;
    } else {
      // The terminator may straddle the boundary: look from the pending text's last characters on.
      const overlap = this.tail.slice(-(this.terminator.length - 1));
      const found = (overlap + chunk).indexOf(this.terminator);
      end = found < 0 ? -1 : found - overlap.length + this.terminator.length;
    }
    if (end < 0) return this.keep(chunk, this.terminator);
    this.pending.push(chunk.slice(0, end));
    const markup = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    this.tail = "";
    this.markup(markup);
    return end;
  }

  private markup(m: string): void {
    const second = m.charCodeAt(1);
    if (second === SLASH) {
      this.handler.close(localName(m.slice(2, m.length - 1).trim()));
      return;
    }
    if (second === 63 || m.startsWith("<!--")) return;
    if (m.startsWith("<![CDATA[")) {
      // Character data as it is: escaped here so that the handler's one decoding gives it back unchanged.
      this.handler.text(m.slice(9, m.length - 3).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
      return;
    }
    let nameEnd = 1;
    while (nameEnd < m.length) {
      const c = m.charCodeAt(nameEnd);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT) break;
      nameEnd++;
    }
    const selfClosing = m.charCodeAt(m.length - 2) === SLASH;
    const name = localName(m.slice(1, nameEnd));
    this.handler.open(name, m, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
