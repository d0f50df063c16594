import { readFileSync } from "fs";
import { join } from "path";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import { rulesMarkdown } from "../../src/core/rules/docs";

test("docs/RULES.md is current with the rule declarations", () => {
  const path = join(__dirname, "..", "..", "docs", "RULES.md");
  let written = "";
  try {
    written = readFileSync(path, "utf8");
  } catch {
    // Missing: reported below as stale.
  }
  if (written !== rulesMarkdown(BUILTIN_RULES)) {
    throw new Error("docs/RULES.md is stale: it differs from the rule declarations in src/core/rules. Run `npm run docs` and commit it.");
  }
});
