/** `npm run docs`: writes docs/RULES.md from the rule declarations. */

import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { BUILTIN_RULES } from "../src/core/rules/builtin";
import { rulesMarkdown } from "../src/core/rules/docs";

const dir = join(__dirname, "..", "docs");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "RULES.md"), rulesMarkdown(BUILTIN_RULES));
console.log(`docs/RULES.md: ${BUILTIN_RULES.length} rules`);
