/**
 * The metadata plugin appends `CustomFunctions.associate(...)` calls to functions.ts. office.js is loaded
 * without holding the page (src/taskpane/host.ts), so it usually comes after these calls: until then they are
 * kept, and handed to the real runtime once office.js has run. On the standalone page (a plain browser, or
 * office.js unreachable) there is no runtime and they stay unused. Imported first by functions.ts, so it runs
 * before the appended calls. Outside a page (Node) nothing is appended and nothing is installed.
 */

type Association = [string, (...args: unknown[]) => unknown];

const page = globalThis as { window?: unknown; CustomFunctions?: unknown; gxPendingAssociations?: Association[] };
if (page.window !== undefined && page.CustomFunctions === undefined) {
  const pending: Association[] = [];
  page.gxPendingAssociations = pending;
  page.CustomFunctions = {
    gxPending: true,
    associate: (id: string | Record<string, Association[1]>, fn?: Association[1]): void => {
      if (typeof id === "string") {
        if (fn) pending.push([id, fn]);
      } else {
        for (const [key, f] of Object.entries(id)) pending.push([key, f]);
      }
    },
  };
}

export {};
