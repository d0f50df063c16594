import { buildProjectInclusion } from "../../src/core/reports/project-inclusion";
import { body, CTX, expectRow, headers, makeCheck, plain, PROJ, rowOf, sheet } from "./fixtures";

describe("项目入统", () => {
  const model = buildProjectInclusion(makeCheck(), CTX);
  const [a, byStage, byIndustry] = model.sections;

  test("A lists the projects under construction of 500 万元 and more that are not included", () => {
    expect(model.title).toBe("2022年1-10月 项目入统");
    expect(a.heading).toBe("A. 在建未入统项目（总投资500万元以上）");
    expect(headers(a)).toEqual(["项目名称", "建设单位", "县区", "总投资", "建设阶段", "未入统原因", "状态"]);
    // 项目三 is 前期, 项目四 starts in November (after 1-10月), 项目五 is under 500; 项目一 is also in the
    // tech-reform ledger and listed once.
    expect(body(a)).toEqual([
      ["项目一", "甲公司", "张北县", 800, "续建", null, "应统未统"],
      ["项目二", "乙公司", "蔚县", 600, "新开工", "土地手续", "手续制约"],
    ]);
    expect(a.asTable).toBe(true);
  });

  test("B by 建设阶段: 入统率 among the projects that must be counted", () => {
    expect(headers(byStage)).toEqual(["建设阶段", "项目数", "总投资", "本年完成投资", "入统率"]);
    expect(byStage.columns[4]).toMatchObject({ format: "rate", dataBar: true });
    expectRow(rowOf(byStage, "前期"), ["前期", 1, 1000, 0, null]);
    // 项目二 counts (0 of 1 included); 项目四 does not yet
    expectRow(rowOf(byStage, "新开工"), ["新开工", 2, 1300, 150, 0]);
    // 项目一 (once), 项目六 and 技改二: two of three included
    expectRow(rowOf(byStage, "续建"), ["续建", 3, 3350, 920, 2 / 3]);
    expectRow(rowOf(byStage, "竣工投产"), ["竣工投产", 1, 400, 400, null]);
    expectRow(plain(byStage.total!), ["合计", 7, 6050, 1470, 2 / 4]);
  });

  test("B by 产业类别", () => {
    expect(headers(byIndustry)[0]).toBe("产业类别");
    expectRow(rowOf(byIndustry, "冰雪装备"), ["冰雪装备", 3, 3800, 800, 1 / 2]);
    expectRow(rowOf(byIndustry, "食品加工"), ["食品加工", 2, 1150, 220, 1 / 2]);
    expectRow(rowOf(byIndustry, "汽车及零部件"), ["汽车及零部件", 1, 400, 400, null]);
    expectRow(rowOf(byIndustry, "其他"), ["其他", 1, 700, 50, null]);
    expectRow(rowOf(byIndustry, "氢能与可再生能源装备"), ["氢能与可再生能源装备", 0, 0, 0, null]);
    expectRow(plain(byIndustry.total!), ["合计", 7, 6050, 1470, 0.5]);
  });

  test("a 续建 project without 开工时间 is under construction; one starting after the period is not", () => {
    const s = sheet("projects", "工业项目", [
      { project: "无日期", builder: "甲", region: "蔚县", stage: "续建", totalInvestment: 500, included: false, notIncludedReason: "环保" },
      { project: "年底开工", builder: "乙", region: "蔚县", stage: "新开工", totalInvestment: 900, startDate: { y: 2022, m: 12, d: 1 }, included: false },
    ]);
    const m = buildProjectInclusion(makeCheck({ sheets: [s], period: 11 }), CTX);
    expect(body(m.sections[0]).map((r) => [r[0], r[6]])).toEqual([["无日期", "手续制约"]]);
    const m12 = buildProjectInclusion(makeCheck({ sheets: [s], period: 12 }), CTX);
    expect(body(m12.sections[0]).map((r) => r[0])).toEqual(["无日期", "年底开工"]);
  });

  test("A leaves out a project finished before the profile year (竣工投产 2021-06, 800万, 否)", () => {
    const s = sheet("projects", "工业项目", [
      { project: "旧项目", builder: "甲", region: "蔚县", stage: "竣工投产", totalInvestment: 800, startDate: { y: 2020, m: 3 }, completionDate: { y: 2021, m: 6 }, included: false },
      { project: "今年竣工", builder: "乙", region: "蔚县", stage: "竣工投产", totalInvestment: 800, startDate: { y: 2021, m: 3 }, completionDate: { y: 2022, m: 6 }, included: false },
    ]);
    const m = buildProjectInclusion(makeCheck({ sheets: [s] }), CTX);
    expect(body(m.sections[0]).map((r) => [r[0], r[6]])).toEqual([["今年竣工", "应统未统"]]);
  });

  test("B for 两新一重 projects, their own group", () => {
    const s = sheet("projects", "工业项目", [
      { project: "新基建", builder: "甲", region: "蔚县", stage: "续建", totalInvestment: 900, ytdInvestment: 200, startDate: { y: 2021, m: 3 }, included: true, twoNewOneHeavy: true },
      { project: "新城镇", builder: "乙", region: "蔚县", stage: "新开工", totalInvestment: 600, ytdInvestment: 50, startDate: { y: 2022, m: 4 }, included: false, twoNewOneHeavy: true },
      { project: "普通", builder: "丙", region: "蔚县", stage: "续建", totalInvestment: 700, ytdInvestment: 100, startDate: { y: 2021, m: 3 }, included: true, twoNewOneHeavy: false },
    ]);
    const m = buildProjectInclusion(makeCheck({ sheets: [s] }), CTX);
    const g = m.sections.find((x) => x.heading === "B. 两新一重项目");
    expect(g).toBeDefined();
    expect(headers(g!)).toEqual(["两新一重", "项目数", "总投资", "本年完成投资", "入统率"]);
    expectRow(rowOf(g!, "两新一重"), ["两新一重", 2, 1500, 250, 0.5]);
    expectRow(rowOf(g!, "其他项目"), ["其他项目", 1, 700, 100, 1]);
  });

  test("nothing to list says so", () => {
    const m = buildProjectInclusion(makeCheck({ sheets: [PROJ].map((p) => ({ ...p, records: p.records.slice(4) })) }), CTX);
    expect(m.sections[0].rows).toEqual([]);
    expect(m.sections[0].empty).toBe("无");
  });
});
