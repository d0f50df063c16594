/** The build output under test. These suites test what ships, so they read dist/ and never build it themselves. */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Absolute path of a built file; fails with what to do when the build has not run. */
export function distPath(name: string): string {
  if (!fs.existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first (`npm test` builds it).");
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`dist/${name} is missing: run \`npm run build\` (is dist/ from an old build?).`);
  return file;
}

export function readDist(name: string): string {
  return fs.readFileSync(distPath(name), "utf8");
}

/** The 20 function ids of FUNCTIONS.md, as Excel knows them (GX.<id>). */
export const FUNCTION_IDS = [
  "YOY",
  "YOYTEXT",
  "COMPLETION",
  "GAP",
  "ELAPSED",
  "PACE",
  "NEEDED",
  "CONTRIB",
  "PULL",
  "SCALESTATUS",
  "PROJECTSTATUS",
  "USCC",
  "USCCCHECK",
  "INTENSITY",
  "KEYENERGY",
  "TARGET",
  "REGION",
  "REGIONCODE",
  "SECTOR",
  "ISINDUSTRIAL",
];
