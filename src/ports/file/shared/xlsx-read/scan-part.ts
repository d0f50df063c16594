import type { ByteSource, ZipEntry } from "../sniff";
import { partText, type Unzipped } from "./part-text";
import { type XmlHandler, XmlScanner } from "./xml-scanner";

/** Streams one part of the zip through a handler: unzipped, decoded and tokenized a chunk at a time. */
export function scanPart(src: ByteSource, entry: ZipEntry, unzipped: Unzipped, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  for (const text of partText(src, entry, unzipped)) scanner.push(text);
  scanner.end();
}

/** A handler's text collector: the raw pieces of one element's character data, joined when it closes. */
export class TextCapture {
  private raw = "";
  on = false;

  start(): void {
    this.raw = "";
    this.on = true;
  }

  add(piece: string): void {
    if (this.on) this.raw += piece;
  }

  /** The raw text so far, capture ended. */
  stop(): string {
    this.on = false;
    const s = this.raw;
    this.raw = "";
    return s;
  }
}
