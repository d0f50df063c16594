import type { Profile, Target } from "./types";

/**
 * Indicators of plan 一 and 二 (PLAN-PROFILE.md): rates as fractions, ranges (1～2) as target..max. `pace` none for
 * the stocks and lists that must stand in full (the five ledger counts, servers, water-saving enterprises, green
 * factories, design centres, regional platforms); elapsed for the flows.
 */
const targets: Target[] = [
  { key: "valueAddedGrowth", name: "规模以上工业增加值增速", aliases: ["规上工业增加值增速", "规模以上工业增加值增长", "工业增加值增速"], kind: "growth", op: ">=", target: 0.055, unit: "%", clause: "一" },
  { key: "fixedInvestmentGrowth", name: "工业固定资产投资增速", aliases: ["工业投资增速", "工业固定资产投资增长"], kind: "growth", op: ">=", target: 0.07, unit: "%", clause: "一" },
  { key: "techReformInvestmentGrowth", name: "工业技术改造投资增速", aliases: ["技改投资增速", "工业技改投资增长"], kind: "growth", op: ">=", target: 0.06, unit: "%", clause: "一" },
  { key: "netNewScaleEnterprises", name: "净增规模以上工业企业", aliases: ["净增规上工业企业", "净增规上企业"], kind: "count", op: ">=", target: 35, unit: "家", clause: "一", pace: "elapsed" },
  { key: "keyEnterprises", name: "百家重点企业", aliases: ["重点企业"], kind: "count", op: ">=", target: 100, unit: "家", clause: "二.1", pace: "none" },
  { key: "cultivationLibrary", name: "规下企业培育库", aliases: ["培育库企业", "重点企业培育库"], kind: "count", op: ">=", target: 100, unit: "家", clause: "二.2", pace: "none" },
  { key: "decliningEnterprises", name: "下滑企业增效", aliases: ["下滑企业"], kind: "count", op: ">=", target: 100, unit: "家", clause: "二.3", pace: "none" },
  { key: "projectLibrary", name: "百项工业项目库", aliases: ["工业项目库", "工业项目"], kind: "count", op: ">=", target: 100, unit: "项", clause: "二.4", pace: "none" },
  { key: "techReformLibrary", name: "百项技改项目库", aliases: ["技改项目库", "技改项目"], kind: "count", op: ">=", target: 100, unit: "项", clause: "二.5", pace: "none" },
  { key: "relocationCompletion", name: "搬迁入园进区完成率", aliases: ["搬迁入园进区任务完成率"], kind: "ratio", op: ">=", target: 0.8, unit: "%", clause: "二.6" },
  { key: "upgradeCompletion", name: "就地改造提升完成率", aliases: ["就地改造提升任务完成率"], kind: "ratio", op: ">=", target: 0.8, unit: "%", clause: "二.6" },
  { key: "clusterRevenueGrowth", name: "县域特色产业集群营业收入增速", aliases: ["产业集群营业收入增速"], kind: "growth", op: ">=", target: 0.1, unit: "%", clause: "二.7" },
  { key: "newTenBillionClusters", name: "新增超100亿元产业集群", aliases: ["新增百亿级产业集群"], kind: "count", op: "range", target: 1, max: 2, unit: "个", clause: "二.7", pace: "elapsed" },
  { key: "waterSavingEnterprises", name: "市级以上节水型企业", aliases: ["节水型企业"], kind: "count", op: ">=", target: 3, unit: "家", clause: "二.8", pace: "none" },
  { key: "greenFactories", name: "省级以上绿色工厂", aliases: ["绿色工厂"], kind: "count", op: ">=", target: 3, unit: "家", clause: "二.8", pace: "none" },
  { key: "snowEquipmentScaleEnterprises", name: "规模以上冰雪装备企业", aliases: ["规上冰雪装备企业"], kind: "count", op: "range", target: 1, max: 2, unit: "家", clause: "二.9", pace: "elapsed" },
  { key: "iiotKeyProjects", name: "工业互联网创新发展重点项目", aliases: ["工业互联网重点项目"], kind: "count", op: ">=", target: 5, unit: "个", clause: "二.11", pace: "elapsed" },
  { key: "iiotPilotProjects", name: "工业互联网创新发展试点项目", aliases: ["工业互联网试点项目"], kind: "count", op: ">=", target: 2, unit: "个", clause: "二.11", pace: "elapsed" },
  { key: "iiotRegionalPlatforms", name: "区域级工业互联网平台", aliases: ["工业互联网平台"], kind: "count", op: ">=", target: 2, unit: "个", clause: "二.11", pace: "none" },
  { key: "servers", name: "服务器规模", aliases: ["服务器数量"], kind: "amount", op: ">=", target: 120, unit: "万台", clause: "二.12", pace: "none" },
  { key: "smeServicePlatforms", name: "省级以上中小企业服务示范平台、双创示范基地", aliases: ["中小企业服务示范平台"], kind: "count", op: "range", target: 1, max: 2, unit: "家", clause: "二.15", pace: "elapsed" },
  // The plan itself writes the name with Chinese quotation marks; the alias accepts that spelling too.
  { key: "publicTrainingEvents", name: "\"百场万家\"公益服务培训活动", aliases: ["百场万家活动", "“百场万家”公益服务培训活动"], kind: "count", op: ">=", target: 20, unit: "场次", clause: "二.15", pace: "elapsed" },
  { key: "publicTrainingEnterprises", name: "公益服务企业", aliases: ["百场万家服务企业"], kind: "count", op: ">=", target: 1000, unit: "家", clause: "二.15", pace: "elapsed" },
  { key: "designEvents", name: "工业设计培训、对接、交流活动", aliases: ["工业设计活动"], kind: "count", op: ">=", target: 10, unit: "场次", clause: "二.16", pace: "elapsed" },
  { key: "designEnterprises", name: "工业设计对接服务企业", aliases: ["工业设计服务企业"], kind: "count", op: ">=", target: 150, unit: "家", clause: "二.16", pace: "elapsed" },
  { key: "designCenters", name: "市级及以上工业设计中心", aliases: ["工业设计中心"], kind: "count", op: ">=", target: 3, unit: "家", clause: "二.16", pace: "none" },
  { key: "managerTrainingEnterprises", name: "经营管理者培训服务企业", aliases: ["职业经理人培训服务企业"], kind: "count", op: ">=", target: 1000, unit: "家", clause: "二.17", pace: "elapsed" },
];

/** Frozen so that no code can change the default by accident: edits go through a new profile. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The built-in profile: 张家口市 2022年工业和信息化工作要点 (plan-2022.txt). `period` is left out so that
 * it is derived (resolvePeriod). Regions: NBS 统计用区划代码 after the 2016 reform, with the old county
 * names and codes that ledgers still carry.
 */
export const PLAN_2022: Profile = deepFreeze<Profile>({
  year: 2022,
  cityCode: "130700",
  cityName: "张家口市",
  provinceCode: "130000",
  thresholds: {
    scaleRevenue: 2000,
    cultivationFloor: 1000,
    projectInvestment: 500,
    keyEnergy: 5000,
    rateTolerance: 0.001,
    totalTolerance: 0.5,
    intensityTolerance: 0.01,
    ytdPlanFactor: 1.2,
    growthReviewHigh: 0.5,
    growthReviewLow: -0.3,
    jumpFloor: 100,
    jumpHigh: 3,
    jumpLow: 0.2,
  },
  reference: { clusters: 18, clusterHeadFirms: 44 },
  regions: [
    { code: "130702", name: "桥东区", aliases: [] },
    { code: "130703", name: "桥西区", aliases: [] },
    { code: "130705", name: "宣化区", aliases: ["宣化县"], oldCodes: ["130721"] },
    { code: "130706", name: "下花园区", aliases: [] },
    { code: "130708", name: "万全区", aliases: ["万全县"], oldCodes: ["130729"] },
    { code: "130709", name: "崇礼区", aliases: ["崇礼县"], oldCodes: ["130733"] },
    { code: "130722", name: "张北县", aliases: [] },
    { code: "130723", name: "康保县", aliases: [] },
    { code: "130724", name: "沽源县", aliases: [] },
    { code: "130725", name: "尚义县", aliases: [] },
    { code: "130726", name: "蔚县", aliases: [] },
    { code: "130727", name: "阳原县", aliases: [] },
    { code: "130728", name: "怀安县", aliases: [] },
    { code: "130730", name: "怀来县", aliases: [] },
    { code: "130731", name: "涿鹿县", aliases: [] },
    { code: "130732", name: "赤城县", aliases: [] },
    { code: "130771", name: "张家口经济开发区", aliases: ["高新区", "张家口高新技术产业开发区", "经开区"] },
    { code: "130772", name: "察北管理区", aliases: [] },
    { code: "130773", name: "塞北管理区", aliases: [] },
  ],
  industries: [
    { name: "冰雪装备", synonyms: ["冰雪装备制造", "冰雪产业"] },
    { name: "氢能与可再生能源装备", synonyms: ["氢能", "可再生能源装备"] },
    { name: "大数据及装备制造", synonyms: ["大数据中心及装备制造", "大数据"] },
    { name: "汽车及零部件", synonyms: ["汽车", "汽车制造"] },
    { name: "食品加工", synonyms: ["食品"] },
    { name: "皮毛服装", synonyms: ["皮毛", "服装"] },
    { name: "其他", synonyms: ["其它"] },
  ],
  targets,
  rules: {},
});
