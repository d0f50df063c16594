/**
 * Loads the built page (dist/taskpane.html) the way Excel's shared runtime or a browser does, in jsdom: its
 * bundle in order as the boot check loads it on a host that passes, office.js replaced by stand-ins (or left out,
 * as when Microsoft's CDN is unreachable).
 */
import { JSDOM, VirtualConsole } from "jsdom";
import { ErrorCode, StandInError } from "../functions/custom-functions-stand-in";
import { readDist } from "./dist";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface PageOptions {
  /** The Office global: absent when office.js did not load. */
  office?: { onReady(): Promise<{ host: string | null; platform: string | null }> };
  /** Provide the CustomFunctions global (office.js inside Excel does). */
  customFunctions: boolean;
}

export interface LoadedPage {
  dom: JSDOM;
  /** id → function, as the page registered them with CustomFunctions.associate. */
  associations: Map<string, (...args: unknown[]) => unknown>;
  /** Errors thrown by the page's scripts, synchronously or later. */
  errors: Error[];
}

/** The src of every <script> of the page, in document order. */
export function scriptSources(html: string): string[] {
  const { document } = new JSDOM(html).window;
  return Array.from(document.querySelectorAll("script")).map((s) => s.getAttribute("src") ?? "");
}

/** An attribute of the boot check's <script> (data-bundle, data-office). */
export function bootAttribute(html: string, name: string): string {
  const { document } = new JSDOM(html).window;
  return document.getElementById("gx-boot")?.getAttribute(name) ?? "";
}

/** The bundle the boot check loads where the host passes (its data-bundle list), in order. */
export function bundleSources(html: string): string[] {
  return bootAttribute(html, "data-bundle").split(/\s+/).filter(Boolean);
}

export function loadPage(options: PageOptions): LoadedPage {
  const html = readDist("taskpane.html");
  const errors: Error[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (e) => errors.push(e));
  const dom = new JSDOM(html, {
    url: "https://localhost:3000/taskpane.html",
    runScripts: "outside-only",
    pretendToBeVisual: true,
    virtualConsole,
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  if (options.customFunctions) {
    window.CustomFunctions = {
      Error: StandInError,
      ErrorCode,
      associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
        if (typeof id === "string") {
          if (fn) associations.set(id, fn);
        } else {
          for (const [key, f] of Object.entries(id)) associations.set(key, f);
        }
      },
    };
  }
  if (options.office) window.Office = options.office;
  // As the boot check does on a host that passes (test/build/boot.test.ts covers its choice).
  for (const src of bundleSources(html)) {
    try {
      window.eval(readDist(src));
    } catch (e) {
      // In a browser one script's error does not stop the next script: keep going, and report it.
      errors.push(e as Error);
    }
  }
  return { dom, associations, errors };
}

/** Waits until `predicate` holds on the page's document (React renders asynchronously). */
export async function waitFor(dom: JSDOM, predicate: (doc: Document) => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate(dom.window.document)) {
    if (Date.now() > deadline) throw new Error(`the page did not get there within ${ms} ms:\n${dom.window.document.body.innerHTML}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
