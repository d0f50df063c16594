/**
 * `npm run lint` (run by `npm test`) fails on a lint error: the project's own eslint.config.mjs, fed a few lines
 * as if they were files of the project.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

function lint(file: string, text: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [ESLINT, "--max-warnings", "0", "--stdin", "--stdin-filename", file], { cwd: ROOT, input: text, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test("clean code passes", () => {
  expect(lint("src/core/calc/example.ts", "export const half = (x: number): number => x / 2;\n")).toMatchObject({ status: 0 });
}, 60_000);

test.each([
  ["the core reaching for the DOM", "src/core/calc/example.ts", "export const title = (): string => document.title;\n", "no-restricted-globals"],
  ["an unused variable", "src/cli/example.ts", "export function f(): number {\n  const unused = 1;\n  return 2;\n}\n", "@typescript-eslint/no-unused-vars"],
  [
    "context.sync() in a loop in the Excel port",
    "src/ports/excel/example.ts",
    "export async function f(context: Excel.RequestContext, names: string[]): Promise<void> {\n  for (const n of names) {\n    context.workbook.worksheets.getItem(n).load(\"name\");\n    await context.sync();\n  }\n}\n",
    "office-addins/no-context-sync-in-loop",
  ],
])("%s fails the lint", (_what, file, text, rule) => {
  const { status, out } = lint(file, text);
  expect(status).not.toBe(0);
  expect(out).toContain(rule);
}, 60_000);
