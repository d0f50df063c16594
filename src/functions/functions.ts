/**
 * The GX custom functions. Each is a thin lift of one core/calc function over Excel ranges; thresholds left
 * out come from the active plan profile. The JSDoc is the metadata (custom-functions-metadata); the
 * `CustomFunctions.associate` calls for the shared runtime are appended to this file by
 * custom-functions-metadata-plugin's loader when the bundle is built, so they are not written here.
 */

import "./registration-guard";
import {
  checkUscc,
  completion as completionOf,
  contrib as contribOf,
  elapsed as elapsedOf,
  gap as gapOf,
  getActiveProfile,
  intensity as intensityOf,
  isIndustrialDivision,
  keyEnergy as isKeyEnergy,
  needed as neededOf,
  notAvailable,
  pace as paceOf,
  parseIndustry,
  projectStatus as projectStatusOf,
  pull as pullOf,
  quote,
  regionFinder,
  scaleStatus as scaleStatusOf,
  sectorText,
  targetFinder,
  yoy as yoyOf,
  yoyText as yoyTextOf,
} from "../core";
import { bool, lift, num, parsed, text } from "./lift";
import { readBasis, readPeriod } from "./readers";
import { usccProblem } from "./uscc-text";
import { zh } from "./words";

/**
 * 同比增长率：(本期 − 上年同期) / 上年同期，结果为小数（设为百分比格式）。上年同期为 0 时返回 #DIV/0!，为负时返回 #NUM!（请改用 GX.YOYTEXT）。
 * @customfunction YOY
 * @param current 本期值（单元格或区域）
 * @param previous 上年同期值（单元格或区域）
 * @returns 同比增长率
 */
export function yoy(current: any[][], previous: any[][]): any[][] {
  return lift([num(current), num(previous)], yoyOf);
}

/**
 * 同比增减的规范表述：增长5.6%、下降3.2%、持平、扭亏为盈、减亏、增亏、由盈转亏、新增、新增亏损。
 * @customfunction YOYTEXT
 * @param current 本期值（单元格或区域）
 * @param previous 上年同期值（单元格或区域）
 * @param [digits] 百分比保留的小数位数，默认 1
 * @returns 表述文字
 */
export function yoyText(current: any[][], previous: any[][], digits?: any[][]): any[][] {
  return lift([num(current), num(previous), num(digits, 1)], yoyTextOf);
}

/**
 * 完成率：实际 / 目标。目标为 0 时返回 #DIV/0!，为负时返回 #NUM!。
 * @customfunction COMPLETION
 * @param actual 实际完成值
 * @param target 目标值
 * @returns 完成率
 */
export function completion(actual: any[][], target: any[][]): any[][] {
  return lift([num(actual), num(target)], completionOf);
}

/**
 * 差距：实际 − 目标，正数为超出。增速类目标的差距以小数表示百分点。
 * @customfunction GAP
 * @param actual 实际值
 * @param target 目标值
 * @returns 差距
 */
export function gap(actual: any[][], target: any[][]): any[][] {
  return lift([num(actual), num(target)], gapOf);
}

/**
 * 序时进度：1–m月为 m/12；按日为当年已过天数 / 全年天数。
 * @customfunction ELAPSED
 * @param period 月份（1–12）或日期，也可写“1-10月”“2022年10月”
 * @param [basis] "month" 按月（默认）或 "day" 按日（须为日期）
 * @returns 序时进度
 */
export function elapsed(period: any[][], basis?: any[][]): any[][] {
  return lift([parsed(period, readPeriod), parsed(basis, readBasis, "month")], elapsedOf);
}

/**
 * 与序时进度之差：完成率 − 序时进度。正数为超序时进度，负数为落后序时进度。
 * @customfunction PACE
 * @param actual 实际完成值
 * @param target 目标值
 * @param period 月份（1–12）或日期
 * @param [basis] "month" 按月（默认）或 "day" 按日
 * @returns 超（+）或落后（−）序时进度
 */
export function pace(actual: any[][], target: any[][], period: any[][], basis?: any[][]): any[][] {
  return lift([num(actual), num(target), parsed(period, readPeriod), parsed(basis, readBasis, "month")], paceOf);
}

/**
 * 完成全年增长目标，余下月份需要的增速：[上年全年×(1+目标) − 本年累计] / (上年全年 − 上年同期累计) − 1。
 * @customfunction NEEDED
 * @param target_rate 全年增长目标（小数）
 * @param ytd_current 本年累计
 * @param ytd_previous 上年同期累计
 * @param year_previous 上年全年
 * @returns 余下月份需要的增速
 */
export function needed(target_rate: any[][], ytd_current: any[][], ytd_previous: any[][], year_previous: any[][]): any[][] {
  return lift([num(target_rate), num(ytd_current), num(ytd_previous), num(year_previous)], neededOf);
}

/**
 * 贡献率：部分的增量 / 总量的增量。总量增量为 0 时返回 #DIV/0!。
 * @customfunction CONTRIB
 * @param part_current 部分本期值
 * @param part_previous 部分上年同期值
 * @param total_current 总量本期值
 * @param total_previous 总量上年同期值
 * @returns 贡献率
 */
export function contrib(part_current: any[][], part_previous: any[][], total_current: any[][], total_previous: any[][]): any[][] {
  return lift([num(part_current), num(part_previous), num(total_current), num(total_previous)], contribOf);
}

/**
 * 拉动：部分的增量 / 总量上年同期值（×100 即拉动的百分点）。
 * @customfunction PULL
 * @param part_current 部分本期值
 * @param part_previous 部分上年同期值
 * @param total_previous 总量上年同期值
 * @returns 拉动
 */
export function pull(part_current: any[][], part_previous: any[][], total_previous: any[][]): any[][] {
  return lift([num(part_current), num(part_previous), num(total_previous)], pullOf);
}

/**
 * 工业企业入统状态：已入统、应入统（营业收入达到规上标准）、培育（1000～2000万元）或规下。
 * @customfunction SCALESTATUS
 * @param revenue 年营业收入（万元）
 * @param [included] 是否已入统（是/否），默认否
 * @param [threshold] 规上标准（万元），默认取方案设置（2000）
 * @param [floor] 培育下限（万元），默认取方案设置（1000）
 * @returns 入统状态
 */
export function scaleStatus(revenue: any[][], included?: any[][], threshold?: any[][], floor?: any[][]): any[][] {
  const t = getActiveProfile().thresholds;
  return lift(
    [num(revenue), bool(included, false), num(threshold, t.scaleRevenue), num(floor, t.cultivationFloor)],
    scaleStatusOf,
  );
}

/**
 * 项目入统状态：已入统、应入统（投资额达到500万元以上应统尽统）或未达标准。
 * @customfunction PROJECTSTATUS
 * @param total_investment 计划总投资（万元）
 * @param [included] 是否已入统（是/否），默认否
 * @param [threshold] 入统标准（万元），默认取方案设置（500）
 * @returns 入统状态
 */
export function projectStatus(total_investment: any[][], included?: any[][], threshold?: any[][]): any[][] {
  const t = getActiveProfile().thresholds;
  return lift([num(total_investment), bool(included, false), num(threshold, t.projectInvestment)], projectStatusOf);
}

/**
 * 统一社会信用代码是否有效（GB 32100-2015：字符、第3–8位行政区划码、校验码）。
 * @customfunction USCC
 * @param code 统一社会信用代码
 * @returns TRUE 或 FALSE
 */
export function uscc(code: any[][]): any[][] {
  return lift([text(code)], (c) => checkUscc(c).ok);
}

/**
 * 统一社会信用代码的问题：有效时为空，否则说明长度、非法字符、行政区划码或应有的校验码。
 * @customfunction USCCCHECK
 * @param code 统一社会信用代码
 * @returns 问题说明，有效时为空
 */
export function usccCheck(code: any[][]): any[][] {
  return lift([text(code)], (c) => usccProblem(checkUscc(c)));
}

/**
 * 万元增加值能耗（吨标准煤/万元）：综合能耗 / 增加值。
 * @customfunction INTENSITY
 * @param energy_tce 综合能耗（吨标准煤）
 * @param value_added 增加值（万元）
 * @returns 万元增加值能耗
 */
export function intensity(energy_tce: any[][], value_added: any[][]): any[][] {
  return lift([num(energy_tce), num(value_added)], intensityOf);
}

/**
 * 是否属于方案的重点用能企业监测范围：年综合能耗达到标准（默认5000吨标准煤，方案二.8）。这不是法定重点用能单位（年综合能耗1万吨标准煤以上，或经指定的5000～1万吨）。
 * @customfunction KEYENERGY
 * @param energy_tce 年综合能耗（吨标准煤）
 * @param [threshold] 标准（吨标准煤），默认取方案设置（5000）
 * @returns TRUE 或 FALSE
 */
export function keyEnergy(energy_tce: any[][], threshold?: any[][]): any[][] {
  return lift([num(energy_tce), num(threshold, getActiveProfile().thresholds.keyEnergy)], isKeyEnergy);
}

/**
 * 当前方案中某项指标的目标值，可用指标名称、简称或键名。
 * @customfunction TARGET
 * @param indicator 指标名称，如“规上工业增加值增速”
 * @returns 目标值（增速为小数）
 */
export function target(indicator: any[][]): any[][] {
  const find = targetFinder(getActiveProfile());
  return lift([text(indicator)], (s) => find(String(s))?.target ?? notAvailable(zh("fn.unknown-target", { value: quote(s) })));
}

/**
 * 县区规范名称：可输入6位区划代码、简称（张北）、带市名的全称或旧名称（崇礼县）。
 * @customfunction REGION
 * @param code_or_name 区划代码或县区名称
 * @returns 县区名称
 */
export function region(code_or_name: any[][]): any[][] {
  const find = regionFinder(getActiveProfile());
  return lift([text(code_or_name)], (s) => find(s)?.name ?? notAvailable(zh("fn.unknown-region", { value: quote(s) })));
}

/**
 * 县区的6位区划代码：可输入名称、简称、带市名的全称、旧名称或旧代码。
 * @customfunction REGIONCODE
 * @param code_or_name 县区名称或区划代码
 * @returns 6位区划代码
 */
export function regionCode(code_or_name: any[][]): any[][] {
  const find = regionFinder(getActiveProfile());
  return lift([text(code_or_name)], (s) => find(s)?.code ?? notAvailable(zh("fn.unknown-region", { value: quote(s) })));
}

/**
 * 国民经济行业分类（GB/T 4754-2017）代码所属门类，如“C 制造业”。
 * @customfunction SECTOR
 * @param industry_code 2–4位行业代码，可带门类字母，如 C3612
 * @returns 门类字母和名称
 */
export function sector(industry_code: any[][]): any[][] {
  return lift([text(industry_code)], (s) => {
    const code = parseIndustry(s);
    return code ? sectorText(code) : notAvailable(zh("fn.not-industry", { value: quote(s) }));
  });
}

/**
 * 行业代码是否属于工业（大类06–46：采矿业、制造业、电力热力燃气及水生产和供应业）。
 * @customfunction ISINDUSTRIAL
 * @param industry_code 2–4位行业代码，可带门类字母
 * @returns TRUE 或 FALSE
 */
export function isIndustrial(industry_code: any[][]): any[][] {
  return lift([text(industry_code)], (s) => {
    const code = parseIndustry(s);
    return code ? isIndustrialDivision(code.division) : notAvailable(zh("fn.not-industry", { value: quote(s) }));
  });
}
