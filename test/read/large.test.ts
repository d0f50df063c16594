import type { CellValue } from "../../src/core/read/types";
import { code, read, sheet } from "./helpers";

const HEADER = [
  "序号", "企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入(亿元)", "上年营业收入",
  "增长率", "是否规上", "包联责任人", "审核说明", "备用1", "备用2", "备用3", "备用4", "备用5", "备用6", "备用7", "备用8",
];
const COUNTIES = ["张北县", "蔚县", "崇礼", "130722", "怀来"];

function row(i: number): CellValue[] {
  return [
    i, `企业${i}`, code(i), COUNTIES[i % 5], "冰雪装备", "C3612", (i % 97) / 10, "1,234.5", 0.05, i % 2 ? "是" : "否",
    "张三", i % 10 ? null : "说明", "a", 1, 2, 3, null, "x", "y", i,
  ];
}

// Speed is measured by the bench, never here: this checks that a large sheet is read whole and exactly.
test("100,000 rows × 20 columns are read whole", () => {
  const rows: CellValue[][] = [["2022年百家重点企业台账"], HEADER];
  for (let i = 1; i <= 100000; i++) rows.push(row(i));
  const r = read([sheet("重点企业", rows)]);
  expect(r.sheets[0].records).toHaveLength(100000);
  // The 8 spare columns are unknown; every 上年营业收入 is a number stored as text; nothing else.
  expect(r.findings).toHaveLength(8 + 100000);
});
