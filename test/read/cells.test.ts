import fc from "fast-check";
import type { ColumnKey, ColumnSpec, ColumnType, Typed } from "../../src/core/ledgers/types";
import { cellReader, type Note } from "../../src/core/read/cells";
import { readDate } from "../../src/core/read/dates";
import type { CellValue } from "../../src/core/read/types";
import { code, kind, profile } from "./helpers";

function col(type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  // A column of no kind: the cell readers look only at its type.
  return { key: "k" as ColumnKey, header: "列", aliases: [], type, ...extra };
}

function run(column: ColumnSpec, v: CellValue | undefined, factor = 1, percent = false): { value: Typed; notes: string[] } {
  const notes: Note[] = [];
  const value = cellReader({ column, factor, percent, profile }).read(v, notes);
  return { value, notes: notes.map((n) => (n.variant ? `${n.rule}.${n.variant}` : n.rule)) };
}

const valid = code(7);
const lower = valid.toLowerCase();

type Row = [string, ColumnSpec, CellValue | undefined, Typed, string[]];

const required = (c: ColumnSpec): ColumnSpec => ({ ...c, required: true });

describe.each<[string, Row[]]>([
  [
    "money",
    [
      ["number", col("money"), 1200.5, 1200.5, []],
      ["numeric text", col("money"), " 1,234.5 ", 1234.5, ["number.text"]],
      ["full-width digits", col("money"), "１２３", 123, ["number.text"]],
      ["万元 in the cell", col("money"), "1200万元", 1200, ["number.text.unit"]],
      ["亿元 in the cell", col("money"), "1.2亿元", 12000, ["number.text.unit"]],
      ["元 in the cell", col("money"), "50000元", 5, ["number.text.unit"]],
      ["万 alone means 万元", col("money"), "300万", 300, ["number.text.unit"]],
      ["percent is not money", col("money"), "5%", null, ["number.invalid.percent"]],
      ["Chinese numerals are not numbers", col("money"), "一千二百", null, ["number.invalid"]],
      ["negative", col("money"), -5, null, ["number.negative"]],
      ["negative allowed (利润总额)", col("money", { negatives: true }), -5, -5, []],
      ["a boolean is not a number", col("money"), true, null, ["number.invalid"]],
      ["a dash alone is blank", col("money"), "—", null, []],
      ["a slash alone is blank", col("money"), "/", null, []],
      ["a dash in a required column is missing", required(col("money")), "-", null, ["cell.required"]],
      ["blank", col("money"), null, null, []],
      ["required blank", required(col("money")), "  ", null, ["cell.required"]],
      ["required but unusable: its type's finding", required(col("money")), "abc", null, ["number.invalid"]],
      ["Excel error", required(col("money")), { error: "#DIV/0!" }, null, ["cell.error"]],
      ["NaN", col("money"), NaN, null, ["number.invalid"]],
    ],
  ],
  [
    "number, rate, int",
    [
      ["number takes negatives", col("number"), -1.5, -1.5, []],
      ["number with %", col("number"), "5.5%", 0.055, []],
      ["number with a money unit", col("number"), "12万元", null, ["number.invalid.unit"]],
      ["rate as a fraction", col("rate"), 0.12, 0.12, []],
      ["rate: a plain 2 is 200 %", col("rate"), 2, 2, []],
      ["rate with % text", col("rate"), "5.5%", 0.055, []],
      ["rate negative", col("rate"), "-3%", -0.03, []],
      ["int", col("int"), 12, 12, []],
      ["int as text", col("int"), "12", 12, ["number.text"]],
      ["int not whole", col("int"), 1.5, null, ["number.invalid.integer"]],
      ["int negative", col("int"), -1, null, ["number.negative"]],
      ["int above max", col("int", { min: 1, max: 12 }), 13, null, ["number.invalid.range"]],
      ["month column takes a date's month", col("int", { min: 1, max: 12 }), "2022-10", 10, []],
      ["month column takes 1-10月", col("int", { min: 1, max: 12 }), "1-10月", 10, []],
      ["month column takes a JS date", col("int", { min: 1, max: 12 }), new Date(Date.UTC(2022, 8, 30)), 9, []],
    ],
  ],
  [
    "bool and plan",
    [
      ["是", col("bool"), "是", true, []],
      ["否", col("bool"), "否", false, []],
      ["Y", col("bool"), "y", true, []],
      ["N", col("bool"), "N", false, []],
      ["TRUE", col("bool"), true, true, []],
      ["FALSE text", col("bool"), "FALSE", false, []],
      ["√", col("bool"), "√", true, []],
      ["×", col("bool"), "×", false, []],
      ["1", col("bool"), 1, true, []],
      ["0", col("bool"), 0, false, []],
      ["unknown", col("bool"), "也许", null, ["bool.invalid"]],
      ["plan text", col("plan"), "一企一策方案已制定", "一企一策方案已制定", []],
      ["plan TRUE", col("plan"), true, true, []],
      ["plan 否 is missing", col("plan"), "否", null, []],
      ["plan × is missing", col("plan"), "×", null, []],
      ["plan N is missing", col("plan"), "N", null, []],
      ["plan 0 is missing", col("plan"), 0, null, []],
      ["plan 无 is missing", col("plan"), "无", null, []],
    ],
  ],
  [
    "dates",
    [
      ["Excel serial", col("date"), 44635, { y: 2022, m: 3, d: 15 }, []],
      ["JS date (UTC)", col("date"), new Date(Date.UTC(2022, 2, 15)), { y: 2022, m: 3, d: 15 }, []],
      ["2022-03-15", col("date"), "2022-03-15", { y: 2022, m: 3, d: 15 }, []],
      ["2022/3/15", col("date"), "2022/3/15", { y: 2022, m: 3, d: 15 }, []],
      ["2022.3.15", col("date"), "2022.3.15", { y: 2022, m: 3, d: 15 }, []],
      ["2022年3月15日", col("date"), "2022年3月15日", { y: 2022, m: 3, d: 15 }, []],
      ["2022年3月", col("date"), "2022年3月", { y: 2022, m: 3 }, []],
      ["2022-03", col("date"), "2022-03", { y: 2022, m: 3 }, []],
      ["2022.3 text", col("date"), "2022.3", { y: 2022, m: 3 }, []],
      ["2022.10 text", col("date"), "2022.10", { y: 2022, m: 10 }, []],
      ["2022.3 number", col("date"), 2022.3, { y: 2022, m: 3 }, []],
      ["2022.1 number is ambiguous (January or October)", col("date"), 2022.1, null, ["date.invalid.ambiguous"]],
      ["20220315", col("date"), 20220315, { y: 2022, m: 3, d: 15 }, []],
      ["with a time", col("date"), "2022-03-15 08:30:00", { y: 2022, m: 3, d: 15 }, []],
      ["31 February", col("date"), "2022-02-31", null, ["date.invalid"]],
      ["month 13", col("date"), "2022-13", null, ["date.invalid"]],
      ["a year alone", col("date"), 2022, null, ["date.invalid"]],
      ["Chinese numerals", col("date"), "二〇二二年三月", null, ["date.invalid"]],
    ],
  ],
  [
    "uscc",
    [
      ["valid", col("uscc"), valid, valid, []],
      ["lower case is normalised", col("uscc"), lower, valid, ["uscc.case"]],
      ["spaces are normalised", col("uscc"), ` ${valid.slice(0, 9)} ${valid.slice(9)}`, valid, ["uscc.case"]],
      ["wrong check character", col("uscc"), valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0"), null, ["uscc.checksum"]],
      ["length", col("uscc"), valid.slice(0, 15), null, ["uscc.format.length"]],
      ["illegal character (no checksum finding)", col("uscc"), valid.slice(0, 10) + "I" + valid.slice(11), null, ["uscc.format.char"]],
      ["non-digits in positions 3–8", col("uscc"), "91A30722MA00000079", null, ["uscc.format.region-digits"]],
      ["a number past 2^53", col("uscc"), 911307221234567800, null, ["uscc.format.number"]],
    ],
  ],
  [
    "region, industry, enum, text",
    [
      ["county name", col("region"), "张北县", "张北县", []],
      ["short name", col("region"), "张北", "张北县", []],
      ["code as a number", col("region"), 130722, "张北县", []],
      ["old name", col("region"), "崇礼县", "崇礼区", []],
      ["unknown", col("region"), "石家庄", null, ["region.unknown"]],
      ["industry code", col("industry"), "C3612", "3612", []],
      ["industry number", col("industry"), 3612, "3612", []],
      ["no such 大类", col("industry"), "99", null, ["industry.invalid"]],
      ["not industrial", col("industry"), "5212", "5212", ["industry.non-industrial"]],
      ["enum value", kind("projects").columns.find((c) => c.key === "stage") as ColumnSpec, "续建", "续建", []],
      ["enum synonym", kind("projects").columns.find((c) => c.key === "stage") as ColumnSpec, " 在 建 ", "续建", []],
      ["enum invalid", kind("projects").columns.find((c) => c.key === "stage") as ColumnSpec, "停工", null, ["enum.invalid"]],
      ["enum full-width tilde", kind("cultivation").columns.find((c) => c.key === "category") as ColumnSpec, "营收1000～2000万元", "营收1000-2000万", []],
      ["industries from the profile", kind("key-enterprises").columns.find((c) => c.key === "industry") as ColumnSpec, "冰雪产业", "冰雪装备", []],
      ["text is trimmed, in the user's own characters", col("text"), "  甲（集团）  公司 ", "甲（集团） 公司", []],
      ["a number in a text column", col("name"), 12, "12", []],
    ],
  ],
  [
    "enumMulti",
    [
      ["several values, any separator", kind("tech-reform").columns.find((c) => c.key === "direction") as ColumnSpec, "改工艺、改装备，改产品;改管理", ["改工艺", "改装备", "改产品", "改管理"], []],
      ["synonyms and spaces", kind("tech-reform").columns.find((c) => c.key === "direction") as ColumnSpec, "工艺 装备/工艺", ["改工艺", "改装备"], []],
      ["an unknown part", kind("tech-reform").columns.find((c) => c.key === "direction") as ColumnSpec, "改工艺、改厂房", ["改工艺"], ["enum.invalid.multi"]],
    ],
  ],
])("%s", (_, rows) => {
  test.each(rows)("%s", (_name, column, input, value, notes) => {
    const r = run(column, input);
    expect(r.value).toEqual(value);
    expect(r.notes).toEqual(notes);
  });
});

describe("units and finding params", () => {
  test("the header's factor converts money; the cell's own unit wins", () => {
    expect(run(col("money"), 15000, 0.0001).value).toBe(1.5);
    expect(run(col("money"), "2亿元", 0.0001).value).toBe(20000);
  });

  test("a figure too large for 万元 after the conversion is an error, never Infinity", () => {
    expect(run(col("money"), 1e305, 10000)).toEqual({ value: null, notes: ["number.invalid.overflow"] });
    expect(run(col("money"), "1e305亿元")).toEqual({ value: null, notes: ["number.invalid.overflow"] });
    // The largest figure that converts stays a number.
    expect(run(col("money"), 1e300, 10000).value).toBe(1e304);
  });

  test("a (%) header converts plain numbers of a rate column, not % text", () => {
    expect(run(col("rate"), 5.5, 1, true).value).toBe(0.055);
    expect(run(col("rate"), "5.5%", 1, true).value).toBe(0.055);
  });

  test("findings name the column; uscc.checksum gives the expected character", () => {
    const notes: Note[] = [];
    const bad = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    cellReader({ column: col("uscc"), factor: 1, percent: false, profile }).read(bad, notes);
    expect(notes[0].params).toEqual({ expected: valid[17], char: bad[17], column: "列" });
    cellReader({ column: col("money"), factor: 1, percent: false, profile }).read({ error: "#N/A" }, notes);
    expect(notes[0].params).toEqual({ error: "#N/A", column: "列" });
  });

  test("enum.invalid lists the allowed values", () => {
    const notes: Note[] = [];
    const stage = kind("projects").columns.find((c) => c.key === "stage") as ColumnSpec;
    cellReader({ column: stage, factor: 1, percent: false, profile }).read("停工", notes);
    expect(notes[0].params?.allowed).toBe("前期、新开工、续建、竣工投产");
  });
});

describe("readDate edge cases", () => {
  test.each<[CellValue, unknown]>([
    [1, { y: 1900, m: 1, d: 1 }],
    [61, { y: 1900, m: 3, d: 1 }],
    [60, null],
    [44635.75, { y: 2022, m: 3, d: 15 }],
    [202203, { y: 2022, m: 3 }],
    ["202203", { y: 2022, m: 3 }],
    ["2022-3/15", null],
    [new Date(NaN), null],
    [1e12, null],
    ["１９９９年１２月３１日", { y: 1999, m: 12, d: 31 }],
  ])("%p", (input, expected) => {
    expect(readDate(input)).toEqual(expected);
  });
});

describe("number cells", () => {
  test("read as their own text reads, less the number.text note, for any column and number", () => {
    const column = fc.constantFrom(
      col("money"), col("money", { negatives: true }), col("money", { keepUnit: true }), col("number"), col("rate"),
      col("int"), col("int", { min: 1, max: 12 }), col("int", { min: 0 }),
    );
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -20, max: 20 }), fc.constantFrom(1e305, -1e305, 0.1, 1234.56))
      .filter((n) => !Object.is(n, -0));
    fc.assert(
      fc.property(column, number, fc.constantFrom(1, 0.0001, 10000), fc.boolean(), (c, n, factor, percent) => {
        const asText = run(c, String(n), factor, percent);
        const notes = asText.notes.filter((x) => x !== "number.text");
        expect(run(c, n, factor, percent)).toEqual({ value: asText.value, notes });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a reader over many cells", () => {
  // Readers keep what they have read (dates, industry codes): each cell must read as it would on its own.
  test("reads each cell as a fresh reader does, for dates and industry codes", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>("2022-03-15", "2022年3月", "2022.3", "20220315", "C3512", "3512", "c 3512", "A0111", "9999", "x", "", null),
      fc.integer({ min: -5, max: 80000 }),
      fc.constantFrom(2022.1, 2022.3, 44000.5, 3512, 13),
      fc.integer({ min: -1e5, max: 80000 }).map((n) => new Date(n * 1000)),
      fc.integer({ min: 0, max: 80000 }).map((n) => new Date(Date.UTC(1899, 11, 30) + n * 86400000)),
      fc.constant(new Date(NaN)),
    );
    fc.assert(
      fc.property(fc.constantFrom(col("date"), col("industry"), required(col("date"))), fc.array(cell, { maxLength: 30 }), (c, cells) => {
        const reader = cellReader({ column: c, factor: 1, percent: false, profile });
        for (const v of cells) {
          const notes: Note[] = [];
          const value = reader.read(v, notes);
          const fresh: Note[] = [];
          expect({ value, notes }).toEqual({ value: cellReader({ column: c, factor: 1, percent: false, profile }).read(v, fresh), notes: fresh });
        }
      }),
      { numRuns: 500 },
    );
  });

  test("a JS date and an Excel serial of the same number are different dates", () => {
    const reader = cellReader({ column: col("date"), factor: 1, percent: false, profile });
    expect(reader.read(new Date(44635), [])).toEqual({ y: 1970, m: 1, d: 1 });
    expect(reader.read(44635, [])).toEqual({ y: 2022, m: 3, d: 15 });
  });
});
