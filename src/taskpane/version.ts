/** Injected by webpack's DefinePlugin from package.json; absent when the module runs unbundled (tests). */
declare const __GX_VERSION__: string | undefined;

export const VERSION: string = typeof __GX_VERSION__ === "string" ? __GX_VERSION__ : "dev";
