import { jsonBytes, textWidth, utf8Length } from "../../src/core/sheet";

test("Chinese and full-width characters are two columns wide, Latin one", () => {
  expect(textWidth("abc")).toBe(3);
  expect(textWidth("台账")).toBe(4);
  expect(textWidth("ＡＢ")).toBe(4);
  expect(textWidth("C5 错误")).toBe(7);
});

test("byte sizes are those of UTF-8, surrogate pairs counted once as four", () => {
  for (const s of ["", "abc", "é", "台账", "𠀀", "a台𠀀é"]) expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  expect(jsonBytes({ a: "台" })).toBe(Buffer.byteLength(JSON.stringify({ a: "台" }), "utf8"));
});
