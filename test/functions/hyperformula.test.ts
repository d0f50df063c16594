import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DetailedCellError, HyperFormula } from "hyperformula";
import path from "path";
import * as functions from "../../src/functions/functions";
import { installCustomFunctionsStandIn } from "./custom-functions-stand-in";
import { createGxPlugin, GxFunctionSpec } from "./hyperformula-adapter";

installCustomFunctionsStandIn();

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
let registered: ReturnType<typeof createGxPlugin> | undefined;

beforeAll(async () => {
  // The same metadata the build generates: ids, parameters and which of them are optional.
  const generated = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(generated.errors).toEqual([]);
  const metadata = JSON.parse(generated.metadataJson) as { functions: { id: string; parameters: GxFunctionSpec["parameters"] }[] };
  const byId = new Map(generated.associate.map((a: { id: string; functionName: string }) => [a.id, a.functionName]));
  const specs = metadata.functions.map((f) => ({
    id: f.id,
    parameters: f.parameters,
    fn: functions[byId.get(f.id) as keyof typeof functions] as GxFunctionSpec["fn"],
  }));
  expect(specs).toHaveLength(20);
  registered = createGxPlugin(specs);
  HyperFormula.registerFunctionPlugin(registered.plugin, registered.translations);
}, 30_000);

afterAll(() => {
  if (registered) HyperFormula.unregisterFunctionPlugin(registered.plugin);
});

/** smartRounding off: HyperFormula would round results to 10 digits, hiding the functions' own precision. */
function sheet(cells: (string | number | boolean | null)[][]) {
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3", smartRounding: false });
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
  return { hf, at };
}

const code = (v: unknown) => (v instanceof DetailedCellError ? v.value : v);

describe("GX functions in HyperFormula formulas", () => {
  test("=GX.YOY(A1:A5,B1:B5) spills a column, blank and zero base element by element", () => {
    const { at } = sheet([
      [120, 100, "=GX.YOY(A1:A5,B1:B5)"],
      [95, 100],
      [null, 100],
      [1, 0],
      ["1,234", "1,000"],
    ]);
    expect(at("C1")).toBeCloseTo(0.2, 12);
    expect(at("C2")).toBeCloseTo(-0.05, 12);
    expect(at("C3")).toBe("");
    expect(code(at("C4"))).toBe("#DIV/0!");
    expect(at("C5")).toBeCloseTo(0.234, 12);
  });

  test("=GX.PACE(B2,C2,10) and =GX.ELAPSED(10)", () => {
    const { at } = sheet([
      ["指标", "实际", "目标"],
      ["完成率", 0.972, 1, "=GX.PACE(B2,C2,10)", "=GX.ELAPSED(10)", '=GX.ELAPSED("2022-10-31","day")'],
    ]);
    expect(at("D2")).toBeCloseTo(0.13867, 5);
    expect(at("E2")).toBeCloseTo(10 / 12, 12);
    expect(at("F2")).toBeCloseTo(304 / 365, 12);
  });

  test("=SUM(GX.PULL(...)) adds the pulls of the parts up to the total's growth", () => {
    const { at } = sheet([
      [30, 20],
      [50, 60],
      [40, 20],
      ["=SUM(GX.PULL(A1:A3,B1:B3,SUM(B1:B3)))", "=GX.YOY(SUM(A1:A3),SUM(B1:B3))"],
    ]);
    expect(at("A4")).toBeCloseTo(0.2, 12);
    expect(at("A4")).toBeCloseTo(at("B4") as number, 12);
  });

  test("optional arguments left out take the profile's defaults; a range of flags broadcasts", () => {
    const { at } = sheet([
      [2500, "否", "=GX.SCALESTATUS(A1:A3,B1:B3)", "=GX.SCALESTATUS(A1)", "=GX.PROJECTSTATUS(800,FALSE())"],
      [1500, null],
      [1500, "是"],
    ]);
    expect([at("C1"), at("C2"), at("C3")]).toEqual(["应入统", "培育", "已入统"]);
    expect(at("D1")).toBe("应入统");
    expect(at("E1")).toBe("应入统");
  });

  test("an error in one input cell stays in its element; a message survives", () => {
    const { at } = sheet([
      [120, 100, "=GX.YOY(A1:A3,B1:B3)"],
      ["=NA()", 100],
      ["abc", 100],
    ]);
    expect(at("C1")).toBeCloseTo(0.2, 12);
    expect(code(at("C2"))).toBe("#N/A");
    const bad = at("C3") as DetailedCellError;
    expect(code(bad)).toBe("#VALUE!");
    expect(bad.message).toBe("“abc”不是数字");
  });

  test("mismatched ranges give one #VALUE! with the shapes", () => {
    const { at } = sheet([[1, 1, "=GX.YOY(A1:A3,B1:B2)"], [2, 2], [3, 3]]);
    const e = at("C1") as DetailedCellError;
    expect(code(e)).toBe("#VALUE!");
    expect(e.message).toBe("区域大小不匹配：3×1 与 2×1");
  });

  test("a row broadcasts over a matrix", () => {
    const { at } = sheet([
      [110, 220, null, "=GX.COMPLETION(A1:B2,A3:B3)"],
      [120, 240],
      [100, 200],
    ]);
    expect([at("D1"), at("E1"), at("D2"), at("E2")]).toEqual([1.1, 1.1, 1.2, 1.2]);
  });

  test("lookups: target, region, sector, uscc", () => {
    const { at } = sheet([
      ['=GX.TARGET("规上工业增加值增速")', '=GX.REGION("张北")', '=GX.REGIONCODE("崇礼县")', '=GX.SECTOR("C3612")', '=GX.ISINDUSTRIAL(4411)', '=GX.USCC("91350100M000100Y43")', '=GX.USCCCHECK("911101087519133390")', '=GX.YOYTEXT(-5,-20)'],
    ]);
    expect([at("A1"), at("B1"), at("C1"), at("D1"), at("E1"), at("F1"), at("G1"), at("H1")]).toEqual([
      0.055, "张北县", "130709", "C 制造业", true, true, "统一社会信用代码校验码错误：末位为“0”，应为 U", "减亏",
    ]);
  });
});
