#!/usr/bin/env node
/**
 * `npm test`: every check of the project, in the order that makes later ones meaningful.
 *   1. type check (`npm run typecheck`)
 *   2. the arrows of ARCHITECTURE.md (`npm run arch`: dependency-cruiser), lint (`npm run lint`: eslint) and
 *      unused files and exports (`npm run knip`)
 *   3. production build (`npm run build`), so the suites under test/build see a fresh dist/
 *   4. the jest suites (unit, integration, built artifacts)
 *   5. the browser suites (Playwright on Chromium), registered in BROWSER_SUITES below
 * The last line printed is always `N passed, N failed` (plus `, N skipped` when any were skipped): CI reads it.
 * A failed type check, arrow check, lint, knip or build counts as one failed test. Exit status is non-zero when anything failed.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const CI = process.env.CI === "true";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Browser suites: each is a jest config whose tests drive Chromium. Add one entry per suite, e.g.
 *   { name: "standalone page", config: "test/e2e/jest.config.js" }
 * They run only when Chromium is installed; without it they are skipped, except under CI=true where a missing
 * browser is a failure (CI installs it, see .ci/run).
 */
const BROWSER_SUITES = [
  // test/e2e: the standalone page (issue 6), the task pane with the simulated Excel host (issue 5), and (issue 18)
  // the boot check's fallback page and the pane inside a simulated WPS task pane.
  { name: "standalone page and task pane", config: "test/e2e/jest.config.js" },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args) {
  const started = Date.now();
  // npm is a .cmd on Windows, which Node only spawns through a shell.
  const shell = process.platform === "win32";
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: process.env, shell });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is not a test runner (type check, build) counts as one test. */
function step(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const { ok, seconds } = run(command, args);
  console.log(`--- ${label}: ${ok ? "ok" : "FAILED"} (${seconds} s)`);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
  return ok;
}

/** Runs jest (optionally with another config) and adds its counts; a crash or a suite that cannot run fails. */
function jestRun(label, extraArgs) {
  console.log(`\n=== ${label} ===`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gx-jest-"));
  const outFile = path.join(outDir, "results.json");
  const { seconds } = run(process.execPath, [JEST, ...extraArgs, "--json", `--outputFile=${outFile}`]);
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(outFile, "utf8"));
  } catch {
    // No report: jest itself failed (bad config, crash); reported below as one failure.
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  if (!report) {
    totals.failed++;
    failures.push(`${label}: jest did not produce a report`);
    console.log(`--- ${label}: FAILED (${seconds} s)`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    const file = path.relative(ROOT, suite.name);
    for (const test of suite.assertionResults) {
      if (test.status === "failed") failures.push(`${file}: ${test.fullName}`);
    }
    if (suite.assertionResults.length === 0 && suite.status === "failed") failures.push(`${file}: could not run`);
  }
  console.log(
    `--- ${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ` +
      `${report.numRuntimeErrorTestSuites} suites could not run (${seconds} s)`,
  );
}

function browserSuites() {
  console.log("\n=== browser suites ===");
  const hasChromium = fs.existsSync(CHROMIUM);
  console.log(hasChromium ? `Chromium: ${CHROMIUM}` : `Chromium: not found at ${CHROMIUM}`);
  if (BROWSER_SUITES.length === 0) {
    console.log("No browser suites are registered yet.");
    return;
  }
  if (!hasChromium) {
    if (CI) {
      totals.failed += BROWSER_SUITES.length;
      for (const suite of BROWSER_SUITES) failures.push(`${suite.name}: Chromium missing under CI`);
      console.log("CI=true: a missing browser is a failure (.ci/run installs chromium).");
    } else {
      totals.skipped += BROWSER_SUITES.length;
      console.log(
        `Skipping ${BROWSER_SUITES.length} browser suite(s). To run them: apt-get install -y chromium ` +
          "(or set CHROMIUM_PATH to a Chromium/Chrome binary).",
      );
    }
    return;
  }
  for (const suite of BROWSER_SUITES) jestRun(`browser: ${suite.name}`, ["--config", suite.config]);
}

step("type check", NPM, ["run", "--silent", "typecheck"]);
step("architecture (dependency-cruiser)", NPM, ["run", "--silent", "arch"]);
step("lint (eslint)", NPM, ["run", "--silent", "lint"]);
step("unused files and exports (knip)", NPM, ["run", "--silent", "knip"]);
if (!step("production build", NPM, ["run", "--silent", "build"])) {
  // Never let the build suites pass on a dist/ left over from an earlier build.
  fs.rmSync(path.join(ROOT, "dist"), { recursive: true, force: true });
}
jestRun("jest suites", []);
browserSuites();

if (failures.length > 0) {
  console.log("\nFailed:");
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
