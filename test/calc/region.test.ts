import { regionFinder } from "../../src/core/calc/region";
import { BUILTIN_PROFILE } from "../../src/core/profile/builtin";

const ALL: [string, string][] = [
  ["130702", "桥东区"], ["130703", "桥西区"], ["130705", "宣化区"], ["130706", "下花园区"], ["130708", "万全区"],
  ["130709", "崇礼区"], ["130722", "张北县"], ["130723", "康保县"], ["130724", "沽源县"], ["130725", "尚义县"],
  ["130726", "蔚县"], ["130727", "阳原县"], ["130728", "怀安县"], ["130730", "怀来县"], ["130731", "涿鹿县"],
  ["130732", "赤城县"], ["130771", "张家口经济开发区"], ["130772", "察北管理区"], ["130773", "塞北管理区"],
];

const find = regionFinder(BUILTIN_PROFILE);
const nameOf = (text: string | number) => find(text)?.name ?? null;

describe("all 19 county-level divisions", () => {
  test("the built-in profile has exactly these", () => {
    expect(BUILTIN_PROFILE.regions.map((r) => [r.code, r.name])).toEqual(ALL);
  });

  test.each(ALL)("%s %s: by code, name, short name and with the city prefix", (code, name) => {
    const short = name.replace(/(经济开发区|管理区|县|区)$/, "");
    // 张家口经济开发区 shortens to the city's own name, which names no county (see below).
    const shorts = short === "张家口" ? [] : [short, `张家口市${short}`];
    for (const text of [code, Number(code), name, ` ${name} `, `张家口市${name}`, `张家口${name}`, `河北省张家口市${name}`, ...shorts]) {
      expect([text, nameOf(text)]).toEqual([text, name]);
    }
  });
});

describe("aliases, old names and old codes", () => {
  test.each<[string | number, string]>([
    ["崇礼县", "崇礼区"],
    ["张家口市崇礼县", "崇礼区"],
    ["130733", "崇礼区"],
    ["宣化县", "宣化区"],
    ["130721", "宣化区"],
    ["万全县", "万全区"],
    [130729, "万全区"],
    ["高新区", "张家口经济开发区"],
    ["张家口高新区", "张家口经济开发区"],
    ["张家口高新技术产业开发区", "张家口经济开发区"],
    ["经济开发区", "张家口经济开发区"],
    ["察北", "察北管理区"],
    ["塞北", "塞北管理区"],
    ["蔚", "蔚县"],
    ["１３０７２２", "张北县"],
    ["张北\u3000县", "张北县"],
    ["130722000000", "张北县"], // 统计用区划代码 of the county, 12 digits
    ["130722100", "张北县"], // a town under it, 9 digits
  ])("%p → %s", (text, name) => expect(nameOf(text)).toBe(name));
});

describe("not a county of the city", () => {
  test.each<string | number>([
    "张家口", "张家口市", "130700", "130000", "石家庄市长安区", "130102", "北京", "", "县", "区", "1307", "13072", "1307221",
    130700, 0, -130722, 130722.5,
  ])("%p → null", (text) => expect(find(text)).toBeNull());
});

describe("another profile", () => {
  const profile = {
    cityName: "示例市",
    regions: [
      { code: "990101", name: "东区", aliases: [] },
      { code: "990102", name: "东县", aliases: [] },
      { code: "990103", name: "西城区", aliases: ["老城"] },
    ],
  };

  test("a short name two regions share finds neither; their full names still work", () => {
    expect(regionFinder(profile)("东")).toBeNull();
    expect(regionFinder(profile)("东区")?.code).toBe("990101");
    expect(regionFinder(profile)("示例市东县")?.code).toBe("990102");
  });

  test("aliases and short names of that profile", () => {
    expect(regionFinder(profile)("老城")?.code).toBe("990103");
    expect(regionFinder(profile)("示例西城")?.code).toBe("990103");
  });
});
