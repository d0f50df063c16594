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

/** How long office.js may take to say where it runs before the page goes standalone (its CDN may hang). */
export const OFFICE_TIMEOUT_MS = 5000;

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
 * Resolves once Office has said where it runs, or after `timeoutMs` without an answer (standalone). Without
 * office.js the page is standalone at once. Callers must not hold the first render on this promise.
 */
export async function detectHost(timeoutMs = OFFICE_TIMEOUT_MS): Promise<HostInfo> {
  // In a WPS task pane there is WPS's own object model, and no Office.
  if (inWps()) return { host: "wps", language: wpsLanguage() };
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return { host: "standalone" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
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
