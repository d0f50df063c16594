/** Host detection (office.js may answer, say there is no host, never answer, or be missing), theme and language. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { detectHost } from "../../src/taskpane/host";
import { initialLang } from "../../src/taskpane/i18n";
import { luminance, themeFor } from "../../src/taskpane/theme";

type Global = { Office?: unknown; Application?: unknown; wps?: unknown };

afterEach(() => {
  delete (globalThis as Global).Office;
  delete (globalThis as Global).Application;
  delete (globalThis as Global).wps;
});

describe("detectHost", () => {
  test("WPS when WPS gives the page its Application (or wps.EtApplication), even with office.js there", async () => {
    (globalThis as Global).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    (globalThis as Global).Application = { ActiveWorkbook: null };
    await expect(detectHost(50)).resolves.toMatchObject({ host: "wps" });
    delete (globalThis as Global).Application;
    (globalThis as Global).wps = { EtApplication: () => ({}) };
    await expect(detectHost(50)).resolves.toMatchObject({ host: "wps" });
  });

  test("standalone at once without office.js", async () => {
    await expect(detectHost(50)).resolves.toEqual({ host: "standalone" });
  });

  test("Excel, with Office's theme and display language", async () => {
    (globalThis as Global).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { officeTheme: { bodyBackgroundColor: "#262626" }, displayLanguage: "en-US" },
    };
    await expect(detectHost(50)).resolves.toEqual({ host: "excel", background: "#262626", language: "en-US" });
  });

  test("standalone when Office reports no host (office.js in a plain browser)", async () => {
    (globalThis as Global).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectHost(50)).resolves.toEqual({ host: "standalone" });
  });

  test("office.js loaded on demand: Excel once it has come and answered", async () => {
    const load = async (): Promise<boolean> => {
      (globalThis as Global).Office = { onReady: () => Promise.resolve({ host: "Excel" }) };
      return true;
    };
    await expect(detectHost(50, load)).resolves.toEqual({ host: "excel" });
  });

  test("office.js that never arrives (its CDN hangs): standalone when the time is up", async () => {
    const load = (): Promise<boolean> => new Promise(() => undefined);
    // Resolving at all is the fallback: without the timeout this test would hang.
    await expect(detectHost(50, load)).resolves.toEqual({ host: "standalone" });
  });

  test("standalone when Office never answers (its CDN hangs)", async () => {
    (globalThis as Global).Office = { onReady: () => new Promise(() => undefined) };
    // Office never answers: resolving at all is the fallback (without it this test would hang).
    await expect(detectHost(50)).resolves.toEqual({ host: "standalone" });
  });

  test("Excel without a theme when reading it throws (older hosts)", async () => {
    (globalThis as Global).Office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      get context(): never {
        throw new Error("not supported");
      },
    };
    await expect(detectHost(50)).resolves.toEqual({ host: "excel" });
  });
});

describe("theme", () => {
  test.each([
    ["#ffffff", 1],
    ["#000", 0],
  ])("luminance of %s is %d", (colour, expected) => {
    expect(luminance(colour)).toBeCloseTo(expected, 5);
  });

  test.each([
    ["Office's white", "#FFFFFF", webLightTheme],
    ["Office's colourful grey", "#E6E6E6", webLightTheme],
    ["Office's dark grey", "#666666", webDarkTheme],
    ["Office's black", "#262626", webDarkTheme],
    ["no Office (standalone)", undefined, webLightTheme],
    ["a colour Office never sends", "teal", webLightTheme],
  ])("%s → %p", (_case, background, theme) => {
    expect(themeFor(background)).toBe(theme);
  });
});

describe("initial language", () => {
  test.each([
    [undefined, "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["fr-FR", "zh-CN"],
  ])("Office's %s → %s (nothing stored)", (office, lang) => {
    expect(initialLang(office)).toBe(lang);
  });
});
