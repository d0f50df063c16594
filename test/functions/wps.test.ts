/**
 * The GX functions as WPS custom functions: the metadata lists the 20 functions with their Chinese descriptions,
 * and the synchronous adapters give FUNCTIONS.md's results through the same functions Excel runs, taking what
 * WPS passes (one cell as its value, a range as rows).
 */

import { join } from "path";
import { registerWpsFunctions, wpsFunctions, type Association, type WpsFunction } from "../../src/functions/wps";
import { FUNCTION_IDS } from "../build/dist";
import { examples, mismatch } from "./examples";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own script, plain Node
const meta = require("../../scripts/wps-functions-metadata.js") as {
  NAMESPACE: string;
  excelFunctions(input: string): Promise<{ metadata: unknown; associate: Association[] }>;
  wpsFunctionsJson(m: unknown): { functions: { name: string; description: string; parameters: { name: string; description: string; type: string }[] }[] };
};

const CHINESE = /[\u4e00-\u9fff]/;

let associate: Association[];
let json: ReturnType<typeof meta.wpsFunctionsJson>;

beforeAll(async () => {
  const generated = await meta.excelFunctions(join(__dirname, "../../src/functions/functions.ts"));
  associate = generated.associate;
  json = meta.wpsFunctionsJson(generated.metadata);
}, 60_000);

test("functions.json lists the 20 functions, each described in Chinese, parameters too, optional ones marked", () => {
  expect(json.functions.map((f) => f.name).sort()).toEqual([...FUNCTION_IDS].sort());
  for (const f of json.functions) {
    expect({ name: f.name, chinese: CHINESE.test(f.description) }).toEqual({ name: f.name, chinese: true });
    for (const p of f.parameters) expect({ fn: f.name, p: p.name, chinese: CHINESE.test(p.description) }).toEqual({ fn: f.name, p: p.name, chinese: true });
  }
  const yoyText = json.functions.find((f) => f.name === "YOYTEXT");
  expect(yoyText?.parameters.map((p) => p.type)).toEqual(["any", "any", "any?"]);
});

/** What WPS passes for an argument Excel passes as a matrix: one cell as its value (ASSUMPTION), a range as rows. */
function asWps(arg: unknown[][]): unknown {
  return arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
}

/** A WPS result back as a matrix, an error name as the error it stands for. */
function asMatrix(v: unknown): unknown[][] {
  const el = (x: unknown) => (typeof x === "string" && /^#(DIV\/0!|NUM!|VALUE!|N\/A)$/.test(x) ? { code: x } : x);
  return Array.isArray(v) ? (v as unknown[][]).map((row) => row.map(el)) : [[el(v)]];
}

describe("the adapters give FUNCTIONS.md's results", () => {
  let fns: Map<string, WpsFunction>;
  beforeAll(() => {
    fns = wpsFunctions(associate);
  });

  test.each(examples.filter((e) => e.args.every((a) => a.length <= 100)).map((e) => [e.formula, e] as const))("%s", (formula, example) => {
    const id = /^=GX\.([A-Z]+)\(/.exec(formula)?.[1] ?? "";
    const fn = fns.get(id);
    if (!fn) throw new Error(`${id} has no adapter`);
    const result = fn(...example.args.map(asWps));
    // One cell in, one value out: WPS puts a value, not a matrix, in the cell.
    if (example.expected.length === 1 && example.expected[0].length === 1) expect(Array.isArray(result)).toBe(false);
    expect(mismatch(asMatrix(result), example.expected)).toBeNull();
  });
});

test("registers all 20 under GX with wps.AddCustomFunction; a WPS without it registers none and does not fail", () => {
  const registered: [string, string, unknown][] = [];
  const n = registerWpsFunctions({ AddCustomFunction: (ns, name, fn) => registered.push([ns, name, fn]) }, meta.NAMESPACE, associate);
  expect(n).toBe(20);
  expect(registered.map(([ns]) => ns)).toEqual(new Array(20).fill("GX"));
  expect(registered.map(([, name]) => name).sort()).toEqual([...FUNCTION_IDS].sort());
  expect(registerWpsFunctions(undefined, "GX", associate)).toBe(0);
  expect(registerWpsFunctions({}, "GX", associate)).toBe(0);
});

test("a function functions.ts does not export is refused plainly", () => {
  expect(() => wpsFunctions([{ id: "NOPE", functionName: "nope" }])).toThrow("GX.NOPE: functions.ts exports no nope");
});
