import { ledgerFigures } from "../../src/core/rules/ledger-figures";
import { isUnderConstruction } from "../../src/core/rules/under-construction";
import { BATCH, CLUSTER, CULT, KE, PROJ } from "./cases";
import { D, sheet } from "./helpers";

describe("ledgerFigures", () => {
  test("counts each programme's records over all its sheets", () => {
    const figures = ledgerFigures([
      sheet("key-enterprises", [KE, KE], { name: "重点企业一" }),
      sheet("key-enterprises", [KE], { name: "重点企业二" }),
      sheet("cultivation", [CULT]),
      sheet("tech-reform", [PROJ, PROJ, PROJ]),
    ]);
    expect(figures).toEqual({ keyEnterprises: 3, cultivationLibrary: 1, techReformLibrary: 3 });
  });

  test("三个一批 completion: 已完成 ÷ all of that 类别; no record of a category, no ratio", () => {
    const done = { ...BATCH, status: "已完成", doneDate: D(2022, 3) };
    const figures = ledgerFigures([sheet("three-batches", [BATCH, done, done, { ...BATCH, category: "淘汰关停", status: "已完成" }])]);
    expect(figures).toEqual({ relocationCompletion: 2 / 3 });
  });

  test("cluster growth Σ本年 ÷ Σ上年 − 1 over the clusters that have both", () => {
    const figures = ledgerFigures([
      sheet("clusters", [CLUSTER, { ...CLUSTER, revenue: 330, revenuePrev: 300 }, { ...CLUSTER, revenue: 999, revenuePrev: null }]),
    ]);
    expect(figures.clusterRevenueGrowth).toBeCloseTo(440 / 400 - 1, 12);
  });

  test("no cluster with both revenues, or a zero base: no growth", () => {
    expect(ledgerFigures([sheet("clusters", [{ ...CLUSTER, revenuePrev: null }])])).toEqual({});
    expect(ledgerFigures([sheet("clusters", [{ ...CLUSTER, revenuePrev: 0 }])])).toEqual({});
  });
});

describe("isUnderConstruction (period 10 of 2022)", () => {
  test.each([
    ["续建, started 2021", { stage: "续建", startDate: D(2021, 5) }, true],
    ["新开工 without a start date", { stage: "新开工", startDate: null }, true],
    ["新开工 in October", { stage: "新开工", startDate: D(2022, 10, 31) }, true],
    ["新开工 in November", { stage: "新开工", startDate: D(2022, 11, 1) }, false],
    ["竣工投产", { stage: "竣工投产", startDate: D(2020, 1) }, true],
    ["前期", { stage: "前期", startDate: null }, false],
    ["no stage", { stage: null, startDate: null }, false],
  ])("%s → %s", (_title, values, expected) => {
    expect(isUnderConstruction({ row: 2, values }, 2022, 10)).toBe(expected);
  });
});
