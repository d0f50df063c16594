/** The city's 任务分解 (PLAN-PROFILE.md `decomposition`): validated, and kept as a CSV or JSON table. */

import fc from "fast-check";
import {
  BUILTIN_PROFILE,
  checkDecomposition,
  decompositionTotals,
  formatDecompositionCsv,
  formatDecompositionJson,
  parseDecompositionCsv,
  parseDecompositionJson,
  type CountyShare,
  type Profile,
} from "../../src/core";

const SHARES: Record<string, CountyShare> = {
  "130730": { counts: { keyEnterprises: 15, clusters: 2 }, targets: { fixedInvestmentGrowth: 0.08, netNewScaleEnterprises: 3 } },
  "130705": { targets: { valueAddedGrowth: 0.055 } },
};
const WITH: Profile = { ...BUILTIN_PROFILE, decomposition: SHARES };

describe("validation (schema errors name the field)", () => {
  test.each([
    ["a negative count", { "130730": { counts: { keyEnterprises: -1 } } }, 'decomposition["130730"].counts.keyEnterprises', "不能小于 0"],
    ["a negative target", { "130730": { targets: { fixedInvestmentGrowth: -0.1 } } }, 'decomposition["130730"].targets.fixedInvestmentGrowth', "不能小于 0"],
    ["an unknown county code", { "130799": { counts: { keyEnterprises: 1 } } }, 'decomposition["130799"]', "方案的县区中没有此代码"],
    ["an unknown target key", { "130730": { targets: { keyEnterprise: 1 } } }, 'decomposition["130730"].targets.keyEnterprise', "方案中没有指标键 keyEnterprise"],
    ["an unknown count", { "130730": { counts: { servers: 1 } } }, 'decomposition["130730"].counts.servers', "没有数量项 servers"],
    ["a fractional count", { "130730": { counts: { keyEnterprises: 1.5 } } }, 'decomposition["130730"].counts.keyEnterprises', "应为整数"],
  ])("%s", (_what, decomposition, path, message) => {
    const r = checkDecomposition(BUILTIN_PROFILE, decomposition);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message) })]);
  });

  test("a valid one is kept as given", () => {
    expect(checkDecomposition(BUILTIN_PROFILE, SHARES)).toEqual({ ok: true, decomposition: SHARES });
  });

  test("an unknown scope is named with the known codes", () => {
    const r = checkDecomposition({ ...BUILTIN_PROFILE, scope: "999999" }, {});
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(["scope"]);
  });
});

describe("JSON", () => {
  test("export and import give the shares back; a whole profile's decomposition is taken too", () => {
    const text = formatDecompositionJson(WITH);
    expect(parseDecompositionJson(BUILTIN_PROFILE, JSON.parse(text))).toEqual({ ok: true, decomposition: SHARES });
    expect(parseDecompositionJson(BUILTIN_PROFILE, SHARES)).toEqual({ ok: true, decomposition: SHARES });
  });
});

describe("CSV (a statistician's 任务分解表)", () => {
  const csv = formatDecompositionCsv(WITH);
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");

  test("every county a row, every indicator a column, rates as percentages, blank where none", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const header = lines[0].split(",");
    expect(header.slice(0, 3)).toEqual(["县区代码", "县区", "规模以上工业增加值增速"]);
    expect(header.slice(-2)).toEqual(["产业集群数", "头部企业数"]);
    expect(lines).toHaveLength(1 + BUILTIN_PROFILE.regions.length);
    const huailai = lines.find((l) => l.startsWith("130730,"))!.split(",");
    expect(huailai[header.indexOf("百家重点企业")]).toBe("15");
    expect(huailai[header.indexOf("工业固定资产投资增速")]).toBe("8%");
    expect(huailai[header.indexOf("产业集群数")]).toBe("2");
    expect(lines.find((l) => l.startsWith("130705,"))!.split(",")[2]).toBe("5.5%");
    expect(lines.find((l) => l.startsWith("130722,"))!.split(",").slice(2).every((c) => c === "")).toBe(true);
  });

  test("read back, it is the same decomposition", () => {
    expect(parseDecompositionCsv(BUILTIN_PROFILE, csv)).toEqual({ ok: true, decomposition: SHARES });
  });

  test("as typed by hand: names for codes, aliases for indicators, 8 for 8 %, a 合计 row, quotes", () => {
    const typed = '县区,重点企业,工业投资增速,"产业集群数"\n怀来,15,8,2\n合计,100,7,18\n\n';
    expect(parseDecompositionCsv(BUILTIN_PROFILE, typed)).toEqual({
      ok: true,
      decomposition: { "130730": { counts: { keyEnterprises: 15, clusters: 2 }, targets: { fixedInvestmentGrowth: 0.08 } } },
    });
  });

  test.each([
    ["an unknown column", "县区,百家企业\n怀来县,15\n", "任务分解表的列“百家企业”不是方案中的指标"],
    ["an unknown county", "县区,百家重点企业\n怀柔区,15\n", "任务分解表第 2 行：“怀柔区”不是本市的县区"],
    ["a word for a number", "县区,百家重点企业\n怀来县,十五\n", "任务分解表第 2 行“百家重点企业”：“十五”不是数字"],
    ["no county column", "百家重点企业\n15\n", "任务分解表缺少“县区代码”或“县区”列"],
    ["a negative figure", "县区,百家重点企业\n怀来县,-15\n", "不能小于 0"],
    ["nothing", "", "任务分解表是空的"],
  ])("%s is refused, saying where", (_what, text, message) => {
    const r = parseDecompositionCsv(BUILTIN_PROFILE, text);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([expect.stringContaining(message)]);
  });

  test("any decomposition survives export and import unchanged", () => {
    const codes = BUILTIN_PROFILE.regions.map((r) => r.code);
    const share = fc.record(
      {
        counts: fc.record({ keyEnterprises: fc.nat(500), clusters: fc.nat(20), clusterHeadFirms: fc.nat(60) }, { requiredKeys: [] }),
        targets: fc.record({ fixedInvestmentGrowth: fc.integer({ min: 0, max: 400 }).map((n) => n / 1000), servers: fc.nat(200) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), share), (decomposition) => {
        const r = parseDecompositionCsv(BUILTIN_PROFILE, formatDecompositionCsv({ ...BUILTIN_PROFILE, decomposition }));
        // A county without any figure has no row to carry: it comes back as no entry.
        const meant = Object.fromEntries(
          Object.entries(decomposition)
            .map(([code, s]) => [code, Object.fromEntries(Object.entries(s).filter(([, v]) => Object.keys(v ?? {}).length > 0))])
            .filter(([, s]) => Object.keys(s).length > 0),
        );
        expect(r).toEqual({ ok: true, decomposition: meant });
      }),
    );
  });
});

test("the city's target beside the sum of the counties' shares", () => {
  const totals = decompositionTotals(WITH);
  expect(totals.find((x) => x.key === "keyEnterprises")).toEqual({ key: "keyEnterprises", name: "百家重点企业", city: 100, counties: 15, decomposed: 1 });
  expect(totals.find((x) => x.key === "clusters")).toEqual({ key: "clusters", name: "产业集群数", city: 18, counties: 2, decomposed: 1 });
  expect(totals.find((x) => x.key === "servers")).toMatchObject({ city: 120, counties: 0, decomposed: 0 });
});
