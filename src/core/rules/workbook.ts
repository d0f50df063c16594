/** Rules about the workbook as a whole: its settings, its stored profile, whether it holds any ledger. */

import { defineRule } from "./define";

export const settingsInvalid = defineRule({
  id: "settings.invalid",
  severity: "warning",
  scope: "workbook",
  params: { error: "text", field: "text?" },
  words: {
    "zh-CN": {
      name: "工作簿设置无效",
      message: "工作簿设置（_gx 工作表）不是有效的 JSON，已忽略：{error}",
      variants: {
        shape: "工作簿设置（_gx 工作表）中的 {field} 格式不对，已忽略",
      },
      hint: "在任务窗格中重新保存设置即可修复",
      about: "工作簿设置（_gx）无法读取",
    },
    "en-US": {
      name: "Unreadable settings",
      message: "The workbook settings (sheet _gx) are not valid JSON and were ignored: {error}",
      variants: {
        shape: "In the workbook settings (sheet _gx), {field} has the wrong shape and was ignored",
      },
      hint: "Saving the settings again from the task pane repairs it",
      about: "the workbook settings (_gx) cannot be read",
    },
  },
});

export const profileInvalid = defineRule({
  id: "profile.invalid",
  severity: "warning",
  scope: "workbook",
  params: { field: "text", detailKey: "text" },
  words: {
    "zh-CN": {
      name: "方案配置无效",
      message: "工作簿中保存的方案配置无效（{field}：{detail}），已改用内置方案",
      hint: "在任务窗格中修改方案并重新保存，或导入有效的方案文件",
      about: "工作簿保存的方案配置无效，改用内置方案",
    },
    "en-US": {
      name: "Invalid profile",
      message: "The profile stored in the workbook is invalid ({field}: {detail}); the built-in profile is used",
      hint: "Correct the profile in the task pane and save it again, or import a valid profile file",
      about: "the profile stored in the workbook is invalid; the built-in one is used",
    },
  },
});

export const noLedgers = defineRule({
  id: "workbook.no-ledgers",
  severity: "error",
  scope: "workbook",
  params: {},
  words: {
    "zh-CN": {
      name: "没有台账",
      message: "工作簿中没有识别出任何台账，未做任何审核",
      hint: "确认打开的是台账工作簿；工作表名称或表头不标准时，在任务窗格“台账”页或用 --map 指定台账类型",
      about: "工作簿中没有识别出任何台账（错误：审核说明不能消除）",
    },
    "en-US": {
      name: "No ledgers",
      message: "No ledger was found in the workbook: nothing was checked",
      hint: "Make sure this is the ledger workbook; where sheet names or headers are not standard, set the kind in the pane’s Ledgers section or with --map",
      about: "no ledger found in the workbook (an error: no explanation clears it)",
    },
  },
});

export const WORKBOOK_RULES = [settingsInvalid, profileInvalid, noLedgers] as const;
