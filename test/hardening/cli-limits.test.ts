/**
 * The command line's own inputs held to limits (issue 19, classes 8 and 9): a profile file's size and depth, --map
 * keys, the OUT name's length. Each a usage error naming the limit, in the user's language, never an internal
 * error, a stack trace or a read without end.
 */
import { existsSync, writeFileSync } from "fs";
import { t } from "../../src/core/i18n";
import { LIMITS } from "../../src/core/limits";
import { parseSettings } from "../../src/core/read";
import { CLEAN, run, writeBatches } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";

const tmp = tempDir();
afterAll(() => tmp.remove());
let ledger: string;
beforeAll(async () => {
  ledger = tmp.path("台账.xlsx");
  await writeBatches(ledger, CLEAN);
});

test("--profile /dev/zero: refused at the size limit, not read without end", async () => {
  const r = await run(["check", ledger, "--profile", "/dev/zero"]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(t("zh-CN", "cli.usage.profile-too-large", { file: "/dev/zero", limit: LIMITS.jsonBytes / 1024 / 1024 }));
});

test("a profile nested 200,000 deep: refused naming the depth limit, no stack overflow", async () => {
  const deep = tmp.path("deep.json");
  writeFileSync(deep, `{"period": ${"[".repeat(200000)}${"]".repeat(200000)}}`);
  const r = await run(["check", ledger, "--profile", deep, "--lang", "en"]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(t("en-US", "cli.usage.profile-too-deep", { file: deep, limit: LIMITS.jsonDepth }));
});

test.each([["__proto__=none"], ["constructor=three-batches"], [`${"表".repeat(32)}=none`]])("--map %s: a usage error, not silently ignored", async (map) => {
  const r = await run(["check", ledger, "--map", map]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("--map");
  expect(r.stderr).not.toContain("内部错误");
});

// merge writes its OUT streamed, report as bytes: both through the same checks.
test.each(["report", "merge"])("a 245-character OUT name of %s: the friendly message naming the limit, not ENAMETOOLONG", async (command) => {
  const out = `${"报".repeat(80)}.xlsx`;
  const r = await run([command, ledger, "--out", out], { cwd: tmp.dir });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(t("zh-CN", "cli.usage.out-name-too-long", { file: out, length: Buffer.byteLength(out), limit: LIMITS.fileNameBytes }));
  expect(r.stderr).not.toContain("ENAMETOOLONG");
});

test("a _gx nested 200,000 deep: reported as invalid settings and ignored, no stack overflow", () => {
  const deep = `{"profile": ${"[".repeat(200000)}${"]".repeat(200000)}}`;
  const { settings, findings } = parseSettings({ name: "_gx", rows: [[deep]], merges: [], state: "veryHidden" });
  expect(settings).toEqual({});
  expect(findings.map((f) => f.rule)).toEqual(["settings.invalid"]);
});

describe("--map keys are checked against the workbook's sheets", () => {
  test("a key naming no sheet: a usage error (exit 2) naming the key and the sheets there are, in Chinese", async () => {
    const r = await run(["check", ledger, "--map", "三个一被=three-batches"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("zh-CN", "cli.usage.map-unknown-sheet", { sheet: "三个一被", sheets: "三个一批" }));
    expect(r.stdout).toBe("");
  });

  test("in English, for report too, and nothing is written", async () => {
    const out = tmp.path("map-typo-report.xlsx");
    const r = await run(["report", ledger, "--out", out, "--map", "Sheet9=none", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("en-US", "cli.usage.map-unknown-sheet", { sheet: "Sheet9", sheets: "三个一批" }));
    expect(existsSync(out)).toBe(false);
  });

  test("a key naming a sheet of any one of the files checked is taken", async () => {
    const other = tmp.path("另一个.xlsx");
    await writeBatches(other, CLEAN, { sheet: "搬迁入园" });
    const r = await run(["check", ledger, other, "--map", "搬迁入园=none", "--format", "json"]);
    expect(r.status).toBeLessThan(2);
    const files = (JSON.parse(r.stdout) as { files: { sheets: { sheet: string }[] }[] }).files;
    expect(files[1].sheets.map((s) => s.sheet)).not.toContain("搬迁入园");
    expect(files[0].sheets.map((s) => s.sheet)).toContain("三个一批");
  });
});
