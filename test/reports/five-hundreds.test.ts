import { buildFiveHundreds } from "../../src/core/reports/five-hundreds";
import { body, CODES, CTX, expectRow, headers, KEY, makeCheck, plain, rowOf, sectionOf, sheet } from "./fixtures";

describe("五个百进展", () => {
  const model = buildFiveHundreds(makeCheck(), CTX);

  test("one row per programme: records, target, errors and warnings of its ledger", () => {
    expect(model.title).toBe("2022年1-10月 五个百进展");
    const overview = model.sections[0];
    expect(headers(overview)).toEqual(["工作任务", "台账数量", "目标", "错误", "警告"]);
    expect(body(overview)).toEqual([
      // 重点企业: errors C3 and D5, warnings ledger.count and J3
      ["百家重点企业", 4, 100, 2, 2],
      ["百家规下企业培育", 5, 100, 0, 0],
      ["百家下滑企业增效", 2, 100, 0, 0],
      ["百项工业项目建设", 6, 100, 1, 0],
      ["百项技改项目升级", 2, 100, 0, 0],
    ]);
    expect(plain(overview.total!)).toEqual(["合计", 19, 500, 3, 2]);
  });

  test("key enterprises by industry: Σ本年 and Σ上年 over the same records (同口径), those left out, growth, 规上 count", () => {
    const s = sectionOf(model, "百家重点企业：按所属产业");
    expect(headers(s)).toEqual(["所属产业", "企业数", "本年营业收入", "上年营业收入", "增长率", "未计入", "规上企业数"]);
    // 甲 3000/2500 and 丙 1000/800: (3000 + 1000) / (2500 + 800) − 1
    expectRow(rowOf(s, "冰雪装备"), ["冰雪装备", 2, 4000, 3300, 4000 / 3300 - 1, 0, 1]);
    // 乙 has no 上年: left out of both sums, so no growth
    expectRow(rowOf(s, "食品加工"), ["食品加工", 1, 0, 0, null, 1, 0]);
    expectRow(rowOf(s, "汽车及零部件"), ["汽车及零部件", 0, 0, 0, null, 0, 0]);
    expectRow(rowOf(s, "未填写"), ["未填写", 1, 0, 0, null, 1, 0]);
    // the total leaves out 乙 (no 上年) and 丁 (no 本年) from both sums: the growth is that of the sums shown
    expectRow(plain(s.total!), ["合计", 4, 4000, 3300, 4000 / 3300 - 1, 2, 1]);
    expect(body(s).map((r) => r[0])).toEqual(["冰雪装备", "氢能与可再生能源装备", "大数据及装备制造", "汽车及零部件", "食品加工", "皮毛服装", "其他", "未填写"]);
  });

  test("declining: 扭亏 and 增效 where the profit columns are filled", () => {
    const d = sheet("declining", "下滑企业", [
      // 扭亏 (a loss last year, a profit now) and 增效 (more than the same months of last year)
      { name: "甲", uscc: CODES.A, type: "亏损", profitPrev: -50, profitPrev2: 30, profit: 20, profitSamePeriod: -40 },
      // still a loss, but a smaller one: 增效 only
      { name: "乙", uscc: CODES.B, type: "亏损", profitPrev: -80, profitPrev2: 10, profit: -10, profitSamePeriod: -60 },
      // profit fell further: neither
      { name: "丙", uscc: CODES.C, type: "效益下滑", profitPrev: 100, profitPrev2: 200, profit: 30, profitSamePeriod: 70 },
      // no profit this year: counted in neither
      { name: "丁", uscc: CODES.D, type: "效益下滑", profitPrev: 50, profitPrev2: 90 },
    ]);
    const m = buildFiveHundreds(makeCheck({ sheets: [d], findings: [] }), CTX);
    const s = sectionOf(m, "百家下滑企业增效：按下滑类型");
    expect(headers(s)).toEqual(["下滑类型", "企业数", "上年利润总额", "前年利润总额", "已有扭亏增效方案", "扭亏", "增效"]);
    expect(body(s)).toEqual([
      ["亏损", 2, -130, 40, 0, 1, 2],
      ["效益下滑", 2, 150, 290, 0, 0, 0],
    ]);
    expect(plain(s.total!)).toEqual(["合计", 4, 20, 330, 0, 1, 2]);
  });

  test("cultivation by 培育类别, with 入统状态 counts", () => {
    const s = sectionOf(model, "百家规下企业培育：按培育类别与入统状态");
    expect(headers(s)).toEqual(["培育类别", "企业数", "未入统", "已申报", "已入统", "上年全年营业收入", "本年营业收入"]);
    expect(body(s)).toEqual([
      ["新建投产", 1, 0, 1, 0, 500, 900],
      ["营收1000-2000万", 2, 1, 0, 1, 3300, 3300],
      ["退统再入", 1, 1, 0, 0, 2500, 2200],
      ["超2000万未入统", 1, 1, 0, 0, 2600, 0],
    ]);
    expect(plain(s.total!)).toEqual(["合计", 5, 3, 1, 1, 8900, 6400]);
  });

  test("declining by 下滑类型; a plan of 无 is no plan", () => {
    const s = sectionOf(model, "百家下滑企业增效：按下滑类型");
    expect(body(s)).toEqual([
      ["亏损", 1, -50, 30, 1],
      ["效益下滑", 1, 100, 200, 0],
    ]);
    expect(plain(s.total!)).toEqual(["合计", 2, 50, 230, 1]);
  });

  test("projects and tech-reform projects by 建设阶段", () => {
    const p = sectionOf(model, "百项工业项目建设：按建设阶段");
    expect(headers(p)).toEqual(["建设阶段", "项目数", "总投资", "本年完成投资", "已入统"]);
    expect(body(p)).toEqual([
      ["前期", 1, 1000, 0, 0],
      ["新开工", 2, 1300, 150, 0],
      ["续建", 2, 2800, 800, 1],
      ["竣工投产", 1, 400, 400, 1],
    ]);
    expect(plain(p.total!)).toEqual(["合计", 6, 5500, 1350, 2]);
    const t = sectionOf(model, "百项技改项目升级：按建设阶段");
    expect(plain(t.total!)).toEqual(["合计", 2, 1350, 420, 1]);
    expect(rowOf(t, "续建")).toEqual(["续建", 2, 1350, 420, 1]);
  });

  test("a programme without its ledger says so instead of a table of zeros", () => {
    const m = buildFiveHundreds(makeCheck({ sheets: [KEY], findings: [] }), CTX);
    expect(body(m.sections[0])[1]).toEqual(["百家规下企业培育", null, 100, 0, 0]);
    const s = sectionOf(m, "百家规下企业培育：按培育类别与入统状态");
    expect(s.empty).toBe("工作簿中没有此台账");
    expect(s.rows).toEqual([]);
    expect(s.total).toBeUndefined();
  });
});
