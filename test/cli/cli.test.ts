import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { t, type MessageKey } from "../../src/core/i18n";
import { KINDS } from "../../src/core/ledgers";
import { BUILTIN_PROFILE, parseProfile } from "../../src/core/profile";
import { BUILTIN_RULES as RULES } from "../../src/core/rules/builtin";
import { ruleAbout, ruleMessage } from "../../src/core/rules/describe";
import { textWidth as displayWidth } from "../../src/core/sheet";
import { oleFile, tempDir } from "../ports/file/fixtures";
import { CLEAN, code, FAULTY, run, writeBatches } from "./helpers";

const tmp = tempDir();
const clean = tmp.path("clean.xlsx");
const faulty = tmp.path("faulty.xlsx");
const csv = tmp.path("导出.xlsx");
afterAll(() => tmp.remove());

beforeAll(async () => {
  await writeBatches(clean, CLEAN);
  await writeBatches(faulty, FAULTY);
  writeFileSync(csv, "企业名称,信用代码\n张家口宏达,91130705\n");
});

const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe("exit status", () => {
  test.each([
    ["every file ready", [clean], 0],
    ["a file not ready", [clean, faulty], 1],
    ["a file that cannot be read (2 wins over 1)", [faulty, csv], 2],
  ])("%s → %i", async (_what, files, status) => {
    expect((await run(["check", ...files, "--format", "json"])).status).toBe(status);
  });
});

test("a file that cannot be read is refused with a reason while the others are still checked", async () => {
  const r = await run(["check", csv, faulty, "--format", "json"]);
  const out = json(r);
  expect(out.files).toHaveLength(2);
  expect(out.files[0]).toEqual({ file: csv, error: t("zh-CN", "file.not-xlsx") });
  expect(out.files[1].summary).toMatchObject({ errors: 1, ready: false });
  const text = await run(["check", csv, faulty]);
  expect(text.stdout).toContain(t("zh-CN", "cli.text.unreadable", { error: t("zh-CN", "file.not-xlsx") }));
  expect(text.stdout).toContain(t("zh-CN", "cli.text.total", { files: 2, ready: 0, notReady: 1, unreadable: 1 }));
});

test("the JSON output has exactly the shape of INTERFACES.md", async () => {
  const out = json(await run(["check", faulty, "--format", "json"]));
  expect(Object.keys(out)).toEqual(["tool", "version", "files"]);
  expect(out.tool).toBe("gx-ledger");
  expect(out.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  const file = out.files[0];
  expect(Object.keys(file)).toEqual(["file", "profile", "sheets", "ignoredSheets", "issues", "summary"]);
  expect(file.profile).toEqual({ year: 2022, period: 11, source: "built-in", periodSource: "default", scope: "city" });
  expect(file.sheets).toEqual([{ sheet: "三个一批", kind: "three-batches", headerRow: 1, records: 3 }]);
  expect(file.ignoredSheets).toEqual([]);
  expect(file.issues).toEqual([
    {
      severity: "error",
      rule: "batch.done-needs-date",
      sheet: "三个一批",
      cell: "F4",
      row: 4,
      column: "F",
      value: null,
      message: ruleMessage("batch.done-needs-date", "zh-CN"),
      hint: expect.any(String),
      explained: false,
    },
  ]);
  expect(file.summary).toEqual({ errors: 1, warnings: 0, explained: 0, infos: 0, ready: false });
});

test("several files checked together: an enterprise in two files is reported in both", async () => {
  const out = json(await run(["check", clean, faulty, "--format", "json"]));
  for (const f of out.files) {
    const cross = f.issues.filter((i: { rule: string }) => i.rule === "xref.cross-file");
    expect(cross.map((i: { cell: string }) => i.cell)).toEqual(["B2", "B3"]);
  }
});

test("a directory means the .xlsx files directly in it, checked together; where one workbook is expected it is refused clearly", async () => {
  const dir = tmp.path("各县区");
  mkdirSync(join(dir, "子目录"), { recursive: true });
  copyFileSync(clean, join(dir, "甲县.xlsx"));
  copyFileSync(faulty, join(dir, "乙县.xlsx"));
  copyFileSync(clean, join(dir, "子目录", "不读.xlsx"));
  writeFileSync(join(dir, "~$甲县.xlsx"), "lock");
  const out = json(await run(["check", dir, "--format", "json"]));
  expect(out.files.map((f: { file: string }) => f.file)).toEqual([join(dir, "乙县.xlsx"), join(dir, "甲县.xlsx")]);
  expect(out.files.map((f: { summary: { errors: number } }) => f.summary.errors)).toEqual([1, 0]);
  const report = await run(["report", dir, "--out", tmp.path("报表.xlsx")]);
  expect(report.status).toBe(2);
  expect(report.stderr).toContain(t("zh-CN", "file.directory"));
  expect(report.stderr).not.toContain("EISDIR");
});

test("files checked together that share a name (each county's 台账.xlsx) are named with their folders in xref.cross-file", async () => {
  for (const [county, from] of [["东区", clean], ["西区", faulty]]) {
    mkdirSync(tmp.path(`同名/${county}`), { recursive: true });
    copyFileSync(from, tmp.path(`同名/${county}/台账.xlsx`));
  }
  const out = json(await run(["check", tmp.path("同名/东区/台账.xlsx"), tmp.path("同名/西区/台账.xlsx"), "--format", "json"]));
  const named = out.files.map((f: { issues: { rule: string; message: string }[] }) => f.issues.filter((i) => i.rule === "xref.cross-file").map((i) => i.message.match(/出现在 (\S+) 中/)?.[1]));
  expect(named).toEqual([
    ["西区/台账.xlsx", "西区/台账.xlsx"],
    ["东区/台账.xlsx", "东区/台账.xlsx"],
  ]);
});

test("a directory's .xls and WPS .et files are listed as unreadable, with how to save them as .xlsx, not left out unseen", async () => {
  const dir = tmp.path("县区来件");
  mkdirSync(dir);
  copyFileSync(clean, join(dir, "甲县.xlsx"));
  copyFileSync(clean, join(dir, "丙县.xlsm"));
  writeFileSync(join(dir, "乙县.xls"), oleFile("Workbook"));
  writeFileSync(join(dir, "丁县.et"), oleFile("Workbook"));
  writeFileSync(join(dir, "说明.csv"), "不是台账");
  const r = await run(["check", dir, "--format", "json"]);
  expect(r.status).toBe(2);
  const out = json(r);
  expect(out.files.map((f: { file: string }) => basename(f.file))).toEqual(["丁县.et", "丙县.xlsm", "乙县.xls", "甲县.xlsx"]);
  expect(out.files.map((f: { error?: string }) => f.error ?? null)).toEqual([t("zh-CN", "file.et"), null, t("zh-CN", "file.xls"), null]);
});

test("the same file named twice is checked once, not as two files sharing every enterprise; the user is told", async () => {
  const r = await run(["check", clean, tmp.path("./clean.xlsx"), "--format", "json"]);
  expect(r.stderr).toContain(t("zh-CN", "cli.named-twice", { file: "clean.xlsx" }).replace("clean.xlsx", ""));
  const out = json(r);
  expect(out.files).toHaveLength(1);
  expect(out.files[0].issues.filter((i: { rule: string }) => i.rule === "xref.cross-file")).toEqual([]);
});

describe("--lang en", () => {
  test("findings, the table and the verdict in English", async () => {
    const out = json(await run(["check", faulty, "--format", "json", "--lang", "en"]));
    expect(out.files[0].issues[0].message).toBe(ruleMessage("batch.done-needs-date", "en-US"));
    const text = await run(["check", faulty, "--lang", "en"]);
    expect(text.stdout).toContain(t("en-US", "cli.text.col.message"));
    expect(text.stdout).toContain(t("en-US", "cli.not-ready"));
    expect(text.stdout).not.toMatch(/不可报送/);
  });

  test("usage errors in English too", async () => {
    const r = await run(["check", faulty, "--bogus", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("en-US", "cli.usage.unknown-option", { option: "--bogus" }));
  });
});

describe("--map SHEET=KIND", () => {
  test("gives a sheet another kind", async () => {
    const out = json(await run(["check", clean, "--map", "三个一批=clusters", "--format", "json"]));
    expect(out.files[0].sheets[0].kind).toBe("clusters");
    expect(out.files[0].issues.map((i: { rule: string }) => i.rule)).toContain("header.missing");
  });

  test("none: the sheet is not a ledger", async () => {
    const out = json(await run(["check", faulty, "--map=三个一批=none", "--format", "json"]));
    expect(out.files[0].sheets).toEqual([]);
    expect(out.files[0].ignoredSheets).toEqual(["三个一批"]);
  });

  test("a sheet named with '=' maps at the last '='", async () => {
    const odd = tmp.path("odd.xlsx");
    await writeBatches(odd, CLEAN, { sheet: "a=b" });
    const out = json(await run(["check", odd, "--map", "a=b=none", "--format", "json"]));
    expect(out.files[0].ignoredSheets).toEqual(["a=b"]);
  });
});

describe("--profile", () => {
  test("a partial profile is applied over the built-in one", async () => {
    const p = tmp.path("period.json");
    writeFileSync(p, JSON.stringify({ period: 3 }));
    const out = json(await run(["check", clean, "--profile", p, "--format", "json"]));
    expect(out.files[0].profile).toEqual({ year: 2022, period: 3, source: "option", periodSource: "option", scope: "city" });
  });

  test("a broken profile is a usage error naming the field (exit 2, nothing checked)", async () => {
    const p = tmp.path("broken.json");
    writeFileSync(p, JSON.stringify({ thresholds: { scaleRevenue: "两千" } }));
    const r = await run(["check", clean, "--profile", p, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("thresholds.scaleRevenue");
    expect(r.stderr).toContain(p);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    ["not JSON", "{period: 3", "cli.usage.profile-json"],
    ["missing", null, "cli.usage.profile-missing"],
  ])("a profile file %s is a usage error", async (_what, content, key) => {
    const p = tmp.path(`profile-${key}.json`);
    if (content !== null) writeFileSync(p, content);
    const r = await run(["check", clean, "--profile", p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("zh-CN", key as MessageKey, { file: p, detail: "" }).split("：")[0]);
  });
});

test("a workbook whose stored profile is broken: reported as a finding, the built-in profile used", async () => {
  const file = tmp.path("stored-broken.xlsx");
  await writeBatches(file, CLEAN, { settings: { profile: { thresholds: { scaleRevenue: -1 } } } });
  const r = await run(["check", file, "--format", "json"]);
  const f = json(r).files[0];
  expect(f.profile.source).toBe("built-in");
  const issue = f.issues.find((i: { rule: string }) => i.rule === "profile.invalid");
  expect(issue).toMatchObject({ severity: "warning", sheet: null, cell: null, row: null, column: null });
  expect(issue.message).toContain("thresholds.scaleRevenue");
  expect(r.status).toBe(1);
});

describe("usage errors: exit 2, a clear message, no stack trace", () => {
  test.each([
    [["check"], "cli.usage.no-files", {}],
    [["check", "a.xlsx", "--period", "13"], "cli.usage.bad-period", { value: "13" }],
    [["check", "a.xlsx", "--period", "3.5"], "cli.usage.bad-period", { value: "3.5" }],
    [["check", "a.xlsx", "--map", "三个一批"], "cli.usage.bad-map", { value: "三个一批" }],
    [["check", "a.xlsx", "--format", "xml"], "cli.usage.bad-format", { value: "xml" }],
    [["check", "a.xlsx", "--lang", "fr"], "cli.usage.bad-lang", { value: "fr" }],
    [["check", "a.xlsx", "--period"], "cli.usage.missing-value", { option: "--period" }],
    [["check", "a.xlsx", "-x"], "cli.usage.unknown-option", { option: "-x" }],
    [["template"], "cli.usage.need-out", {}],
    [["rules", "extra"], "cli.usage.extra-args", { args: "extra" }],
    [["chekc", "a.xlsx"], "cli.usage.unknown-command", { command: "chekc" }],
  ])("%j", async (argv, key, params) => {
    const r = await run(argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(t("zh-CN", key as MessageKey, params));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("--map with an unknown kind lists the kinds", async () => {
    const r = await run(["check", "a.xlsx", "--map", "表=企业"]);
    expect(r.status).toBe(2);
    for (const k of KINDS) expect(r.stderr).toContain(k.kind);
  });
});

describe("the text table", () => {
  test("aligns columns by display width, Chinese characters counting two", async () => {
    const r = await run(["check", faulty, clean]);
    const lines = r.stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith(t("zh-CN", "cli.text.col.severity")));
    const table = lines.slice(header, header + 3);
    const messageAt = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    const col = messageAt(table[0], t("zh-CN", "cli.text.col.message"));
    expect(messageAt(table[2], ruleMessage("batch.done-needs-date", "zh-CN"))).toBe(col);
  });

  test("is coloured by severity only at a terminal, and never with NO_COLOR", async () => {
    expect((await run(["check", faulty], { tty: true })).stdout).toContain("\u001b[31m");
    expect((await run(["check", faulty], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await run(["check", faulty])).stdout).not.toContain("\u001b[");
  });

  test("progress goes to stderr only when it is a terminal", async () => {
    expect((await run(["check", faulty])).stderr).toBe("");
    const tty = await run(["check", faulty], { stderrTty: true });
    expect(tty.stderr).toContain(t("zh-CN", "cli.progress.read", { file: faulty, n: 1, total: 1 }));
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true); // the status line is cleared before the table
  });
});

describe("template", () => {
  test("writes the workbook, refuses to overwrite it without --force", async () => {
    const out = tmp.path("模板.xlsx");
    expect((await run(["template", "--out", out])).status).toBe(0);
    const first = readFileSync(out);
    const again = await run(["template", "--out", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(t("zh-CN", "cli.usage.exists", { file: out }));
    expect(readFileSync(out)).toEqual(first);
    expect((await run(["template", "--out", out, "--force"])).status).toBe(0);
    const checked = json(await run(["check", out, "--format", "json"]));
    expect(checked.files[0].sheets.map((s: { kind: string }) => s.kind)).toEqual(KINDS.map((k) => k.kind));
  });

  test("with --profile, the profile travels in the template", async () => {
    const p = tmp.path("p6.json");
    writeFileSync(p, JSON.stringify({ period: 6 }));
    const out = tmp.path("模板6.xlsx");
    expect((await run(["template", "--out", out, "--profile", p])).status).toBe(0);
    const checked = json(await run(["check", out, "--format", "json"]));
    expect(checked.files[0].profile).toEqual({ year: 2022, period: 6, source: "workbook", periodSource: "workbook", scope: "city" });
  });
});

describe("profile", () => {
  test("--out writes the built-in profile, which parses back to itself", async () => {
    const out = tmp.path("profile.json");
    expect((await run(["profile", "--out", out])).status).toBe(0);
    const parsed = parseProfile(JSON.parse(readFileSync(out, "utf8")));
    expect(parsed).toEqual({ ok: true, profile: BUILTIN_PROFILE });
    expect((await run(["profile", "--out", out])).status).toBe(2);
  });

  test("without --out it prints the JSON", async () => {
    const r = await run(["profile"]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(BUILTIN_PROFILE)));
  });
});

test.each([["zh-CN"], ["en-US"]] as const)("rules lists every rule id with its severity and meaning (%s)", async (lang) => {
  const r = await run(["rules", "--lang", lang === "zh-CN" ? "zh" : "en"]);
  expect(r.status).toBe(0);
  const lines = r.stdout.split("\n");
  for (const rule of RULES) {
    const line = lines.find((l) => l.startsWith(rule.id + " "));
    expect(line).toBeDefined();
    expect(line).toContain(t(lang, `cli.severity.${rule.severity}`));
    expect(line).toContain(ruleAbout(rule.id, lang));
  }
});

describe("help and version", () => {
  test.each([["check"], ["report"], ["template"], ["profile"], ["demo"], ["rules"]])("%s --help", async (command) => {
    const r = await run([command, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`gx-ledger ${command}`);
  });

  test("no command: the usage on stderr, exit 2; --help: on stdout, exit 0", async () => {
    const none = await run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("gx-ledger check");
    expect((await run(["--help", "--lang", "en"])).stdout).toContain("Usage:");
    expect((await run(["--version"])).stdout).toMatch(/^gx-ledger \d+\.\d+\.\d+\n$/);
  });
});

test("an info never blocks: a file with only infos is ready (exit 0)", async () => {
  const file = tmp.path("lower.xlsx");
  await writeBatches(file, [{ ...CLEAN[1], code: code("130705", "MA0D12345").toLowerCase() }]);
  const r = await run(["check", file, "--format", "json"]);
  expect(json(r).files[0].issues.map((i: { severity: string }) => i.severity)).toEqual(["info"]);
  expect(r.status).toBe(0);
});
