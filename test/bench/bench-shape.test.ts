import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

/**
 * The bench's JSON has every field issue 7 names, as numbers. A shape test on a tiny workbook: the bench itself
 * measures speed, never a test (the figures of 500 records say nothing and are not looked at).
 */

const ROOT = join(__dirname, "..", "..");
jest.setTimeout(240000);

const REQUIRED: Record<string, string[]> = {
  engine: ["rows", "cells", "seconds", "rowsPerSecond", "barePassSeconds", "ratioToBarePass", "peakRssMB"],
  cli: ["rows", "fileMB", "readSeconds", "checkSeconds", "reportSeconds", "totalSeconds", "peakRssMB"],
  history: ["records", "checkSeconds", "seconds", "ratioToCheck"],
  merge: ["files", "recordsPerFile", "threads", "readSeconds", "mergeSeconds", "ratioToReadAlone", "readCheckSeconds", "readCheckToReadAlone", "ratioToReadCheck", "cpuRatioToReadAlone", "peakRssMB", "records"],
  report: ["seconds", "peakRssMB", "secondsToCheck", "peakToCheck"],
  office: ["rows", "syncs", "maxPayloadBytes", "reportSyncsPerTab"],
  functions: ["yoy100kMs", "uscc100kMs"],
  peer: ["rows", "seconds", "engineToPeer"],
};

let report: Record<string, Record<string, unknown>> & { budgets: { id: string; pass: boolean }[] };

beforeAll(() => {
  // --no-build: a test never builds dist/ (npm test builds it before the suites run).
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/bench/main.ts", "--json", "--rows", "500", "--runs", "1", "--no-build"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  // Exit 1 is a failed budget, which a 500-record run may well show; anything else is the bench failing.
  expect([0, 1]).toContain(r.status);
  report = JSON.parse(r.stdout);
});

test("stdout is one JSON object with every measure", () => {
  expect(Object.keys(report)).toEqual(expect.arrayContaining([...Object.keys(REQUIRED), "bundle", "machine", "budgets", "pass"]));
});

test.each(Object.entries(REQUIRED))("%s has its fields as numbers", (measure, fields) => {
  for (const field of fields) {
    expect([field, typeof report[measure][field]]).toEqual([field, "number"]);
    expect(Number.isFinite(report[measure][field] as number)).toBe(true);
  }
});

test("the bundle gives numbers when dist/ is built, and says why not when it is not", () => {
  const built = existsSync(join(ROOT, "dist", "taskpane.html"));
  const { initialGzipKB, functionsGzipKB, error } = report.bundle as { initialGzipKB: unknown; functionsGzipKB: unknown; error?: string };
  if (built) {
    expect(typeof initialGzipKB).toBe("number");
    expect(typeof functionsGzipKB).toBe("number");
  } else {
    expect(initialGzipKB).toBeNull();
    expect(error).toMatch(/npm run build/);
  }
});

test("every budget is judged, PASS or FAIL, and the verdict agrees with them", () => {
  expect(report.budgets.map((b) => b.id)).toEqual([
    "engine.ratioToBarePass",
    "history.ratioToCheck",
    "cli.ratioToReadAlone",
    "cli.peakRssMB",
    "merge.ratioToReadAlone",
    "merge.peakRssMB",
    "report.peakToCheck",
    "report.secondsToCheck",
    "office.maxPayloadBytes",
    "office.rowsPerExtraSync",
    "office.reportSyncsPerTab",
    "functions.yoy100kMs",
    "bundle.initialGzipKB",
  ]);
  expect(report.pass).toBe(report.budgets.every((b) => b.pass));
});
