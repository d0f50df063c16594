/**
 * `check --format json` streams (issue 19, class 2): the text is exactly what JSON.stringify gave, but it goes out
 * in blocks of about 64 KB, never as one string (a 120 MB workbook aborted in JSON.stringify).
 */
import { join } from "path";
import { version } from "../../package.json";
import { writeJsonReport } from "../../src/cli/json-stream";
import { jsonReport, type Outcome } from "../../src/cli/report";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node/index";

const SAMPLE = join(__dirname, "..", "..", "samples", "样例台账.xlsx");

async function written(outcomes: Outcome[]): Promise<{ text: string; writes: string[] }> {
  const writes: string[] = [];
  await writeJsonReport({ write: (s: string) => writes.push(s) }, version, outcomes, "zh-CN");
  return { text: writes.join(""), writes };
}

let sample: { file: string; result: CheckResult };
beforeAll(async () => {
  const wb = await readXlsxFile(SAMPLE);
  sample = { file: "样例台账.xlsx", result: checkWorkbook(wb, { today: new Date(2022, 10, 15) }) };
});

test.each([
  ["no files", () => []],
  ["an unreadable file", () => [{ file: "坏.xlsx", error: "文件是空的（0 字节）" }]],
  ["the sample, an unreadable file and a clean file", () => [sample, { file: "坏.xlsx", error: "x" }, { file: "净.xlsx", result: { ...sample.result, findings: [] } }]],
])("%s: the same text as JSON.stringify", async (_, outcomes: () => Outcome[]) => {
  const list = outcomes();
  expect((await written(list)).text).toBe(JSON.stringify(jsonReport(version, list, "zh-CN"), null, 2) + "\n");
});

test("a file with 100,000 findings goes out in blocks of about 64 KB, never as one string", async () => {
  const findings = Array.from({ length: 100000 }, (_, i) => ({ ...sample.result.findings[i % sample.result.findings.length] }));
  const big: Outcome = { file: "大.xlsx", result: { ...sample.result, findings } };
  const { text, writes } = await written([big]);
  expect(JSON.parse(text).files[0].issues).toHaveLength(100000);
  expect(writes.length).toBeGreaterThan(100);
  expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70 * 1024);
});

test("waits for a stream that asks it to (write returns false) before writing more", async () => {
  let waiting = 0;
  let drains = 0;
  const stream = {
    write: () => false,
    once: (_: "drain", go: () => void) => {
      waiting++;
      setImmediate(() => {
        drains++;
        go();
      });
    },
  };
  await writeJsonReport(stream, version, [sample, sample], "en-US");
  expect(waiting).toBeGreaterThan(0);
  expect(drains).toBe(waiting);
});
