import { isLedgerKind, KINDS, kindSpec } from "../../src/core/ledgers";
import { COLUMN_KEYS, type KindSpec, type LedgerKind } from "../../src/core/ledgers/types";

/** The kind a sheet name gives by keywords alone: the most specific match, which must be unique. */
function byName(name: string): LedgerKind | "none" | "tie" {
  const hits = KINDS.filter((k) => k.sheetKeywords.some((w) => name.includes(w)));
  if (hits.length === 0) return "none";
  const top = Math.max(...hits.map((k) => k.specificity));
  const best = hits.filter((k) => k.specificity === top);
  return best.length === 1 ? best[0].kind : "tie";
}

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

describe("ledger kinds", () => {
  test("all nine kinds, each once, found by kindSpec", () => {
    expect(KINDS.map((k) => k.kind)).toEqual([
      "key-enterprises",
      "cultivation",
      "declining",
      "projects",
      "tech-reform",
      "three-batches",
      "clusters",
      "energy",
      "targets",
    ]);
    for (const k of KINDS) expect(kindSpec(k.kind)).toBe(k);
    expect(isLedgerKind("projects")).toBe(true);
    expect(isLedgerKind("report")).toBe(false);
  });

  describe.each(KINDS.map((k) => [k.kind, k] as [LedgerKind, KindSpec]))("%s", (_kind, spec) => {
    test("column keys are unique and no header or alias names two columns", () => {
      expect(new Set(spec.columns.map((c) => c.key)).size).toBe(spec.columns.length);
      const names = spec.columns.flatMap((c) => [c.header, ...c.aliases].map(norm));
      expect(new Set(names).size).toBe(names.length);
    });

    test("has a 审核说明 column (key note, text) and a record key made of its columns", () => {
      expect(spec.columns.find((c) => c.key === "note")).toMatchObject({ header: "审核说明", type: "text" });
      for (const key of spec.recordKey) expect(spec.columns.some((c) => c.key === key)).toBe(true);
    });

    test("enum columns list their values", () => {
      for (const c of spec.columns.filter((c) => c.type === "enum" || c.type === "enumMulti")) {
        expect(c.values === "industries" || (Array.isArray(c.values) && c.values.length > 1)).toBe(true);
      }
    });
  });

  // LEDGERS.md: the columns marked * per kind.
  test.each([
    ["key-enterprises", ["企业名称", "统一社会信用代码", "所属县区", "本年营业收入", "上年营业收入"]],
    ["cultivation", ["企业名称", "统一社会信用代码", "所属县区", "培育类别", "上年全年营业收入", "入统状态"]],
    ["declining", ["企业名称", "统一社会信用代码", "所属县区", "下滑类型", "上年利润总额", "前年利润总额"]],
    ["projects", ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "是否入统"]],
    ["tech-reform", ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "是否入统", "技改方向"]],
    ["three-batches", ["企业名称", "所属县区", "类别", "进展状态"]],
    ["clusters", ["集群名称", "所属县区", "本年营业收入", "上年营业收入"]],
    ["energy", ["企业名称", "统一社会信用代码", "月份", "综合能耗"]],
    ["targets", ["指标名称", "目标值", "实际完成"]],
  ] as [LedgerKind, string[]][])("%s requires exactly %j", (kind, headers) => {
    expect(kindSpec(kind).columns.filter((c) => c.required).map((c) => c.header)).toEqual(headers);
  });

  test.each([
    ["1-10月完成投资"],
    ["1～10月累计完成投资"],
    ["1至9月完成投资"],
    ["2022年1-10月完成投资"],
  ])("本年完成投资 also goes by %s", (header) => {
    const column = kindSpec("projects").columns.find((c) => c.key === "ytdInvestment");
    expect(column?.patterns?.some((re) => re.test(header))).toBe(true);
  });

  test("tech-reform is the project ledger plus 技改方向 and 发展方向 (several values each)", () => {
    const projectKeys = kindSpec("projects").columns.map((c) => c.key);
    const reformKeys = kindSpec("tech-reform").columns.map((c) => c.key);
    expect(reformKeys.filter((k) => !projectKeys.includes(k))).toEqual(["direction", "devDirection"]);
    const direction = kindSpec("tech-reform").columns.find((c) => c.key === "direction");
    expect(direction).toMatchObject({ header: "技改方向", type: "enumMulti", required: true });
    expect((direction?.values as { value: string }[]).map((v) => v.value)).toEqual(["改工艺", "改装备", "改产品", "改管理"]);
  });

  test("综合能耗 keeps its unit (吨标准煤 is not money); 上年利润总额 may be negative; 截止月份 is a month", () => {
    expect(kindSpec("energy").columns.find((c) => c.key === "energy")).toMatchObject({ keepUnit: true });
    expect(kindSpec("declining").columns.find((c) => c.key === "profitPrev")).toMatchObject({ negatives: true });
    expect(kindSpec("targets").columns.find((c) => c.key === "asOf")).toMatchObject({ type: "int", min: 1, max: 12 });
  });

  test.each([
    ["2022年百家重点企业台账", "key-enterprises"],
    ["重点企业培育库", "cultivation"],
    ["规下企业培育", "cultivation"],
    ["下滑企业", "declining"],
    ["亏损企业增效", "declining"],
    ["百项工业项目库", "projects"],
    ["百项技改项目库", "tech-reform"],
    ["三个一批", "three-batches"],
    ["搬迁入园", "three-batches"],
    ["就地改造提升", "three-batches"],
    ["县域特色产业集群", "clusters"],
    ["重点用能企业能耗监测", "energy"],
    ["目标任务", "targets"],
    ["Sheet1", "none"],
  ])("sheet %s is %s by its name", (name, kind) => {
    expect(byName(name)).toBe(kind);
  });
});

test("every column key rules and reports may read is a column of some kind", () => {
  const used = new Set(KINDS.flatMap((k) => k.columns.map((c) => c.key)));
  expect(COLUMN_KEYS.filter((key) => !used.has(key))).toEqual([]);
});
