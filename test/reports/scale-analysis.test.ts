import { buildScaleAnalysis } from "../../src/core/reports/scale-analysis";
import { body, CODES, CTX, CULT, expectRow, headers, KEY, makeCheck, plain, sheet, uscc } from "./fixtures";

const E = 10 / 12;

describe("入统分析", () => {
  const model = buildScaleAnalysis(makeCheck(), CTX);
  const [a, b, c] = model.sections;

  test("has parts A, B and C", () => {
    expect(model.title).toBe("2022年1-10月 入统分析");
    expect(model.sections.map((s) => s.heading)).toEqual(["A. 达到规上标准未入统企业", "B. 培育类别 × 入统状态", "C. 净增规模以上工业企业"]);
  });

  test("A lists each enterprise over 2000 万元 not included once, with every ledger that lists it", () => {
    expect(headers(a)).toEqual(["企业名称", "信用代码", "县区", "营业收入", "来源", "建议"]);
    // 乙 (key ledger 2500, library 2100) once; 戊 by its 上年全年 2600 as 本年 is blank; 甲 is 规上 in the key
    // ledger, so the library's 未入统 does not list it; 丙 (1000) is under the threshold.
    expect(body(a)).toEqual([
      ["乙企业", CODES.B, "蔚县", 2500, "重点企业、培育库", "及时办理入统手续"],
      ["戊企业", CODES.E, "宣化区", 2600, "培育库", "及时办理入统手续"],
    ]);
    expect(a.asTable).toBe(true);
    expect(a.notes).toEqual(["营业收入达到2000万元而未入统的企业（重点企业台账、规下企业培育库），同一信用代码只列一次"]);
  });

  test("A knows an enterprise by its 信用代码 however it is written", () => {
    const lower = sheet("cultivation", "培育库", [
      { name: "乙企业（分厂）", uscc: ` ${CODES.B.toLowerCase()}`, region: "蔚县", category: "超2000万未入统", revenueLastYear: 3000, status: "未入统" },
    ]);
    const m = buildScaleAnalysis(makeCheck({ sheets: [KEY, lower] }), CTX);
    expect(body(m.sections[0]).map((r) => [r[0], r[4]])).toEqual([["乙企业", "重点企业、培育库"]]);
  });

  test("A says when there is nobody", () => {
    const m = buildScaleAnalysis(makeCheck({ sheets: [sheet("cultivation", "培育库", [{ name: "x", uscc: uscc(30), region: "蔚县", category: "新建投产", revenueLastYear: 100, status: "未入统" }])] }), CTX);
    expect(m.sections[0].rows).toEqual([]);
    expect(m.sections[0].empty).toBe("无");
  });

  test("B counts the library by 培育类别 × 入统状态", () => {
    expect(headers(b)).toEqual(["培育类别", "未入统", "已申报", "已入统", "合计"]);
    expect(body(b)).toEqual([
      ["新建投产", 0, 1, 0, 1],
      ["营收1000-2000万", 1, 0, 1, 2],
      ["退统再入", 1, 0, 0, 1],
      ["超2000万未入统", 1, 0, 0, 1],
    ]);
    expect(plain(b.total!)).toEqual(["合计", 3, 1, 1, 5]);
  });

  test("C puts 净增规模以上工业企业 against its target, with the library's included and applied", () => {
    expect(headers(c)).toEqual(["指标", "目标", "实际完成", "完成率", "序时进度", "进度差", "状态", "来源", "培育库已入统", "培育库已申报"]);
    expect(c.rows).toHaveLength(1);
    expectRow(plain(c.rows[0]), ["净增规模以上工业企业", 35, 14, 14 / 35, E, 14 / 35 - E, "落后序时进度", "填报", 1, 1]);
  });

  test("C without a reported figure is 未填报", () => {
    const m = buildScaleAnalysis(makeCheck({ sheets: [CULT] }), CTX);
    expectRow(plain(m.sections[2].rows[0]), ["净增规模以上工业企业", 35, null, null, E, null, "未填报", null, 1, 1]);
  });
});
