/**
 * Writes a large synthetic key-enterprises ledger with ExcelJS's streaming writer, for measuring the CLI on
 * big files: `npx tsx scripts/make-big.ts OUT.xlsx [ROWS]` (100,000 rows by default). Valid codes and consistent
 * figures, no planted defect, the header in row 1: the check's findings stay few and the run measures reading
 * and checking, not message building. The bench makes workbooks of every kind with the same generator.
 */
import { writeSyntheticXlsx } from "./synthetic/workbook";

export async function makeBig(path: string, rows: number): Promise<void> {
  await writeSyntheticXlsx(path, { records: rows, kinds: ["key-enterprises"], defects: false, titles: false });
}

if (require.main === module) {
  const [out, count] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/make-big.ts OUT.xlsx [ROWS]\n");
    process.exit(2);
  }
  makeBig(out, count ? Number(count) : 100000).then(() => process.stdout.write(`${out}\n`));
}
