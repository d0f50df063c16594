/** Which checks run on a sheet of each kind. */

import type { LedgerKind } from "../ledgers/types";
import { CLUSTER_RULES } from "./clusters";
import { usccRegionDiffers } from "./common";
import type { RuleCheck } from "./context";
import { CULTIVATION_RULES } from "./cultivation";
import { DECLINING_RULES } from "./declining";
import { ENERGY_RULES } from "./energy";
import { KEY_ENTERPRISE_RULES } from "./key-enterprises";
import { PROJECT_RULES } from "./projects";
import { TARGET_RULES } from "./targets";
import { THREE_BATCH_RULES } from "./three-batches";
import { codeName, nameCode } from "./xref";

/** Checks of any sheet that has the columns they need (信用代码, 所属县区, a name). */
const ANY_SHEET: RuleCheck[] = [usccRegionDiffers, nameCode, codeName];

export const CHECKS: Readonly<Record<LedgerKind, readonly RuleCheck[]>> = {
  "key-enterprises": [...KEY_ENTERPRISE_RULES, ...ANY_SHEET],
  cultivation: [...CULTIVATION_RULES, ...ANY_SHEET],
  declining: [...DECLINING_RULES, ...ANY_SHEET],
  projects: [...PROJECT_RULES, ...ANY_SHEET],
  "tech-reform": [...PROJECT_RULES, ...ANY_SHEET],
  "three-batches": [...THREE_BATCH_RULES, ...ANY_SHEET],
  clusters: [...CLUSTER_RULES, ...ANY_SHEET],
  energy: [...ENERGY_RULES, ...ANY_SHEET],
  targets: [...TARGET_RULES, ...ANY_SHEET],
};
