/**
 * Where the page runs: inside Excel, or as a plain web page. The only Office.js of the pane besides the Excel
 * port: host detection, Office's theme and its display language.
 */
export type Host = "excel" | "wps" | "standalone";

export interface HostInfo {
  host: Host;
  /** Office's body background (`#ffffff`, `#262626` …) when Office gives one: the pane follows its theme. */
  background?: string;
  /** Office's display language (`zh-CN`, `en-US` …). */
  language?: string;
}

/**
 * How long office.js may take, from the page's start, to load and say where it runs before the page goes
 * standalone (Microsoft's CDN may hang rather than fail). The page is usable before that either way.
 */
export const OFFICE_TIMEOUT_MS = 3000;

/** Microsoft's office.js, which an add-in must load from Microsoft's CDN. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Where this build takes office.js from: the boot script names it (the CDN, or the offline build's own copy). */
export function officeJsUrl(): string {
  const named = typeof document === "undefined" ? null : document.getElementById("gx-boot")?.getAttribute("data-office");
  return named || OFFICE_JS_URL;
}

interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  context?: { officeTheme?: { bodyBackgroundColor?: string }; displayLanguage?: string };
}

function officeGlobal(): OfficeGlobal | undefined {
  // Read through globalThis: office.js may be absent, and tests install their own stand-in.
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

/** WPS gives its add-in pages `wps` (with EtApplication) or a global `Application` with the ET object model. */
function inWps(): boolean {
  const g = globalThis as { wps?: { EtApplication?: unknown }; Application?: { ActiveWorkbook?: unknown } };
  return typeof g.wps?.EtApplication === "function" || (typeof g.Application === "object" && g.Application !== null && "ActiveWorkbook" in g.Application);
}

/** WPS's UI language, where it says (ASSUMPTION: Application.LanguageSettings is not read; WPS in China is Chinese). */
function wpsLanguage(): string {
  return typeof navigator === "undefined" ? "zh-CN" : navigator.language || "zh-CN";
}

/** Office's theme and language; any of them may be missing (older hosts, or reading them throws). */
function officeLooks(office: OfficeGlobal): Omit<HostInfo, "host"> {
  const out: Omit<HostInfo, "host"> = {};
  try {
    const background = office.context?.officeTheme?.bodyBackgroundColor;
    if (typeof background === "string" && background !== "") out.background = background;
    const language = office.context?.displayLanguage;
    if (typeof language === "string" && language !== "") out.language = language;
  } catch {
    // Some hosts throw on officeTheme; the pane then keeps its light theme and own language.
  }
  return out;
}

/**
 * Whether Office opened this page: Office adds `_host_Info` to an add-in's address (and keeps it in the session
 * storage across the pane's own navigations). A plain browser has neither, and the page can go standalone at once.
 */
export function openedByOffice(): boolean {
  try {
    if (typeof location !== "undefined" && /[?&]_host_Info=/i.test(location.search)) return true;
    if (typeof sessionStorage === "undefined") return false;
    for (let i = 0; i < sessionStorage.length; i++) if (/hostInfo|_host_Info/i.test(sessionStorage.key(i) ?? "")) return true;
  } catch {
    // A sandboxed frame may refuse storage: then only the address tells.
  }
  return false;
}

/**
 * Loads office.js without holding the page (an async script added at run time, not a blocking <script>):
 * resolves true once it ran, false when it failed. The custom functions registered before it came are handed
 * to the real CustomFunctions runtime then (src/functions/registration-guard.ts keeps them).
 */
export function loadOfficeJs(url = officeJsUrl()): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = () => {
      replayAssociations();
      resolve(true);
    };
    script.onerror = () => resolve(false);
    // office.js defines its own CustomFunctions: the page's stand-in must not be there to be merged into.
    const page = globalThis as { CustomFunctions?: { gxPending?: unknown } };
    if (page.CustomFunctions?.gxPending) delete page.CustomFunctions;
    document.head.appendChild(script);
  });
}

type Association = [string, (...args: unknown[]) => unknown];

function replayAssociations(): void {
  const page = globalThis as { CustomFunctions?: { associate?: (id: string, fn: Association[1]) => void }; gxPendingAssociations?: Association[] };
  const pending = page.gxPendingAssociations ?? [];
  const runtime = page.CustomFunctions;
  if (!runtime || typeof runtime.associate !== "function") return;
  for (const [id, fn] of pending) runtime.associate(id, fn);
}

/**
 * Resolves once Office has said where it runs, or `timeoutMs` after the call without an answer (standalone).
 * `load` brings office.js when it is not there yet; without office.js the page is standalone at once. Callers
 * must not hold the first render on this promise.
 */
export async function detectHost(timeoutMs = OFFICE_TIMEOUT_MS, load?: () => Promise<boolean>): Promise<HostInfo> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    // In a WPS task pane there is WPS's own object model, and no Office.
    if (inWps()) return { host: "wps", language: wpsLanguage() };
    if (!officeGlobal() && load) await Promise.race([load(), timeout]);
    const office = officeGlobal();
    if (!office || typeof office.onReady !== "function") return { host: "standalone" };
    const info = await Promise.race([office.onReady(), timeout]);
    // The manifest declares only the Workbook host, so any host at all is Excel.
    if (!info || !info.host) return { host: "standalone" };
    return { host: "excel", ...officeLooks(office) };
  } catch {
    return { host: "standalone" };
  } finally {
    clearTimeout(timer);
  }
}
