import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import english from "../../src/functions/descriptions.en-US.json";
import * as functions from "../../src/functions/functions";

/** FUNCTIONS.md: Excel name (without GX.) → export. */
const TABLE: [string, string][] = [
  ["YOY", "yoy"], ["YOYTEXT", "yoyText"], ["COMPLETION", "completion"], ["GAP", "gap"], ["ELAPSED", "elapsed"],
  ["PACE", "pace"], ["NEEDED", "needed"], ["CONTRIB", "contrib"], ["PULL", "pull"], ["SCALESTATUS", "scaleStatus"],
  ["PROJECTSTATUS", "projectStatus"], ["USCC", "uscc"], ["USCCCHECK", "usccCheck"], ["INTENSITY", "intensity"],
  ["KEYENERGY", "keyEnergy"], ["TARGET", "target"], ["REGION", "region"], ["REGIONCODE", "regionCode"],
  ["SECTOR", "sector"], ["ISINDUSTRIAL", "isIndustrial"],
];

interface Param { name: string; description: string; dimensionality: string; type: string; optional?: boolean }
interface Fn { id: string; name: string; description: string; parameters: Param[]; result: { dimensionality: string } }

let fns: Fn[] = [];
let associate: { id: string; functionName: string }[] = [];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([path.join(__dirname, "../../src/functions/functions.ts")], true);
  expect(generated.errors).toEqual([]);
  fns = JSON.parse(generated.metadataJson).functions;
  associate = generated.associate;
}, 30_000);

const CJK = /[\u4e00-\u9fff]/;

describe("custom functions metadata", () => {
  test("the 20 functions of FUNCTIONS.md, under their ids and exports, and nothing else exported", () => {
    expect(fns.map((f) => [f.id, f.name])).toEqual(TABLE.map(([id]) => [id, id]));
    expect(associate.map((a) => [a.id, a.functionName])).toEqual(TABLE);
    expect(Object.keys(functions).sort()).toEqual(TABLE.map(([, fn]) => fn).sort());
  });

  test("every parameter and result is a matrix of any; Chinese descriptions throughout", () => {
    for (const f of fns) {
      expect([f.id, f.result]).toEqual([f.id, { dimensionality: "matrix" }]);
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters) {
        expect([f.id, p.name, p.dimensionality, p.type]).toEqual([f.id, p.name, "matrix", "any"]);
        expect(p.description).toMatch(CJK);
      }
    }
  });

  test("the optional parameters are those FUNCTIONS.md writes in brackets", () => {
    const optional = fns.flatMap((f) => f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`));
    expect(optional).toEqual([
      "YOYTEXT.digits", "ELAPSED.basis", "PACE.basis", "SCALESTATUS.included", "SCALESTATUS.threshold",
      "SCALESTATUS.floor", "PROJECTSTATUS.included", "PROJECTSTATUS.threshold", "KEYENERGY.threshold",
    ]);
  });

  test("descriptions.en-US.json describes exactly these functions and parameters", () => {
    const en = english as Record<string, { description: string; parameters: Record<string, string> }>;
    expect(Object.keys(en)).toEqual(fns.map((f) => f.id));
    for (const f of fns) {
      expect(en[f.id].description.length).toBeGreaterThan(10);
      expect(Object.keys(en[f.id].parameters)).toEqual(f.parameters.map((p) => p.name));
      for (const text of Object.values(en[f.id].parameters)) expect(text.length).toBeGreaterThan(3);
    }
  });

  test("GX.KEYENERGY says the plan's monitoring scope, not the legal 重点用能单位 (issue 12)", () => {
    const f = fns.find((x) => x.id === "KEYENERGY") as Fn;
    expect(f.description).toContain("监测范围");
    expect(f.description).not.toMatch(/是否重点用能单位/);
    const en = (english as Record<string, { description: string }>).KEYENERGY.description;
    expect(en).toMatch(/monitoring scope/);
    expect(en).toMatch(/10,000/);
  });
});
