import { BUILTIN_PROFILE } from "../../src/core/profile";
import { buildRegions } from "../../src/core/reports/regions";
import { body, CTX, expectRow, FINDINGS, headers, makeCheck, plain, rowOf, sheet, SHEETS, uscc } from "./fixtures";

describe("县区汇总", () => {
  const model = buildRegions(makeCheck(), CTX);
  const [section] = model.sections;

  test("one row per region of the profile, then 未识别", () => {
    expect(model.title).toBe("2022年1-10月 县区汇总");
    expect(headers(section)).toEqual([
      "县区", "重点企业", "培育企业", "应入统企业", "工业项目", "项目总投资", "本年完成投资", "技改项目", "三个一批完成率", "错误", "警告",
    ]);
    expect(body(section).map((r) => r[0])).toEqual([...BUILTIN_PROFILE.regions.map((r) => r.name), "未识别"]);
  });

  test.each([
    // 张北: 甲 丙 | 己 甲 | — | 项目一 三 四 | 技改 项目一 | 2 of 2 done | error on 项目一's row
    ["张北县", [2, 2, 0, 3, 2500, 350, 1, 1, 1, 0]],
    // 蔚县: 乙 | 乙 | 乙 | 项目二 | 技改二 | 1 of 2 | C3 (error) and J3 (warning) on 乙's row
    ["蔚县", [1, 1, 1, 1, 600, 100, 1, 0.5, 1, 1]],
    ["宣化区", [0, 1, 1, 1, 2000, 500, 0, 0, 0, 0]],
    // blank 所属县区: 丁 | 庚 | — | 项目五 | — | 六厂 | D5 on 丁's row
    ["未识别", [1, 1, 0, 1, 400, 400, 0, 0, 1, 0]],
    ["康保县", [0, 0, 0, 0, 0, 0, 0, null, 0, 0]],
  ])("%s", (region, figures) => {
    expectRow(rowOf(section, region), [region, ...figures]);
  });

  test("合计 equals the ledger totals", () => {
    const total = plain(section.total!);
    const records = (name: string) => SHEETS.find((s) => s.sheet === name)!.records;
    const column = (name: string, key: string) => records(name).reduce((t, r) => t + ((r.values[key] as number | null) ?? 0), 0);
    expect(total[1]).toBe(records("重点企业").length);
    expect(total[2]).toBe(records("培育库").length);
    expect(total[4]).toBe(records("工业项目").length);
    expect(total[5]).toBe(column("工业项目", "totalInvestment"));
    expect(total[6]).toBe(column("工业项目", "ytdInvestment"));
    expect(total[7]).toBe(records("技改项目").length);
    expectRow(total, ["合计", 4, 5, 2, 6, 5500, 1350, 2, 3 / 6, 3, 1]);
  });

  test("合计 is the sum of its rows", () => {
    const rows = body(section);
    for (const j of [1, 2, 3, 4, 5, 6, 7, 9, 10]) {
      expect(rows.reduce((t, r) => t + (r[j] as number), 0)).toBe(plain(section.total!)[j]);
    }
  });

  test("findings not on a record are left out and counted in the note", () => {
    // ledger.count (sheet-level) and settings.invalid (file-level); the info is never counted
    expect(section.notes).toEqual(["项目总投资、本年完成投资为百项工业项目库的；错误、警告按所在记录的县区统计，不属于某条记录的 2 条未计入"]);
    const placed = buildRegions(makeCheck({ findings: FINDINGS.filter((f) => f.row !== undefined) }), CTX);
    expect(placed.sections[0].notes).toEqual(["项目总投资、本年完成投资为百项工业项目库的；错误、警告按所在记录的县区统计"]);
  });

  test("三个一批完成率 has a data bar; the chart shows project investment by county", () => {
    expect(section.columns[8]).toMatchObject({ format: "rate", dataBar: true });
    expect(model.charts).toEqual([{ kind: "column", title: "各县区项目投资", section: 0, categories: 0, series: [5, 6] }]);
  });

  test("a county written by its code, short or old name is that county", () => {
    const key = sheet("key-enterprises", "重点企业", [
      { name: "a", uscc: uscc(21), region: "130722", revenue: 1 },
      { name: "b", uscc: uscc(22), region: "张北", revenue: 1 },
      { name: "c", uscc: uscc(23), region: "崇礼县", revenue: 1 },
      { name: "d", uscc: uscc(24), region: "火星县", revenue: 1 },
    ]);
    const m = buildRegions(makeCheck({ sheets: [key], findings: [] }), CTX);
    expect(rowOf(m.sections[0], "张北县")[1]).toBe(2);
    expect(rowOf(m.sections[0], "崇礼区")[1]).toBe(1);
    expect(rowOf(m.sections[0], "未识别")[1]).toBe(1);
  });
});
