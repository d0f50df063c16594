/** Types of scripts/manifest-urls.js, for the tests that use it. */
export const DEV_URL: string;
export const DEFAULT_PROD_URL: string;
export function productionUrl(env?: Record<string, string | undefined>): string;
export function rewriteManifestUrls(manifest: string, baseUrl: string): string;
