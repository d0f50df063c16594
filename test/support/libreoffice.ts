/**
 * LibreOffice, headless, as "a real spreadsheet program": find it, and convert a workbook with a private user
 * profile (so runs in parallel, or beside someone's own LibreOffice, do not share one). CI installs it
 * (`apt-get install -y --no-install-recommends libreoffice-calc`).
 */

import { spawnSync } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import path from "path";

export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const p = path.join(dir, name);
      if (dir !== "" && existsSync(p)) return p;
    }
  }
  return null;
}

/** Every sheet to `<name>-<sheet>.csv`, UTF-8, cells as LibreOffice shows them (formatted). LibreOffice 7.2 or later. */
export const CSV_ALL_SHEETS_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * A private profile that recalculates every formula on load (OOXMLRecalcMode 0 = always): otherwise LibreOffice
 * shows the cached results, and a formula that slipped into a report would look like the text it replaced.
 */
function recalculatingProfile(outdir: string): string {
  const profile = path.join(outdir, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Converts `file` into `outdir` (`pdf`, or a filter string such as CSV_ALL_SHEETS_AS_SHOWN); throws when it fails. */
export function convert(soffice: string, file: string, to: string, outdir: string): void {
  const profile = recalculatingProfile(outdir);
  const run = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", to, "--outdir", outdir, file],
    { encoding: "utf8", timeout: 150_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
}

/**
 * LibreOffice for a test that opens its output in it: null (said on the console) where it is not installed, so
 * the test stops there; under CI=true a missing LibreOffice fails the test.
 */
export function sofficeForTest(): string | null {
  const soffice = findSoffice();
  if (soffice) return soffice;
  if (process.env.CI === "true") throw new Error("soffice not found: CI must install libreoffice-calc");
  console.log("LibreOffice (soffice) is not installed here: the test's LibreOffice part did nothing. Install libreoffice-calc to run it.");
  return null;
}
