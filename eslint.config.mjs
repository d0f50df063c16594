/**
 * `npm run lint`: typescript-eslint's recommended rules everywhere and the Office add-in rules of
 * eslint-plugin-office-addins (its rules only: its preset also enforces Prettier's layout, which this code base
 * does not follow). Type-aware rules are left out: here they cost a second full type check (minutes on a small
 * machine), which `npm run typecheck` already does. The arrows between layers are dependency-cruiser's
 * (.dependency-cruiser.js); here the core is also kept from the globals of the hosts.
 */
import js from "@eslint/js";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** What the core may not reach for: it runs the same in Excel, WPS, a browser tab, a worker and Node. */
const HOST_GLOBALS = ["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "Office", "Excel", "OfficeExtension", "CustomFunctions", "process", "require", "Buffer", "__dirname"].map(
  (name) => ({ name, message: "The core is pure: no DOM, Office.js or Node (ARCHITECTURE.md). Pass what it needs in." }),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/arch/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    // custom-functions-metadata reads a parameter typed `any` as Excel's "any" type: the JSDoc is the metadata.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Tests feed literals exactly as Excel or a user types them, beyond double precision included.
    files: ["test/**/*.{ts,tsx}"],
    rules: { "no-loss-of-precision": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...HOST_GLOBALS] },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The boot check runs in the page before the bundle, in whatever browser the host has (IE11 included).
    files: ["src/boot/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser, Office: "readonly" } },
  },
);
