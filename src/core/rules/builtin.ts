/**
 * The rules the product ships (LEDGERS.md), family by family. Each family file declares its rules and lists
 * them; this list only gathers the families, in the order `gx-ledger rules` and docs/RULES.md show them.
 */

import { CLUSTER_RULES } from "./clusters";
import { CULTIVATION_RULES } from "./cultivation";
import { DECLINING_RULES } from "./declining";
import { dupUscc } from "./duplicates";
import { ENERGY_RULES } from "./energy";
import { explanationThin } from "./explanation-quality";
import { GROWTH_RULES } from "./growth";
import { HISTORY_RULES } from "./history";
import { ledgerCount } from "./ledger-count";
import { MERGE_RULES } from "./merge";
import { PROJECT_RULES } from "./projects";
import { READING_CELL_RULES } from "./reading-cells";
import { READING_HEADER_RULES } from "./reading-header";
import { SCALE_RULES } from "./scale";
import { SCOPE_RULES } from "./scope";
import { TARGET_RULES } from "./targets";
import { THREE_BATCH_RULES } from "./three-batches";
import { usccRegionDiffers } from "./uscc-region";
import { WORKBOOK_RULES } from "./workbook";
import { XREF_RULES } from "./xref";

export const BUILTIN_RULES = [
  ...READING_HEADER_RULES,
  ...READING_CELL_RULES,
  ...WORKBOOK_RULES,
  ...SCOPE_RULES,
  usccRegionDiffers,
  dupUscc,
  ...GROWTH_RULES,
  ...SCALE_RULES,
  ledgerCount,
  ...CULTIVATION_RULES,
  ...DECLINING_RULES,
  ...PROJECT_RULES,
  ...THREE_BATCH_RULES,
  ...CLUSTER_RULES,
  ...ENERGY_RULES,
  ...TARGET_RULES,
  ...XREF_RULES,
  explanationThin,
  ...MERGE_RULES,
  ...HISTORY_RULES,
] as const;

/** A built-in rule's declaration (a union over all of them). */
export type BuiltinRule = (typeof BUILTIN_RULES)[number];
