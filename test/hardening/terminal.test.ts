/* eslint-disable no-control-regex -- these tests are about control characters in what is printed */
/**
 * Nothing a workbook says reaches a terminal as a control sequence (issue 19, class 6): `_x001B_` in shared
 * strings decodes to ESC, which would clear the screen, set the window title or fake the verdict's colour.
 */
import { writeFileSync } from "fs";
import fc from "fast-check";
import { terminalText } from "../../src/cli/terminal-text";
import { run } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { rawXlsx, row, sharedCell, textCell } from "../support/hostile/xlsx";

const tmp = tempDir();
afterAll(() => tmp.remove());

const HEAD = ["企业名称", "统一社会信用代码", "所属县区", "类别", "进展状态", "完成时间", "验收情况"];

test("escape sequences in shared strings never reach the text output; the JSON keeps the text, escaped", async () => {
  const strings = ["企业_x001B_]0;pwned_x0007_", "_x001B_[2J9145", "宣化区_x001B_[31m_x009B_31m", "搬迁入园进区", "已完成"];
  const rows = row(1, HEAD.map((h, j) => textCell(`${"ABCDEFG"[j]}1`, h)).join("")) + row(2, strings.map((_, j) => sharedCell(`${"ABCDE"[j]}2`, j)).join(""));
  const path = tmp.path("escapes.xlsx");
  writeFileSync(path, rawXlsx({ sheets: [{ name: "三个一批", rows }], sharedStrings: strings }));
  const text = await run(["check", path], { tty: false });
  expect(text.stdout).toContain("region.unknown");
  expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  const coloured = await run(["check", path], { tty: true });
  // Only the tool's own colour codes, each a complete SGR sequence.
  expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, "")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  const json = await run(["check", path, "--format", "json"]);
  expect(JSON.parse(json.stdout).files[0].issues.some((i: { message: string }) => i.message.includes("\u001b[31m"))).toBe(true);
});

test("terminalText leaves no control or bidi-override character, and keeps every other one", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      const out = terminalText(s);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out.replace(/ /g, "")).toBe([...s].filter((c) => !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069 ]/.test(c)).join(""));
    }),
  );
});
