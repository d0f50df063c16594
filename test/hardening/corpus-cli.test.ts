/**
 * Every file of the bad-input corpus through the command line (issue 8): the exit status of INTERFACES.md,
 * findings or a refusal that says what the file is, in Chinese and in English, and never a stack trace. The
 * table printed at the end shows what was tried and what came out.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { CORPUS } from "../../scripts/make-corpus";
import type { Lang } from "../../src/core/i18n";
import { run } from "../cli/helpers";
import { corpusOnDisk, expectedManifest, LANGS, refusalText, STACK_TRACE, table, type CorpusFile } from "./corpus";

jest.setTimeout(120000);

const ROOT = join(__dirname, "..", "..");
const manifest = expectedManifest();
const ENTRIES = CORPUS.map((e) => ({ file: e.file, expect: manifest[e.file] }));

let corpus: { files: CorpusFile[]; remove: () => void };
beforeAll(async () => {
  corpus = await corpusOnDisk();
});

const pathOf = (file: string) => (corpus.files.find((f) => f.file === file) as CorpusFile).path;

interface JsonIssue {
  severity: string;
  rule: string;
  message: string;
  hint: string | null;
}
interface JsonFile {
  file: string;
  error?: string;
  issues?: JsonIssue[];
  summary?: { errors: number; warnings: number; explained: number; infos: number; ready: boolean };
}

const outcome = new Map<string, { status: number; zh: string; en: string }>();

function summarise(f: JsonFile): string {
  if (f.error !== undefined) return f.error.length > 48 ? f.error.slice(0, 47) + "…" : f.error;
  const s = f.summary as NonNullable<JsonFile["summary"]>;
  const rules = [...new Set((f.issues ?? []).map((i) => i.rule))];
  const shown = rules.slice(0, 4).join(" ") + (rules.length > 4 ? ` +${rules.length - 4}` : "");
  return `${s.errors}E ${s.warnings}W ${s.infos}I${shown ? ": " + shown : ""}`;
}

afterAll(() => {
  corpus?.remove();
  const rows = ENTRIES.map(({ file, expect }) => {
    const o = outcome.get(file);
    return [file, String(expect.status), o ? String(o.status) : "—", o?.zh ?? "—", o?.en ?? "—"];
  });
  console.log(`Corpus through the CLI (gx-ledger check FILE --format json)\n${table(["file", "expected", "exit", "zh-CN", "en-US"], rows)}`);
});

describe.each(ENTRIES)("gx-ledger check $file", ({ file, expect: want }) => {
  test.each(LANGS)("%s: the expected exit status, and findings or a refusal that says why", async (lang: Lang) => {
    const r = await run(["check", pathOf(file), "--format", "json", "--lang", lang]);
    const seen = outcome.get(file) ?? { status: r.status, zh: "", en: "" };
    seen[lang === "zh-CN" ? "zh" : "en"] = "FAILED (see the test's error above)";
    outcome.set(file, seen);
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(STACK_TRACE);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(want.status);
    const json = JSON.parse(r.stdout) as { files: JsonFile[] };
    expect(json.files).toHaveLength(1);
    const f = json.files[0];
    expect(f.file).toBe(pathOf(file));
    if (want.refusal) {
      expect(f.issues).toBeUndefined();
      expect(f.error?.startsWith(refusalText(lang, want.refusal))).toBe(true);
    } else {
      expect(f.error).toBeUndefined();
      const rules = new Set((f.issues ?? []).map((i) => i.rule));
      for (const rule of want.rules ?? []) expect([...rules]).toContain(rule);
      if (want.minFindings) expect(f.issues?.length ?? 0).toBeGreaterThanOrEqual(want.minFindings);
      // Words from the catalogue, every placeholder filled: never a bare key or a "{column}" (one expect for
      // the lot: the garbage workbook has over 100,000 findings).
      const unworded = (f.issues ?? []).filter(
        (i) => i.message === "" || /\{\w+\}|^(?:rule|hint)\./.test(i.message) || (i.hint !== null && /\{\w+\}|^hint\./.test(i.hint)),
      );
      expect(unworded).toEqual([]);
    }
    seen.status = r.status;
    seen[lang === "zh-CN" ? "zh" : "en"] = summarise(f);
  });

  test("the text report: the same exit status, the file named, no stack trace", async () => {
    const r = await run(["check", pathOf(file), "--lang", "en"]);
    expect(r.status).toBe(want.status);
    expect(r.stdout).toContain(pathOf(file));
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(STACK_TRACE);
    if (want.refusal) expect(r.stdout).toContain(refusalText("en-US", want.refusal));
  });
});

test("the whole corpus in one run: every file reported in order, the unreadable ones as errors, exit 2 wins", async () => {
  const r = await run(["check", ...corpus.files.map((f) => f.path), "--format", "json"]);
  expect(r.status).toBe(2);
  const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  expect(files.map((f) => f.file)).toEqual(corpus.files.map((f) => f.path));
  files.forEach((f, i) => expect(f.error !== undefined).toBe(corpus.files[i].expect.refusal !== undefined));
});

describe("the real process (bin/gx-ledger.js)", () => {
  const BIN = join(ROOT, "bin", "gx-ledger.js");
  const spawn = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60000, maxBuffer: 1 << 28 });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}`, stdout: r.stdout };
  };

  test("a password-protected workbook is refused as such, in English and in Chinese", () => {
    const en = spawn(["check", pathOf("password-protected.xlsx"), "--lang", "en"]);
    expect(en.status).toBe(2);
    expect(en.stdout).toContain("password-protected");
    const zh = spawn(["check", pathOf("password-protected.xlsx")]);
    expect(zh.stdout).toContain("设有打开密码");
    for (const r of [en, zh]) expect(r.out).not.toMatch(STACK_TRACE);
  });

  test("every committed corpus file in one process: exit 2, no stack trace", () => {
    const files = corpus.files.filter((f) => f.expect.committed).map((f) => f.path);
    const r = spawn(["check", ...files, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.out).not.toMatch(STACK_TRACE);
    for (const f of corpus.files.filter((x) => x.expect.refusal)) expect(r.stdout).toContain(refusalText("en-US", f.expect.refusal as string));
  });

  test("20,000 rows of garbage: read, checked and reported, exit 1", () => {
    const r = spawn(["check", pathOf("garbage-20000.xlsx"), "--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.out).not.toMatch(STACK_TRACE);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.sheets[0].records).toBeGreaterThan(19000);
  });
});
