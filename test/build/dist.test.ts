/** What `npm run build` ships in dist/: the functions metadata in both languages, the manifest, the icons. */
import * as fs from "fs";
import * as path from "path";
import { productionUrl, rewriteManifestUrls } from "../../scripts/manifest-urls";
import { MANIFEST_PATH, allUrls, parseManifest } from "../manifest/manifest-xml";
import { DIST, FUNCTION_IDS, ROOT, distPath, readDist } from "./dist";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const CJK = /[\u4e00-\u9fff]/;
const ENGLISH = /[A-Za-z]{2,}(?:[^A-Za-z]+[A-Za-z]{2,})/;

describe("dist/functions.json (zh-CN, the default)", () => {
  let metadata: Metadata;
  beforeAll(() => {
    metadata = JSON.parse(readDist("functions.json")) as Metadata;
  });

  test("lists exactly the 20 functions, each under its own name", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("lets an error cell inside a range reach the function (allowErrorForDataTypeAny)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("describes every function and parameter in Chinese", () => {
    const missing: string[] = [];
    for (const f of metadata.functions) {
      if (!CJK.test(f.description ?? "")) missing.push(f.id);
      for (const p of f.parameters) if (!CJK.test(p.description ?? "")) missing.push(`${f.id}(${p.name})`);
    }
    expect(missing).toEqual([]);
  });

  test("takes every parameter as a matrix of any values and returns a matrix that spills", () => {
    const wrong: string[] = [];
    for (const f of metadata.functions) {
      expect(f.parameters.length).toBeGreaterThan(0);
      for (const p of f.parameters) {
        if (p.dimensionality !== "matrix" || (p.type ?? "any") !== "any") wrong.push(`${f.id}(${p.name})`);
      }
      if (f.result.dimensionality !== "matrix") wrong.push(`${f.id} result`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("dist/functions.en-US.json", () => {
  let zh: Metadata;
  let en: Metadata;
  beforeAll(() => {
    zh = JSON.parse(readDist("functions.json")) as Metadata;
    en = JSON.parse(readDist("functions.en-US.json")) as Metadata;
  });

  test("is the same metadata as the Chinese one except for the descriptions", () => {
    const strip = (m: Metadata) => ({
      ...m,
      functions: m.functions.map((f) => ({
        ...f,
        description: undefined,
        parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
      })),
    });
    expect(strip(en)).toEqual(strip(zh));
  });

  test("describes every function and parameter in English", () => {
    const wrong: string[] = [];
    en.functions.forEach((f, i) => {
      const zhFn = zh.functions[i];
      if (!ENGLISH.test(f.description ?? "") || f.description === zhFn.description) wrong.push(f.id);
      f.parameters.forEach((p, j) => {
        if (!ENGLISH.test(p.description ?? "") || p.description === zhFn.parameters[j].description) {
          wrong.push(`${f.id}(${p.name})`);
        }
      });
    });
    expect(wrong).toEqual([]);
  });
});

describe("dist/manifest.xml", () => {
  test("is manifest.xml with every dev-server URL rewritten to the production URL", () => {
    const built = readDist("manifest.xml");
    if (built.includes("https://localhost:3000/")) throw new Error("dist/ holds a development build: run `npm run build`.");
    expect(built).toBe(rewriteManifestUrls(fs.readFileSync(MANIFEST_PATH, "utf8"), productionUrl()));
  });

  test("names only files that the build put in dist/", () => {
    const base = productionUrl();
    const missing = allUrls(parseManifest(readDist("manifest.xml")))
      .map((url) => url.slice(base.length))
      .filter((file) => !fs.existsSync(path.join(DIST, file)));
    expect(missing).toEqual([]);
  });

  test("ships the icons byte for byte", () => {
    for (const icon of fs.readdirSync(path.join(ROOT, "assets"))) {
      const built = fs.readFileSync(distPath(`assets/${icon}`));
      expect(built.equals(fs.readFileSync(path.join(ROOT, "assets", icon)))).toBe(true);
    }
  });
});
