/**
 * Rules the reader notes while it types each cell by its column (src/core/read/cells.ts): blanks, errors, numbers,
 * the 统一社会信用代码 (GB 32100-2015), counties, listed values, dates, yes/no and industry codes (GB/T 4754-2017).
 */

import { defineRule } from "./define";

export const cellRequired = defineRule({
  id: "cell.required",
  severity: "error",
  scope: "reading",
  params: { column: "text" },
  words: {
    "zh-CN": {
      name: "必填项为空",
      message: "必填项“{column}”为空",
      hint: "补填该项",
      about: "必填单元格为空",
    },
    "en-US": {
      name: "Required cell blank",
      message: "Required “{column}” is blank",
      hint: "Fill it in",
      about: "a required cell is blank",
    },
  },
});

export const cellError = defineRule({
  id: "cell.error",
  severity: "error",
  scope: "reading",
  params: { column: "text", error: "text" },
  words: {
    "zh-CN": {
      name: "单元格错误值",
      message: "“{column}”为错误值 {error}",
      hint: "修正产生错误的公式或引用",
      about: "单元格为 Excel 错误值",
    },
    "en-US": {
      name: "Cell error value",
      message: "“{column}” holds the error value {error}",
      hint: "Fix the formula or reference that gives the error",
      about: "a cell holds an Excel error value",
    },
  },
});

export const cellMalformed = defineRule({
  id: "cell.malformed",
  severity: "error",
  scope: "reading",
  params: { column: "text", raw: "text" },
  words: {
    "zh-CN": {
      name: "单元格已损坏",
      message: "“{column}”的单元格在文件中已损坏，无法读取：“{raw}”",
      variants: {
        "shared-string": "“{column}”的单元格指向不存在的共享文本（第 {raw} 项），文件已损坏，无法读取",
        date: "“{column}”的单元格标为日期，但“{raw}”不是有效日期，无法读取",
        number: "“{column}”的单元格标为数字，但“{raw}”不是数字，无法读取",
        boolean: "“{column}”的单元格标为逻辑值，但“{raw}”不是 TRUE 或 FALSE，无法读取",
      },
      hint: "在 Excel 中重新填写该单元格后保存；文件若由其他软件导出，请检查导出程序",
      about: "文件中的单元格已损坏（类型与内容不符），不猜测其值",
    },
    "en-US": {
      name: "Damaged cell",
      message: "The “{column}” cell is damaged in the file and cannot be read: “{raw}”",
      variants: {
        "shared-string": "The “{column}” cell points to shared text that does not exist (item {raw}); the file is damaged",
        date: "The “{column}” cell is marked as a date, but “{raw}” is no valid date; it cannot be read",
        number: "The “{column}” cell is marked as a number, but “{raw}” is no number; it cannot be read",
        boolean: "The “{column}” cell is marked as TRUE/FALSE, but holds “{raw}”; it cannot be read",
      },
      hint: "Enter the cell again in Excel and save; if another program exported the file, check that program",
      about: "a cell of the file is damaged (its type and content disagree); its value is not guessed",
    },
  },
});

export const numberInvalid = defineRule({
  id: "number.invalid",
  severity: "error",
  scope: "reading",
  params: { column: "text", min: "number?", max: "text|number?" },
  words: {
    "zh-CN": {
      name: "无效数字",
      message: "“{column}”应为数字，实际为“{value}”",
      variants: {
        integer: "“{column}”应为整数，实际为 {value}",
        overflow: "“{column}”换算成万元后超出范围：“{value}”",
        percent: "“{column}”不能为百分数：“{value}”",
        range: "“{column}”应在 {min}～{max} 之间，实际为 {value}",
        unit: "“{column}”的单位无法换算：“{value}”",
      },
      hint: "只填数字，单位写在表头括号中，如“本年营业收入（万元）”",
      about: "不是有效数字",
    },
    "en-US": {
      name: "Invalid number",
      message: "“{column}” should be a number, not “{value}”",
      variants: {
        integer: "“{column}” should be a whole number, not {value}",
        overflow: "“{column}” is too large to convert to 万元: “{value}”",
        percent: "“{column}” cannot be a percentage: “{value}”",
        range: "“{column}” should be between {min} and {max}, not {value}",
        unit: "“{column}” has a unit that does not convert: “{value}”",
      },
      hint: "Enter a number only; put the unit in the header's brackets, e.g. 本年营业收入（万元）",
      about: "not a valid number",
    },
  },
});

export const numberNegative = defineRule({
  id: "number.negative",
  severity: "error",
  scope: "reading",
  params: { column: "text" },
  words: {
    "zh-CN": {
      name: "不允许负数",
      message: "“{column}”不能为负数：{value}",
      hint: "核对数据；只有利润等列可以为负",
      about: "不允许为负数",
    },
    "en-US": {
      name: "Negative number",
      message: "“{column}” cannot be negative: {value}",
      hint: "Check the figure; only columns such as profit may be negative",
      about: "a negative number where none is allowed",
    },
  },
});

export const numberText = defineRule({
  id: "number.text",
  severity: "info",
  scope: "reading",
  params: { column: "text", unit: "text?" },
  words: {
    "zh-CN": {
      name: "文本型数字",
      message: "“{column}”中的数字以文本形式存储：“{value}”",
      variants: {
        unit: "“{column}”中的数字带单位“{unit}”，已换算：“{value}”",
      },
      hint: "可转换为数字格式，便于求和",
      about: "以文本形式存储的数字",
    },
    "en-US": {
      name: "Number stored as text",
      message: "“{column}” holds a number stored as text: “{value}”",
      variants: {
        unit: "“{column}” holds a number with the unit “{unit}”, converted: “{value}”",
      },
      hint: "Convert it to a number so that it sums",
      about: "a number stored as text",
    },
  },
});

export const usccFormat = defineRule({
  id: "uscc.format",
  severity: "error",
  scope: "reading",
  params: { position: "number?", char: "text?", length: "number?", expected: "text?" },
  words: {
    "zh-CN": {
      name: "信用代码格式",
      message: "统一社会信用代码格式错误：“{value}”",
      variants: {
        char: "统一社会信用代码第 {position} 位含非法字符“{char}”",
        length: "统一社会信用代码应为 18 位，实际 {length} 位",
        number: "统一社会信用代码被存为数字，已丢失字母或位数：{value}",
        "region-digits": "统一社会信用代码第 3–8 位应为行政区划数字，第 {position} 位为“{char}”",
        "check-char": "统一社会信用代码第 18 位（校验码）含非法字符“{char}”，按前 17 位应为 {expected}",
      },
      hint: "18 位代码只含数字和大写字母（不含 I、O、S、V、Z），请对照营业执照核对",
      about: "统一社会信用代码格式错误",
    },
    "en-US": {
      name: "Credit code format",
      message: "Malformed unified social credit code “{value}”",
      variants: {
        char: "Character {position} of the credit code, “{char}”, is not allowed",
        length: "A unified social credit code has 18 characters, not {length}",
        number: "The credit code is stored as a number and has lost letters or digits: {value}",
        "region-digits": "Characters 3–8 of the credit code are a region code of digits; character {position} is “{char}”",
        "check-char": "Character 18 of the credit code (the check character), “{char}”, is not allowed; the first 17 give {expected}",
      },
      hint: "The 18 characters are digits and capital letters (no I, O, S, V, Z); check against the business licence",
      about: "a malformed unified social credit code",
    },
  },
});

export const usccChecksum = defineRule({
  id: "uscc.checksum",
  severity: "error",
  scope: "reading",
  params: { char: "text", expected: "text" },
  words: {
    "zh-CN": {
      name: "信用代码校验码",
      message: "统一社会信用代码校验码错误：末位为“{char}”，应为 {expected}",
      hint: "多为录入错误，请对照营业执照核对前 17 位",
      about: "统一社会信用代码校验码错误",
    },
    "en-US": {
      name: "Credit code check character",
      message: "Wrong check character “{char}” in the credit code; it should be {expected}",
      hint: "Usually a typing error: check the first 17 characters against the business licence",
      about: "a wrong check character in the credit code",
    },
  },
});

export const usccCase = defineRule({
  id: "uscc.case",
  severity: "info",
  scope: "reading",
  params: { code: "text" },
  words: {
    "zh-CN": {
      name: "信用代码大小写",
      message: "统一社会信用代码含小写字母或空格，按 {code} 处理",
      hint: "可改为大写并去掉空格",
      about: "信用代码含小写字母或空格（已规范）",
    },
    "en-US": {
      name: "Credit code case",
      message: "The credit code has lower case or spaces; read as {code}",
      hint: "Write it in capitals without spaces",
      about: "a credit code with lower case or spaces (normalised)",
    },
  },
});

export const regionUnknown = defineRule({
  id: "region.unknown",
  severity: "error",
  scope: "reading",
  params: {},
  words: {
    "zh-CN": {
      name: "未识别的县区",
      message: "无法识别的县区“{value}”",
      hint: "使用方案中的县区名称、简称或 6 位区划代码",
      about: "无法识别的县区",
    },
    "en-US": {
      name: "Unknown county",
      message: "Unknown county “{value}”",
      hint: "Use a county name, short name or 6-digit code of the profile",
      about: "an unknown county",
    },
  },
});

export const enumInvalid = defineRule({
  id: "enum.invalid",
  severity: "error",
  scope: "reading",
  params: { column: "text", allowed: "text", invalid: "text?" },
  words: {
    "zh-CN": {
      name: "不在可选值内",
      message: "“{column}”的值“{value}”无效，应为：{allowed}",
      variants: {
        multi: "“{column}”中的“{invalid}”无效，应为：{allowed}",
        nature: "“{column}”的值“{value}”是建设性质，不是建设阶段，应为：{allowed}",
      },
      hint: "从下拉列表中选择，或使用列出的值之一",
      hintVariants: {
        nature: "新建、扩建、改建是建设性质；建设阶段填 前期、新开工、续建或竣工投产",
      },
      about: "不在可选值范围内",
    },
    "en-US": {
      name: "Value not allowed",
      message: "“{value}” is not a valid “{column}”; allowed: {allowed}",
      variants: {
        multi: "“{invalid}” in “{column}” is not valid; allowed: {allowed}",
        nature: "“{value}” in “{column}” is the project's nature (建设性质), not its stage; allowed: {allowed}",
      },
      hint: "Choose from the drop-down list or use one of the listed values",
      hintVariants: {
        nature: "新建, 扩建, 改建 (new, expansion, rebuilding) are the project's nature; 建设阶段 is 前期, 新开工, 续建 or 竣工投产",
      },
      about: "not one of the allowed values",
    },
  },
});

export const dateInvalid = defineRule({
  id: "date.invalid",
  severity: "error",
  scope: "reading",
  params: { column: "text" },
  words: {
    "zh-CN": {
      name: "无效日期",
      message: "“{column}”不是有效日期：“{value}”",
      variants: {
        ambiguous: "“{column}”的日期“{value}”有歧义",
      },
      hint: "写作 2022-03-15、2022年3月15日 或 2022年3月",
      about: "不是有效日期",
    },
    "en-US": {
      name: "Invalid date",
      message: "“{column}” is not a valid date: “{value}”",
      variants: {
        ambiguous: "The date “{value}” in “{column}” is ambiguous",
      },
      hint: "Write 2022-03-15, 2022年3月15日 or 2022年3月",
      about: "not a valid date",
    },
  },
});

export const boolInvalid = defineRule({
  id: "bool.invalid",
  severity: "error",
  scope: "reading",
  params: { column: "text" },
  words: {
    "zh-CN": {
      name: "无效是否值",
      message: "“{column}”应为是/否，实际为“{value}”",
      hint: "填“是”或“否”",
      about: "不是有效的是/否",
    },
    "en-US": {
      name: "Invalid yes/no",
      message: "“{column}” should be yes/no (是/否), not “{value}”",
      hint: "Enter 是 or 否 (yes or no)",
      about: "not a valid yes/no",
    },
  },
});

export const industryInvalid = defineRule({
  id: "industry.invalid",
  severity: "error",
  scope: "reading",
  params: {},
  words: {
    "zh-CN": {
      name: "无效行业代码",
      message: "行业代码“{value}”无效：国民经济行业分类中没有此大类",
      hint: "按 GB/T 4754-2017 填 2–4 位行业代码，如 C3512 或 3512",
      about: "行业代码无效",
    },
    "en-US": {
      name: "Invalid industry code",
      message: "Industry code “{value}” is invalid: no such division in GB/T 4754-2017",
      hint: "Enter a 2–4 digit GB/T 4754-2017 code, e.g. C3512 or 3512",
      about: "an invalid industry code",
    },
  },
});

export const industryNonIndustrial = defineRule({
  id: "industry.non-industrial",
  severity: "warning",
  scope: "reading",
  params: { sectionName: "text", division: "text" },
  words: {
    "zh-CN": {
      name: "非工业行业",
      message: "行业代码“{value}”属于{sectionName}（{division} 大类），不是工业",
      hint: "工业为采矿业、制造业、电力热力燃气及水生产和供应业（06–46 大类）",
      about: "行业代码不属于工业（06–46 大类）",
    },
    "en-US": {
      name: "Non-industrial code",
      message: "Industry code “{value}” is in {sectionName} (division {division}), not industry",
      hint: "Industry is mining, manufacturing and utilities (divisions 06–46)",
      about: "an industry code outside industry (divisions 06–46)",
    },
  },
});

export const READING_CELL_RULES = [
  cellRequired,
  cellError,
  cellMalformed,
  numberInvalid,
  numberNegative,
  numberText,
  usccFormat,
  usccChecksum,
  usccCase,
  regionUnknown,
  enumInvalid,
  dateInvalid,
  boolInvalid,
  industryInvalid,
  industryNonIndustrial,
] as const;
