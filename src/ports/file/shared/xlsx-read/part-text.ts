import { Inflate } from "fflate";
import { LIMITS } from "../../../../core";
import { FileRefusal } from "../refusal";
import { type ByteSource, dataStart, type ZipEntry } from "../sniff";

/**
 * One zip entry's text, unzipped and decoded a chunk at a time: at most one chunk of compressed bytes, the
 * inflater's window and one chunk of text are held, whatever the part's size. fflate's streaming inflater runs
 * the same in Node and in the page's worker; TextDecoder's stream mode keeps a character whose bytes straddle
 * two chunks whole (a Chinese character is three bytes).
 */

/** Compressed bytes read at a time. */
const CHUNK = 256 * 1024;

/** Unzipped bytes so far across a workbook's parts: what the zip declares is not trusted. */
export interface Unzipped {
  bytes: number;
}

function tooLarge(): FileRefusal {
  return new FileRefusal("file.too-large-unzipped", { limit: LIMITS.unzippedBytes / (1024 * 1024) });
}

export function* partText(src: ByteSource, entry: ZipEntry, unzipped: Unzipped): Generator<string> {
  if (entry.method !== 0 && entry.method !== 8) throw new FileRefusal("file.corrupt");
  const start = dataStart(src, entry);
  if (start + entry.compressedSize > src.size) throw new FileRefusal("file.truncated");
  const decoder = new TextDecoder("utf-8");
  const out: string[] = [];
  // Decoded at once: the inflater's output buffer is not promised to outlive the call.
  const take = (bytes: Uint8Array): void => {
    unzipped.bytes += bytes.length;
    if (unzipped.bytes > LIMITS.unzippedBytes) throw tooLarge();
    out.push(decoder.decode(bytes, { stream: true }));
  };
  const inflate = entry.method === 8 ? new Inflate((data) => take(data)) : null;
  for (let at = 0; at < entry.compressedSize; at += CHUNK) {
    const length = Math.min(CHUNK, entry.compressedSize - at);
    const final = at + length >= entry.compressedSize;
    const bytes = src.read(start + at, length);
    if (inflate) {
      try {
        inflate.push(bytes, final);
      } catch (e) {
        if (e instanceof FileRefusal) throw e;
        throw new FileRefusal("file.corrupt");
      }
    } else take(bytes);
    yield* out;
    out.length = 0;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
