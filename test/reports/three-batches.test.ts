import { buildThreeBatches } from "../../src/core/reports/three-batches";
import { body, CTX, expectRow, headers, KEY, makeCheck, plain, rowOf } from "./fixtures";

describe("三个一批进展", () => {
  const model = buildThreeBatches(makeCheck(), CTX);
  const [byCategory, byRegion] = model.sections;

  test("by 类别, with the profile's completion targets and the gap", () => {
    expect(model.title).toBe("2022年1-10月 三个一批进展");
    expect(byCategory.heading).toBe("按类别");
    expect(headers(byCategory)).toEqual(["类别", "总数", "已完成", "推进中", "未启动", "完成率", "目标", "差距"]);
    expectRow(rowOf(byCategory, "淘汰关停"), ["淘汰关停", 1, 1, 0, 0, 1, null, null]);
    expectRow(rowOf(byCategory, "搬迁入园进区"), ["搬迁入园进区", 3, 2, 1, 0, 2 / 3, 0.8, 2 / 3 - 0.8]);
    expectRow(rowOf(byCategory, "就地改造提升"), ["就地改造提升", 2, 0, 1, 1, 0, 0.8, -0.8]);
    expectRow(plain(byCategory.total!), ["合计", 6, 3, 2, 1, 0.5, null, null]);
    expect(byCategory.columns[5]).toMatchObject({ format: "rate", dataBar: true });
  });

  test("then by county: only the counties with records, in the profile's order, and 未识别", () => {
    expect(byRegion.heading).toBe("按县区");
    expect(headers(byRegion)).toEqual(["县区", "淘汰关停", "搬迁入园进区", "就地改造提升", "总数", "已完成", "推进中", "未启动", "完成率"]);
    expect(body(byRegion)).toEqual([
      ["宣化区", 0, 0, 1, 1, 0, 0, 1, 0],
      ["张北县", 1, 1, 0, 2, 2, 0, 0, 1],
      ["蔚县", 0, 2, 0, 2, 1, 1, 0, 0.5],
      ["未识别", 0, 0, 1, 1, 0, 1, 0, 0],
    ]);
    expect(plain(byRegion.total!)).toEqual(["合计", 1, 3, 2, 6, 3, 2, 1, 0.5]);
  });

  test("a profile with other targets shows them", () => {
    const base = makeCheck();
    const profile = { ...base.profile, targets: base.profile.targets.map((t) => (t.key === "relocationCompletion" ? { ...t, target: 0.6 } : t)) };
    const m = buildThreeBatches({ ...base, profile }, CTX);
    expectRow(rowOf(m.sections[0], "搬迁入园进区"), ["搬迁入园进区", 3, 2, 1, 0, 2 / 3, 0.6, 2 / 3 - 0.6]);
  });

  test("without the ledger: a note, the categories at zero, no ratio", () => {
    const m = buildThreeBatches(makeCheck({ sheets: [KEY] }), CTX);
    expect(m.sections[0].notes).toEqual(["工作簿中没有此台账"]);
    expectRow(rowOf(m.sections[0], "搬迁入园进区"), ["搬迁入园进区", 0, 0, 0, 0, null, 0.8, null]);
    expect(m.sections[1].rows).toEqual([]);
  });
});
