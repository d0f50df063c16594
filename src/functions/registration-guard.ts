/**
 * The metadata plugin appends `CustomFunctions.associate(...)` calls to functions.ts. On the standalone page
 * (a plain browser, or office.js unreachable) there is no CustomFunctions runtime and those calls would throw;
 * with nothing to register there, they get a harmless receiver instead. Imported first by functions.ts, so it
 * runs before the appended calls. Outside a page (Node) nothing is appended and nothing is installed.
 */

const page = globalThis as { window?: unknown; CustomFunctions?: unknown };
if (page.window !== undefined && page.CustomFunctions === undefined) {
  page.CustomFunctions = { associate: (): void => undefined };
}

export {};
