// Preloaded into the CLI under test (node -r): on exit, writes the process's peak resident memory (KB) to the
// file named by GX_RSS_FILE, so a test can hold the CLI to a memory bound without /usr/bin/time. VmHWM rather
// than getrusage's maxRSS: Linux carries maxRSS over from the parent across fork and exec (the test runner's
// own gigabyte would be counted), while VmHWM belongs to this program's memory alone.
"use strict";
const fs = require("fs");
const file = process.env.GX_RSS_FILE;
if (file) {
  process.on("exit", () => {
    let kb = process.resourceUsage().maxRSS;
    try {
      const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
      if (m) kb = Number(m[1]);
    } catch {
      // not Linux: getrusage's figure
    }
    fs.writeFileSync(file, String(kb));
  });
}
