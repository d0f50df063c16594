/** The production build's rewrite of the manifest URLs (scripts/manifest-urls.js, used by webpack.config.js). */
import { allUrls, parseManifest, readManifestText } from "./manifest-xml";
import { DEFAULT_PROD_URL, DEV_URL, productionUrl, rewriteManifestUrls } from "../../scripts/manifest-urls";

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("production manifest", () => {
  const source = readManifestText();

  test.each([DEFAULT_PROD_URL, "https://gx.example.gov.cn/ledger/"])("points every URL at %s", (base) => {
    const rewritten = rewriteManifestUrls(source, base);
    expect(rewritten).not.toMatch(/localhost/i);
    expect(count(rewritten, base)).toBe(count(source, DEV_URL));
    const urls = allUrls(parseManifest(rewritten));
    expect(urls.length).toBe(count(source, DEV_URL));
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  test("refuses to ship a localhost URL that is not the dev server's", () => {
    const stray = source.replace("</OfficeApp>", "<!-- http://localhost:8080/x --></OfficeApp>");
    expect(() => rewriteManifestUrls(stray, DEFAULT_PROD_URL)).toThrow(/localhost:8080/);
  });
});

describe("GX_PROD_URL", () => {
  test("defaults to the placeholder", () => {
    expect(productionUrl({})).toBe(DEFAULT_PROD_URL);
  });

  test("gains a trailing slash so paths append cleanly", () => {
    expect(productionUrl({ GX_PROD_URL: "https://gx.example.gov.cn/ledger" })).toBe("https://gx.example.gov.cn/ledger/");
  });

  test.each(["http://gx.example.gov.cn/", "not a url", "https://gx.example.gov.cn/?v=1"])("rejects %s", (url) => {
    expect(() => productionUrl({ GX_PROD_URL: url })).toThrow(/GX_PROD_URL/);
  });
});
