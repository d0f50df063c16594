/**
 * The page's first load: the scripts dist/taskpane.html names (office.js aside) and the bundle its boot check
 * loads must stay within 600 KB gzip, and ExcelJS (the standalone page's file port) must not be among them: it is loaded only when a file is opened.
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { DIST, readDist } from "./dist";
import { OFFICE_JS, bundleSources, scriptSources } from "./page";

const BUDGET_BYTES = 600 * 1024;

/** Strings found in ExcelJS's own code (an error message and its upgrade note), not in anything of ours. */
const EXCELJS_MARKERS = ["Cannot merge already merged cells", "exceljs/blob/master/UPGRADE-4.0.md"];

const html = readDist("taskpane.html");
// The page's own scripts and the bundle its boot check loads at once.
const initial = [...scriptSources(html).filter((src) => src !== OFFICE_JS), ...bundleSources(html)];

test("the initial scripts weigh at most 600 KB gzip", () => {
  const sizes = initial.map((src) => ({ src, gzip: gzipSync(readDist(src)).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  expect(sizes.length).toBeGreaterThan(0);
  if (total > BUDGET_BYTES) throw new Error(`initial scripts: ${total} bytes gzip > ${BUDGET_BYTES}\n${JSON.stringify(sizes, null, 2)}`);
});

test("no initial script holds ExcelJS; a lazily loaded one does", () => {
  for (const src of initial) {
    const code = readDist(src);
    for (const marker of EXCELJS_MARKERS) expect({ src, has: code.includes(marker) }).toEqual({ src, has: false });
  }
  // The markers do name ExcelJS's code: some chunk that is not loaded at first holds them.
  const lazy = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !initial.includes(f))
    .filter((f) => EXCELJS_MARKERS.every((m) => fs.readFileSync(path.join(DIST, f), "utf8").includes(m)));
  expect(lazy.length).toBeGreaterThan(0);
});
