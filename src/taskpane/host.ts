/** Where the page runs: inside Excel, or as a plain web page. */
export type Host = "excel" | "standalone";

/**
 * Resolves once Office has said where it runs. office.js may be missing (its CDN unreachable): then the page is
 * standalone at once. Callers must not hold the first render on this promise.
 */
export async function detectHost(): Promise<Host> {
  if (typeof Office === "undefined") return "standalone";
  const info = await Office.onReady();
  // The manifest declares only the Workbook host, so any host at all is Excel.
  return info.host ? "excel" : "standalone";
}
