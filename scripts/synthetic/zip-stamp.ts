/**
 * JSZip stamps every zip entry with the current time; the same stamp for all makes a generated file byte for
 * byte the same on every run, so regenerating the sample or the corpus leaves git with nothing to commit.
 */
export function stampZip(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  // Walk the central directory (JSZip writes no archive comment: the end record is the last 22 bytes).
  const end = zip.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error("unexpected zip layout");
  let p = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const local = view.getUint32(p + 42, true);
    for (const at of [p + 12, local + 10]) {
      view.setUint16(at, time, true);
      view.setUint16(at + 2, date, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
