import { spawn as spawnChild, spawnSync } from "child_process";
import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../ports/file/fixtures";
import { FAULTY, writeBatches } from "./helpers";

/** The real processes: the npm script's tsx, the package's bin, and npm run. Slower, so only a few. */

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const tmp = tempDir();
afterAll(() => tmp.remove());

function spawn(command: string, args: string[], cwd = ROOT) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "" }, timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

jest.setTimeout(60000);

test("tsx src/cli/main.ts check --format json: the sample, exit 1", () => {
  const r = spawn(TSX, ["src/cli/main.ts", "check", "samples/样例台账.xlsx", "--format", "json"]);
  expect(r.status).toBe(1);
  const out = JSON.parse(r.stdout);
  expect(out.files[0].file).toBe("samples/样例台账.xlsx");
  expect(out.files[0].summary.ready).toBe(false);
  expect(r.stderr).toBe(""); // no progress when stderr is not a terminal
});

test("bin/gx-ledger.js, run from another directory: an unreadable file is refused, the others checked, exit 2", async () => {
  const good = tmp.path("县区.xlsx");
  await writeBatches(good, FAULTY);
  writeFileSync(tmp.path("坏.xlsx"), "");
  const r = spawn(process.execPath, [join(ROOT, "bin", "gx-ledger.js"), "check", "坏.xlsx", "县区.xlsx"], tmp.dir);
  expect(r.status).toBe(2);
  expect(r.stdout).toContain("文件是空的");
  expect(r.stdout).toContain("batch.done-needs-date");
});

test("bad input never shows a stack trace", () => {
  const r = spawn(process.execPath, [join(ROOT, "bin", "gx-ledger.js"), "check", "x.xlsx", "--period", "0"]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("--period");
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test("npm run gx-ledger -- rules", () => {
  const r = spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "gx-ledger", "--", "rules", "--lang", "en"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("uscc.checksum");
});

test("npm run demo -- --out DIR: checks the sample and writes its report, saying where", () => {
  const dir = tmp.path("demo");
  const r = spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "demo", "--", "--out", dir]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("uscc.checksum");
  expect(r.stdout).toContain(join(dir, "样例台账-报表.xlsx"));
  expect(existsSync(join(dir, "样例台账-报表.xlsx"))).toBe(true);
});

/** Runs the bin with its standard output closed before it writes anything, as `| head` leaves it. */
function closedPipe(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnChild(process.execPath, [join(ROOT, "bin", "gx-ledger.js"), ...args], { cwd, env: { ...process.env, NO_COLOR: "" } });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

test.each([
  ["rules", [], 0],
  ["merge", [join(ROOT, "samples", "样例台账.xlsx"), "--out", "全市.xlsx"], 0],
])("gx-ledger %s | head: a reader that stops early is no crash; the command ends with its own status", async (command, args, status) => {
  const r = await closedPipe([command, ...(args as string[])], tmp.dir);
  expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  expect(r.status).toBe(status);
  if (command === "merge") expect(existsSync(tmp.path("全市.xlsx"))).toBe(true);
});
