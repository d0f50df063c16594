/**
 * Writes a large synthetic key-enterprises ledger with ExcelJS's streaming writer, for measuring the CLI on
 * big files: `npx tsx scripts/make-big.ts OUT.xlsx [ROWS]` (100,000 rows by default). Valid codes and consistent
 * figures, so the check's findings stay few and the run measures reading and checking, not message building.
 */
import ExcelJS from "exceljs";
import { usccCheckChar, USCC_ALPHABET } from "../src/core/calc/uscc";
import { builtin2022 } from "../src/core/profile";

export async function makeBig(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("百家重点企业");
  ws.addRow(["序号", "企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入", "上年营业收入", "增长率", "是否规上", "包联责任人", "审核说明"]).commit();
  const regions = builtin2022.regions;
  const industries = builtin2022.industries.map((i) => i.name);
  let seed = 12345;
  // A linear congruential generator: deterministic and fast enough for millions of draws.
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 1; i <= rows; i++) {
    const region = regions[i % regions.length];
    let body = "";
    for (let k = 0; k < 9; k++) body += USCC_ALPHABET[Math.floor(next() * 31)];
    const first17 = "91" + region.code + body;
    const current = Math.round((2500 + next() * 100000) * 100) / 100;
    const previous = Math.round((current / (1 + (next() * 0.4 - 0.15))) * 100) / 100;
    const growth = Math.round(((current - previous) / previous) * 10000) / 10000;
    ws.addRow([
      i,
      `张家口第${i}号工业企业有限公司`,
      first17 + usccCheckChar(first17),
      region.name,
      industries[i % industries.length],
      "3670",
      current,
      previous,
      growth,
      "是",
      "王建军",
      null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

if (require.main === module) {
  const [out, count] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/make-big.ts OUT.xlsx [ROWS]\n");
    process.exit(2);
  }
  makeBig(out, count ? Number(count) : 100000).then(() => process.stdout.write(`${out}\n`));
}
