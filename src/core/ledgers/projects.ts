import { TARGET_KEY } from "../profile/target-keys";
import { enumValues, NOTE, regionColumn, SEQ, usccColumn } from "./columns";
import type { ColumnSpec, KindSpec } from "./types";

export const STAGES = { prep: "前期", newStart: "新开工", ongoing: "续建", done: "竣工投产" } as const;

const PROJECT_COLUMNS: ColumnSpec[] = [
  SEQ,
  { key: "project", header: "项目名称", aliases: ["项目"], type: "name", required: true },
  { key: "builder", header: "建设单位", aliases: ["项目单位", "企业名称"], type: "name", required: true },
  usccColumn(false),
  regionColumn(true),
  { key: "industry", header: "产业类别", aliases: ["所属产业"], type: "enum", values: "industries" },
  {
    key: "stage",
    header: "建设阶段",
    aliases: ["项目阶段", "建设状态"],
    type: "enum",
    required: true,
    // 新建, 扩建, 改建, 迁建 are a project's 建设性质, not a stage: enum.invalid with their own hint.
    misplaced: { values: ["新建", "扩建", "改建", "迁建"], variant: "nature" },
    values: enumValues(
      ["前期", "前期工作", "谋划"],
      ["新开工"],
      ["续建", "在建"],
      ["竣工投产", "建成投产", "竣工"],
    ),
  },
  { key: "totalInvestment", header: "总投资", aliases: ["计划总投资", "项目总投资"], type: "money", required: true },
  { key: "annualPlan", header: "年度计划投资", aliases: ["本年计划投资", "年度计划"], type: "money" },
  {
    key: "ytdInvestment",
    header: "本年完成投资",
    aliases: ["累计完成投资·本年", "本年累计完成投资"],
    patterns: [/^(?:20\d\d年)?1[-－—~～至到]\d{1,2}月(?:累计)?完成投资$/],
    type: "money",
  },
  { key: "startDate", header: "开工时间", aliases: ["开工日期"], type: "date" },
  { key: "completionDate", header: "竣工投产时间", aliases: ["竣工时间", "投产时间", "竣工投产日期"], type: "date" },
  { key: "included", header: "是否入统", aliases: ["入统"], type: "bool", required: true },
  { key: "notIncludedReason", header: "未入统原因", aliases: ["未入统说明"], type: "text" },
  { key: "twoNewOneHeavy", header: "两新一重", aliases: ["是否两新一重"], type: "bool" },
  NOTE,
];

/** 百项工业项目库 (plan 二.4). */
export const PROJECTS: KindSpec = {
  kind: "projects",
  title: "百项工业项目库",
  titleEn: "Industrial projects",
  sheetKeywords: ["项目"],
  specificity: 1,
  recordKey: ["project", "builder"],
  identity: "project",
  sameRecord: "project",
  countTarget: TARGET_KEY.projectLibrary,
  columns: PROJECT_COLUMNS,
};

/** 百项技改项目库 (plan 二.5): the project columns plus 技改方向 and 发展方向. 技改 wins over 项目. */
export const TECH_REFORM: KindSpec = {
  kind: "tech-reform",
  title: "百项技改项目库",
  titleEn: "Technical-reform projects",
  sheetKeywords: ["技改", "技术改造"],
  specificity: 3,
  recordKey: ["project", "builder"],
  identity: "project",
  sameRecord: "project",
  countTarget: TARGET_KEY.techReformLibrary,
  columns: [
    ...PROJECT_COLUMNS.slice(0, -1),
    {
      key: "direction",
      header: "技改方向",
      aliases: ["改造方向", "技改类型"],
      type: "enumMulti",
      required: true,
      values: enumValues(["改工艺", "工艺"], ["改装备", "装备"], ["改产品", "产品"], ["改管理", "管理"]),
    },
    {
      key: "devDirection",
      header: "发展方向",
      aliases: [],
      type: "enumMulti",
      values: enumValues(["高端化", "高端"], ["智能化", "智能"], ["绿色化", "绿色"], ["服务化", "服务"]),
    },
    NOTE,
  ],
};
