/**
 * The committed corpus is exactly what scripts/make-corpus.ts makes (so it can be rebuilt and reviewed), and its
 * broken files are broken the way they claim to be.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CORPUS, CORPUS_DIR, expectations } from "../../scripts/make-corpus";
import { readXlsx } from "../../src/ports/file/shared/read";
import { expectedManifest } from "./corpus";

jest.setTimeout(60000);

test("the committed files are byte for byte what the script makes, and nothing else is there", async () => {
  const committed = CORPUS.filter((e) => e.committed);
  for (const entry of committed) {
    const onDisk = new Uint8Array(readFileSync(join(CORPUS_DIR, entry.file)));
    expect({ file: entry.file, same: Buffer.compare(onDisk, await entry.make()) === 0 }).toEqual({ file: entry.file, same: true });
  }
  expect(readdirSync(CORPUS_DIR).sort()).toEqual([...committed.map((e) => e.file), "expected.json"].sort());
  expect(expectedManifest()).toEqual(JSON.parse(JSON.stringify(expectations())));
});

test("the committed corpus stays small: under 200 KB in all", () => {
  const total = readdirSync(CORPUS_DIR).reduce((n, f) => n + readFileSync(join(CORPUS_DIR, f)).length, 0);
  expect(total).toBeLessThan(200 * 1024);
});

test("each expectation names either a refusal (exit 2) or findings (exit 0 or 1)", () => {
  for (const [file, e] of Object.entries(expectedManifest())) {
    expect({ file, refused: e.refusal !== undefined }).toEqual({ file, refused: e.status === 2 });
  }
});

describe("the broken files are what they claim", () => {
  const bytes = (file: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));

  test("the password-protected workbook is an OLE compound file whose directory names EncryptionInfo and EncryptedPackage", () => {
    const b = Buffer.from(bytes("password-protected.xlsx"));
    expect(b.subarray(0, 8)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    // The directory starts at sector 1 (byte 512 + 512): entries of 128 bytes, names in UTF-16.
    const dirAt = 512 * (1 + b.readUInt32LE(48));
    const names = [0, 1, 2].map((i) => {
      const e = b.subarray(dirAt + i * 128, dirAt + (i + 1) * 128);
      return e.subarray(0, e.readUInt16LE(64) - 2).toString("utf16le");
    });
    expect(names).toEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
  });

  test("the truncated workbook starts as a real one, and ExcelJS cannot open it either", async () => {
    const b = bytes("truncated.xlsx");
    expect([...b.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await expect(readXlsx(b, "t.xlsx")).rejects.toMatchObject({ key: "file.truncated" });
  });

  test("the workbooks with findings are real workbooks", async () => {
    for (const entry of CORPUS.filter((e) => e.committed && !e.refusal)) {
      const wb = await readXlsx(bytes(entry.file), entry.file);
      expect(wb.sheets.length).toBeGreaterThan(0);
    }
  });

  test("the long cells hold exactly 32,767 characters, Excel's limit", async () => {
    const wb = await readXlsx(bytes("long-cells.xlsx"), "long-cells.xlsx");
    const lengths = wb.sheets[0].rows.flatMap((r) => (r ?? []).map((v) => (typeof v === "string" ? v.length : 0)));
    expect(Math.max(...lengths)).toBe(32767);
    expect(lengths.filter((n) => n === 32767)).toHaveLength(4);
  });
});
