/**
 * 入统 status of enterprises and projects. Thresholds are explicit parameters (calc is pure); callers take
 * them from the profile (thresholds.scaleRevenue, cultivationFloor, projectInvestment).
 */

export type ScaleStatus = "已入统" | "应入统" | "培育" | "规下";
export type ProjectStatus = "已入统" | "应入统" | "未达标准";

/**
 * An industrial enterprise by its annual 营业收入 (万元): 已入统 when included; else 应入统 at or above the
 * threshold; 培育 in [floor, threshold); 规下 below the floor.
 */
export function scaleStatus(revenue: number, included: boolean, threshold: number, floor: number): ScaleStatus {
  if (included) return "已入统";
  if (revenue >= threshold) return "应入统";
  if (revenue >= floor) return "培育";
  return "规下";
}

/** A project by its total investment (万元): 已入统 when included; 应入统 at or above the threshold; else 未达标准. */
export function projectStatus(totalInvestment: number, included: boolean, threshold: number): ProjectStatus {
  if (included) return "已入统";
  return totalInvestment >= threshold ? "应入统" : "未达标准";
}
