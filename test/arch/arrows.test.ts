/**
 * The arrows of ARCHITECTURE.md are held by dependency-cruiser (.dependency-cruiser.js), run by `npm test`. Here
 * the same config meets a tiny tree that keeps them, then copies of it with one arrow reversed: each must fail.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const CLEAN = path.join(__dirname, "fixtures", "clean");
const DEPCRUISE = path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const CONFIG = path.join(ROOT, ".dependency-cruiser.js");

function cruise(dir: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", CONFIG, "--output-type", "err"], { cwd: dir, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A copy of the clean tree with `file` written into it. */
function withFile(file: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gx-arrows-"));
  fs.cpSync(CLEAN, dir, { recursive: true });
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

test("a tree that keeps the arrows passes", () => {
  expect(cruise(CLEAN)).toMatchObject({ status: 0 });
}, 60_000);

test.each([
  ["core-is-pure", "src/core/calc/leak.ts", 'import { readGrowth } from "../../ports/file/shared/read";\nexport const x = readGrowth(1, 1);\n'],
  ["core-no-node", "src/core/calc/disk.ts", 'import { readFileSync } from "fs";\nexport const x = readFileSync;\n'],
  ["through-the-door", "src/cli/other.ts", 'import { yoy } from "../core/calc/yoy";\nexport const x = yoy(2, 1);\n'],
  ["ports-below-faces", "src/ports/file/up.ts", 'import { main } from "../../cli/main";\nexport const x = main;\n'],
  ["file-port-page-safe", "src/ports/file/shared/disk.ts", 'import { readFileSync } from "fs";\nexport const x = readFileSync;\n'],
  ["findings-at-the-bottom", "src/core/findings/finding.ts", 'import { yoy } from "../calc/yoy";\nexport const x = yoy;\n'],
])("a reversed arrow fails the run: %s", (rule, file, text) => {
  const dir = withFile(file, text);
  dirs.push(dir);
  const { status, out } = cruise(dir);
  expect(status).not.toBe(0);
  expect(out).toContain(rule);
  expect(out).toContain(file);
}, 60_000);
