/**
 * The plan in force when neither `--profile` nor the workbook gives one. Next year's plan is a new
 * plan-<year>.ts beside plan-2022.ts, named here.
 */
import { PLAN_2022 } from "./plan-2022";
import type { Profile } from "./types";

export const BUILTIN_PROFILE: Profile = PLAN_2022;
