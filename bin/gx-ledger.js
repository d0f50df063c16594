#!/usr/bin/env node
/**
 * The package's `gx-ledger` command. The CLI is TypeScript run through tsx's require hook, so an installed
 * package works without a build step (and can never run a stale build); this is why tsx is a runtime
 * dependency. The hook is registered for this process only, before the first .ts file is required.
 */
"use strict";

require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
const { processIo } = require("../src/cli/io.ts");

main(process.argv.slice(2), processIo()).then((status) => {
  process.exitCode = status;
});
