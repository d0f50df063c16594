/** Energy figures of plan 二.8. */

import { CalcResult, DIV0, NUM } from "./errors";

/** 万元增加值能耗 (吨标准煤/万元) = energy / value added. */
export function intensity(energyTce: number, valueAdded: number): CalcResult<number> {
  if (valueAdded === 0) return DIV0;
  if (valueAdded < 0) return NUM;
  return energyTce / valueAdded;
}

/** 重点用能单位: annual 综合能耗 at or above the threshold (吨标准煤; profile thresholds.keyEnergy). */
export function keyEnergy(energyTce: number, threshold: number): boolean {
  return energyTce >= threshold;
}
