/**
 * The words generated ledgers are made of: industries with their name words and GB/T 4754 codes, brand names,
 * company suffixes, people, bureaus, project words. Shared by the sample workbook and the synthetic bench
 * workbooks, so that both look like a county statistician's ledgers.
 */
import type { Region } from "../../src/core/profile/types";

export const INDUSTRY_WORDS: Record<string, { words: string[]; codes: string[] }> = {
  冰雪装备: { words: ["冰雪装备", "滑雪器材", "冰雪运动装备", "造雪设备"], codes: ["2444", "3599", "3581"] },
  氢能与可再生能源装备: { words: ["氢能科技", "风电设备", "光伏科技", "新能源装备"], codes: ["3415", "3825", "3849"] },
  大数据及装备制造: { words: ["数据科技", "电子科技", "智能装备", "云计算设备"], codes: ["3911", "3919", "3990"] },
  汽车及零部件: { words: ["汽车零部件", "汽车配件", "传动科技", "车桥制造"], codes: ["3670", "3660", "3620"] },
  食品加工: { words: ["食品", "乳业", "酿造", "粮油"], codes: ["1440", "1512", "1331", "1391"] },
  皮毛服装: { words: ["皮毛制品", "服饰", "皮革"], codes: ["1931", "1810", "1910"] },
  其他: { words: ["建材", "机械制造", "新材料", "铸造", "化工", "医药"], codes: ["3011", "3429", "3391", "2614", "2710"] },
};
export const INDUSTRIES = Object.keys(INDUSTRY_WORDS);

export const BRANDS = [
  "宏达", "恒泰", "金鼎", "华盛", "瑞丰", "鑫源", "东方", "长城", "泰和", "中誉", "永胜", "天润", "博远", "众诚",
  "远航", "晨光", "华北", "恒信", "盛世", "鸿运", "顺达", "北方", "宇通", "卓越", "嘉禾", "润泽", "海川", "冠群",
  "汇丰", "金桥", "九州", "德润", "丰源", "万通", "华宇", "兴业", "信达", "利民", "昌盛", "安泰", "坤元", "钰龙",
  "雪峰", "燕山", "坝上", "桑干", "洋河", "京西", "塞外", "草原", "明德", "隆基", "凯达", "振华", "合力", "富康",
];
export const SUFFIXES = ["有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司"];

/** 桥东区 → 桥东, 张家口经济开发区 → 张家口: the short place name that starts many enterprise names. */
export function shortPlace(region: Region): string {
  if (region.name.startsWith("张家口")) return "张家口";
  return region.name.length > 2 ? region.name.replace(/(区|县|管理区)$/, "") : region.name;
}

export const PEOPLE = ["王建军", "李红梅", "张志强", "刘海燕", "陈立新", "杨晓东", "赵雪峰", "孙立华", "周国庆", "吴晓明", "郑永平", "冯淑芬"];
export const BUREAUS = ["县工信局", "区工信局", "县发改局", "区商务局", "开发区经发局"];

export const PROJECT_WORDS = {
  冰雪装备: ["冰雪装备产业园", "滑雪板生产线", "造雪机研发生产", "冰雪装备智能制造"],
  氢能与可再生能源装备: ["氢燃料电池电堆生产线", "风电塔筒制造", "光伏组件生产线", "储能装备制造"],
  大数据及装备制造: ["数据中心", "服务器生产线", "智能终端制造", "算力中心"],
  汽车及零部件: ["汽车零部件生产线", "新能源汽车配件", "精密铸件生产线", "车用电机制造"],
  食品加工: ["乳制品加工", "燕麦深加工", "肉制品精深加工", "果蔬冷链加工"],
  皮毛服装: ["皮毛精深加工", "服装智能制造"],
  其他: ["新型建材生产线", "铸造产能升级", "生物医药产业化", "装备制造基地"],
} as const;
