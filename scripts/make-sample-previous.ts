/**
 * Last month's sample (HISTORY.md; `npm run demo` compares with it): the sample workbook as it stood at 1-9月,
 * made from samples/样例台账.xlsx. Cumulative figures are 9/10 of now, the period 9, and a few changes are planted
 * so that the comparison has something to show: a 1-9月 investment above 1-10月's (history.ytd-decreased), one
 * far below (history.month-jump), a stage and an 入统状态 that were further along (history.status-regressed), and
 * a project named differently last month (history.removed, history.added); and last month's 审核说明 of an energy
 * row whose warning stands unexplained now (offered as 上期说明…可沿用).
 * Run after `npm run make-sample`: `npm run make-sample-previous`.
 */

import ExcelJS from "exceljs";
import { join } from "path";

const ROOT = join(__dirname, "..");
export const SAMPLE = join(ROOT, "samples", "样例台账.xlsx");
export const PREVIOUS_SAMPLE = join(ROOT, "samples", "样例台账-上月.xlsx");

/** Sheet → the column of its cumulative figure and the first data row. */
const CUMULATIVE: Record<string, { col: number; from: number }> = {
  百家重点企业: { col: 7, from: 5 },
  规下企业培育库: { col: 7, from: 3 },
  百项工业项目: { col: 10, from: 4 },
  百项技改项目: { col: 10, from: 3 },
  产业集群: { col: 5, from: 3 },
};

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`the sample has no sheet ${name}`);
  return ws;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.includes("1-10月")) cell.value = cell.value.replace("1-10月", "1-9月");
      });
    });
  }
  for (const [name, { col, from }] of Object.entries(CUMULATIVE)) {
    const ws = sheet(wb, name);
    for (let r = from; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const v = row.getCell(col).value;
      if (typeof row.getCell(1).value === "number" && typeof v === "number") row.getCell(col).value = round2((v * 9) / 10);
    }
  }
  const targets = sheet(wb, "目标任务");
  for (let r = 3; r <= targets.rowCount; r++) if (typeof targets.getRow(r).getCell(6).value === "number") targets.getRow(r).getCell(6).value = 9;

  const projects = sheet(wb, "百项工业项目");
  const now = (r: number) => Number(projects.getRow(r).getCell(10).value);
  // Planted: above now (fell), far below (jump), further along (regressed), another name (removed + added).
  projects.getRow(4).getCell(10).value = round2(now(4) * 1.15 * (10 / 9));
  projects.getRow(5).getCell(10).value = round2(now(5) * 0.2);
  projects.getRow(4).getCell(7).value = "续建";
  projects.getRow(6).getCell(2).value = "张家口示例技术中心项目（已撤销）";
  const cultivation = sheet(wb, "规下企业培育库");
  for (let r = 3; r <= cultivation.rowCount; r++) {
    const row = cultivation.getRow(r);
    if (row.getCell(11).value === "未入统") {
      row.getCell(11).value = "已申报";
      break;
    }
  }
  // 能耗监测 row 34: energy.intensity-mismatch in both months, explained only last month (column I: 审核说明).
  sheet(wb, "能耗监测").getRow(34).getCell(9).value = "计量表更换，当月按估算填报";
  await wb.xlsx.writeFile(PREVIOUS_SAMPLE);
  process.stdout.write(`${PREVIOUS_SAMPLE}\n`);
}

if (require.main === module) void main();
