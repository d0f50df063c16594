import { LIMITS, limitText } from "../../../core";
import { FileRefusal } from "./refusal";

/**
 * Recognising what a file is from its bytes, before ExcelJS sees it: ExcelJS's own errors on a CSV renamed
 * .xlsx or on a password-protected workbook are cryptic ("End of data reached", "Can't find end of central
 * directory"), and the user deserves to be told what the file is and what to do.
 */

/** Random access to a file's bytes, so the same checks serve a buffer (browser) and a file on disk (Node). */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Office encrypts an .xlsx by wrapping it in an OLE compound file whose streams are named so (MS-OFFCRYPTO).
const ENCRYPTED_STREAM = utf16le("EncryptedPackage");

function oleIsEncrypted(src: ByteSource): boolean {
  const chunk = 1 << 20;
  for (let at = 0; at < src.size; at += chunk - ENCRYPTED_STREAM.length) {
    if (indexOf(src.read(at, chunk), ENCRYPTED_STREAM) >= 0) return true;
  }
  return false;
}

export interface ZipEntry {
  name: string;
  /** Uncompressed size. */
  size: number;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where its local header starts. */
  localOffset: number;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const FULL32 = 0xffffffff;

/**
 * Where the central directory is and how many entries it has. A ZIP64 archive (some writers make one for any
 * size) keeps the real numbers in its own end record, found through the locator just before the classic one.
 */
function directoryOf(tail: Uint8Array, eocd: number, src: ByteSource, tailStart: number): { count: number; size: number; offset: number } | "truncated" {
  const count = u16(tail, eocd + 10);
  const size = u32(tail, eocd + 12);
  const offset = u32(tail, eocd + 16);
  if (count !== 0xffff && size !== FULL32 && offset !== FULL32) return { count, size, offset };
  if (eocd < 20 || u32(tail, eocd - 20) !== ZIP64_LOCATOR) return { count, size, offset };
  const at = u64(tail, eocd - 20 + 8);
  if (at + 56 > tailStart + eocd) return "truncated";
  const end = src.read(at, 56);
  if (u32(end, 0) !== ZIP64_END) return "truncated";
  return { count: u64(end, 32), size: u64(end, 40), offset: u64(end, 48) };
}

/** A central entry's sizes and offset, taken from its ZIP64 extra field where the header says 0xFFFFFFFF. */
function zip64Fields(cd: Uint8Array, p: number, nameLength: number, entry: ZipEntry): void {
  const extraStart = p + 46 + nameLength;
  const extraEnd = extraStart + u16(cd, p + 30);
  for (let x = extraStart; x + 4 <= extraEnd; x += 4 + u16(cd, x + 2)) {
    if (u16(cd, x) !== ZIP64_EXTRA) continue;
    let at = x + 4;
    // The field holds, in this order, only the values the header could not.
    if (entry.size === FULL32) {
      entry.size = u64(cd, at);
      at += 8;
    }
    if (entry.compressedSize === FULL32) {
      entry.compressedSize = u64(cd, at);
      at += 8;
    }
    if (entry.localOffset === FULL32) entry.localOffset = u64(cd, at);
    return;
  }
}

/** The entries of a zip's central directory, or "truncated" when its end record is missing or points past it. */
function zipEntries(src: ByteSource): ZipEntry[] | "truncated" {
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tailStart = src.size - tailLength;
  const tail = src.read(tailStart, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "truncated";
  const dir = directoryOf(tail, eocd, src, tailStart);
  if (dir === "truncated") return dir;
  if (dir.count > LIMITS.zipEntries) throw new FileRefusal("file.too-many-entries", { count: limitText(dir.count), limit: limitText(LIMITS.zipEntries) });
  if (dir.offset + dir.size > tailStart + eocd) return "truncated";
  const cd = src.read(dir.offset, dir.size);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let p = 0; p + 46 <= cd.length && u32(cd, p) === CENTRAL; ) {
    const nameLength = u16(cd, p + 28);
    const entry: ZipEntry = {
      name: decoder.decode(cd.subarray(p + 46, p + 46 + nameLength)),
      size: u32(cd, p + 24),
      method: u16(cd, p + 10),
      compressedSize: u32(cd, p + 20),
      localOffset: u32(cd, p + 42),
    };
    if (entry.size === FULL32 || entry.compressedSize === FULL32 || entry.localOffset === FULL32) zip64Fields(cd, p, nameLength, entry);
    entries.push(entry);
    // The count in the end record may lie too (or wrap past 65,535).
    if (entries.length > LIMITS.zipEntries) throw new FileRefusal("file.too-many-entries", { count: limitText(entries.length) + "+", limit: limitText(LIMITS.zipEntries) });
    p += 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
  }
  return entries;
}

export interface XlsxInfo {
  /** Uncompressed size of the sheets' XML and the shared strings, what reading costs. */
  xmlBytes: number;
  /** Uncompressed size of every part, as the zip declares it. */
  unzippedBytes: number;
  /** The zip's central directory. */
  entries: ZipEntry[];
}

const LOCAL = 0x04034b50;

/** Where an entry's stored bytes begin: after its local header, whose name and extra field lengths are its own. */
export function dataStart(src: ByteSource, e: ZipEntry): number {
  const head = src.read(e.localOffset, 30);
  if (head.length < 30 || u32(head, 0) !== LOCAL) throw new FileRefusal("file.corrupt");
  return e.localOffset + 30 + u16(head, 26) + u16(head, 28);
}

/**
 * Two parts under one name (part names compare without case, OPC §9.1.1.1): a reader takes one and a writer
 * copies the other, so what is checked would not be what is handed back. The file is refused as damaged.
 */
function refuseDuplicates(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    const k = e.name.toLowerCase();
    if (seen.has(k)) throw new FileRefusal("file.duplicate-part", { part: e.name.slice(0, 200) });
    seen.add(k);
  }
}

/**
 * Throws a FileRefusal unless the bytes look like an .xlsx workbook (a zip holding xl/workbook.xml or a package's
 * root relationships); else tells how big the workbook is once unzipped. `name`, where known, tells WPS's own
 * format (.et, a compound file like .xls) from Excel's old one, so that the user is told where to save it again.
 */
export function inspectXlsx(src: ByteSource, name = ""): XlsxInfo {
  if (src.size === 0) throw new FileRefusal("file.empty");
  const head = src.read(0, 8);
  if (startsWith(head, OLE)) throw new FileRefusal(oleIsEncrypted(src) ? "file.encrypted" : /\.et$/i.test(name) ? "file.et" : "file.xls");
  if (!startsWith(head, ZIP_LOCAL) && !startsWith(head, ZIP_EMPTY)) throw new FileRefusal("file.not-xlsx");
  const entries = zipEntries(src);
  if (entries === "truncated") throw new FileRefusal("file.truncated");
  // A package: Excel's workbook part, or a root relationship that names one elsewhere (the reader follows it, and
  // refuses a package whose main part is no workbook).
  if (!entries.some((e) => e.name === "xl/workbook.xml" || e.name === "_rels/.rels")) throw new FileRefusal("file.not-xlsx");
  refuseDuplicates(entries);
  const xml = entries.filter((e) => /(^|\/)worksheets\//.test(e.name) || /(^|\/)sharedStrings\.xml$/.test(e.name));
  return {
    xmlBytes: xml.reduce((sum, e) => sum + e.size, 0),
    unzippedBytes: entries.reduce((sum, e) => sum + e.size, 0),
    entries,
  };
}
