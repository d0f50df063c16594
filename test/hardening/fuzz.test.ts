/**
 * Fuzzing beyond the reader's and the engine's own property tests (test/read/fuzz, test/rules/engine.properties)
 * and the functions' (test/functions/properties): the whole engine with a random `_gx` sheet (JSON or not, with
 * prototype keys, profiles of any shape) and sheet names that name ledger kinds; and the GX functions handed
 * what Excel never should but a caller might: omitted arguments, ragged rows, empty arrays, entity objects,
 * lone surrogates and very long strings.
 */
import fc from "fast-check";
import { KINDS } from "../../src/core/ledgers";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import { SETTINGS_SHEET } from "../../src/core/read";
import type { CellValue, SheetData, WorkbookData } from "../../src/core/read/types";
import { checkWorkbook, crossFile } from "../../src/core/check";
import * as gx from "../../src/functions/functions";
import { ErrorCode, installCustomFunctionsStandIn, StandInError } from "../functions/custom-functions-stand-in";

installCustomFunctionsStandIn();

const POISON_KEYS = ["__proto__", "constructor", "prototype"];

function unpolluted(): void {
  for (const probe of [{}, [], Object.prototype, Function.prototype]) {
    expect((probe as Record<string, unknown>).polluted).toBeUndefined();
    expect((probe as Record<string, unknown>).year).toBeUndefined();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The engine, with a `_gx` sheet.

const KEYWORDS = [...new Set(KINDS.flatMap((k) => [k.title, ...k.sheetKeywords]))];
const HEADERS = [...new Set(KINDS.flatMap((k) => k.columns.flatMap((c) => [c.header, ...c.aliases.slice(0, 1)])))];
const KIND_IDS = [...KINDS.map((k) => k.kind), "none", "__proto__", "nonsense"];

const sheetName = fc.oneof(
  fc.constantFrom(...KEYWORDS),
  fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 4 })).map(([a, k, b]) => `${a}${k}${b}`),
  fc.constantFrom("校验结果", "审核说明", "Sheet1", "__proto__", "constructor", "_GX", "=SUM(A1)"),
  fc.string({ minLength: 1, maxLength: 8 }),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.constantFrom<CellValue>(...HEADERS.slice(0, 40), "合计", "小计", "张北县", "是", "已完成", "1200万元", "—", { error: "#REF!" }),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const ledgerSheet = (name: string): fc.Arbitrary<SheetData> =>
  fc
    .record({
      header: fc.shuffledSubarray(HEADERS, { maxLength: 12 }),
      rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 10 }),
      merges: fc.array(
        fc.record({ top: fc.integer({ min: 1, max: 12 }), left: fc.integer({ min: 1, max: 12 }), bottom: fc.integer({ min: 1, max: 14 }), right: fc.integer({ min: 1, max: 14 }) }),
        { maxLength: 3 },
      ),
    })
    .map(({ header, rows, merges }) => ({ name, rows: [header as CellValue[], ...rows], merges }));

/** Any JSON, with prototype keys at any depth and profile-like fields of any shape. */
const poisonedJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    tie("object"),
    fc.array(tie("value"), { maxLength: 3 }),
  ),
  object: fc.dictionary(
    fc.oneof(fc.constantFrom(...POISON_KEYS, "year", "regions", "targets", "thresholds", "rules", "kinds", "profile"), fc.string({ maxLength: 6 })),
    tie("value"),
    { maxKeys: 5 },
  ),
})).value;

const settingsJson: fc.Arbitrary<string> = fc.oneof(
  // Settings of the right outline with random contents.
  fc
    .record(
      {
        kinds: fc.dictionary(fc.oneof(sheetName, fc.constantFrom(...POISON_KEYS)), fc.oneof(fc.constantFrom(...KIND_IDS), poisonedJson), { maxKeys: 4 }),
        profile: fc.oneof(
          poisonedJson,
          fc.record({ year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), poisonedJson), thresholds: poisonedJson, rules: poisonedJson }, { requiredKeys: [] }),
          fc.constant(JSON.parse(JSON.stringify(BUILTIN_PROFILE))),
        ),
        mappings: poisonedJson,
        reports: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), poisonedJson),
        marks: poisonedJson,
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  poisonedJson.map((v) => JSON.stringify(v) ?? "null"),
  // Raw text: cut JSON, prototype keys written literally (JSON.stringify cannot produce "__proto__" keys).
  fc.tuple(fc.constantFrom(...POISON_KEYS), poisonedJson).map(([k, v]) => `{"${k}":${JSON.stringify(v) ?? "null"},"kinds":{"${k}":"projects"}}`),
  fc.string({ maxLength: 40 }),
);

/** `_gx` column A: the JSON cut into chunks of any size, as cells. */
const settingsSheet: fc.Arbitrary<SheetData> = fc.tuple(settingsJson, fc.integer({ min: 1, max: 50 })).map(([json, chunk]) => {
  const rows: CellValue[][] = [];
  for (let i = 0; i < json.length; i += chunk) rows.push([json.slice(i, i + chunk)]);
  return { name: SETTINGS_SHEET, rows, merges: [], state: "veryHidden" };
});

const workbook: fc.Arbitrary<WorkbookData> = fc
  .tuple(fc.uniqueArray(sheetName, { maxLength: 4 }).chain((names) => fc.tuple(...names.map(ledgerSheet))), fc.option(settingsSheet, { nil: undefined }))
  .map(([sheets, settings]) => ({ name: "fuzz.xlsx", sheets: settings && !sheets.some((s) => s.name === SETTINGS_SHEET) ? [...sheets, settings] : sheets }));

describe("the whole engine on random workbooks with a random _gx sheet", () => {
  test("never throws, never pollutes a prototype, and every finding is well formed", () => {
    fc.assert(
      fc.property(workbook, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), (wb, period) => {
        const result = checkWorkbook(wb, { period, today: new Date(2022, 9, 15) });
        unpolluted();
        for (const f of result.findings) {
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(typeof f.rule).toBe("string");
        }
        expect(result.findings.filter((f) => f.rule === "settings.invalid").length).toBeLessThanOrEqual(1);
        expect(result.profile.year).toEqual(expect.any(Number));
        for (const s of result.sheets) expect(wb.sheets.some((x) => x.name === s.sheet)).toBe(true);
        // Errors come first (CheckResult contract).
        const firstNonError = result.findings.findIndex((f) => f.severity !== "error");
        if (firstNonError >= 0) expect(result.findings.slice(firstNonError).some((f) => f.severity === "error")).toBe(false);
        crossFile([result, checkWorkbook(wb, { period, today: new Date(2022, 9, 15) })]);
      }),
      { numRuns: 300 },
    );
  });

  test("prototype keys in _gx are dropped: the sheet keeps the kind its name gives, and the profile stays the built-in one", () => {
    fc.assert(
      fc.property(fc.constantFrom(...POISON_KEYS), fc.constantFrom(...KIND_IDS), (key, kind) => {
        const json = `{"${key}":{"kinds":{"三个一批":"none"},"profile":{"year":1999}},"kinds":{"${key}":"${kind}","三个一批":{"${key}":"none"}},"profile":{"${key}":{"year":1999},"year":2022}}`;
        const wb: WorkbookData = {
          name: "p.xlsx",
          sheets: [
            { name: "三个一批", rows: [["企业名称", "所属县区", "类别", "进展状态"], ["张家口宏达机械有限公司", "宣化区", "搬迁入园进区", "推进中"]], merges: [] },
            { name: SETTINGS_SHEET, rows: [[json]], merges: [], state: "veryHidden" },
          ],
        };
        const result = checkWorkbook(wb, { today: new Date(2022, 9, 15) });
        unpolluted();
        expect(result.sheets.map((s) => [s.sheet, s.kind])).toEqual([["三个一批", "three-batches"]]);
        expect(result.profile.year).toBe(2022);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The functions, handed odd shapes.

type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries(gx) as [string, Fn][];

const oddScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.constantFrom("😀".repeat(20000), "9".repeat(32767), "\u0000", "\ud800", "1e309", "-0", "0x1F", "１２，０００", "1.2亿元", " "),
  fc.double(),
  fc.bigInt().map((n) => Number(n)),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom<unknown>(new StandInError(ErrorCode.invalidReference, "x"), { type: "Entity", text: "张北县", properties: {} }, { type: "Double", basicValue: 5 }, {}, []),
  fc.date({ noInvalidDate: false }),
);

/** An argument as a careless caller passes it: omitted, a scalar, an empty or ragged matrix, or a normal one. */
const oddArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  oddScalar,
  fc.constant([]),
  fc.constant([[]]),
  fc.array(fc.array(oddScalar, { maxLength: 4 }), { maxLength: 4 }),
  fc.array(fc.array(oddScalar, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
);

/** What a function may give Excel: a value, or an error value (the CustomFunctions.Error stand-in or its shape). */
function isCellResult(v: unknown): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "object" && typeof (v as { code?: unknown }).code === "string";
}

describe("the GX functions on odd arguments", () => {
  test("never throw a JavaScript error: a matrix of values or error values comes back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(oddArgument, { minLength: 0, maxLength: 6 }), ([, fn], args) => {
        let result: unknown;
        expect(() => (result = fn(...args))).not.toThrow();
        expect(Array.isArray(result)).toBe(true);
        for (const row of result as unknown[]) {
          expect(Array.isArray(row)).toBe(true);
          for (const v of row as unknown[]) expect(isCellResult(v)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
