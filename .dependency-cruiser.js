/**
 * The arrows of ARCHITECTURE.md, checked on every `npm test` (scripts/test.js) and by `npm run arch`:
 * faces → ports → core, the core entered through src/core/index.ts, core/findings at the bottom.
 * Type-only imports count too: a type is a dependency of the design as much as a value is.
 */
"use strict";

const FACES = "^src/(functions|taskpane|cli)/";

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "The core imports no port, no face, no Office.js, no DOM library and no Node module.",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        pathNot: "^src/core/",
        dependencyTypesNot: ["npm", "npm-dev", "npm-optional", "npm-peer"],
      },
    },
    {
      name: "core-no-node",
      comment: "Node's built-in modules are for the CLI and ports/file/node only.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-libraries",
      comment: "The core may use zod (the profile schema) and nothing else from npm: no ExcelJS, React, Office.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer"], pathNot: "^node_modules/zod/" },
    },
    {
      name: "findings-at-the-bottom",
      comment: "core/findings (the Finding type and its constructors) imports nothing else in the core.",
      severity: "error",
      from: { path: "^src/core/findings/" },
      to: { path: "^src/core/", pathNot: "^src/core/findings/" },
    },
    {
      name: "through-the-door",
      comment: "Faces and ports enter the core through src/core/index.ts only.",
      severity: "error",
      from: { path: `${FACES}|^src/ports/` },
      to: { path: "^src/core/", pathNot: "^src/core/index\\.ts$" },
    },
    {
      name: "ports-below-faces",
      comment: "A port never imports a face.",
      severity: "error",
      from: { path: "^src/ports/" },
      to: { path: FACES },
    },
    {
      name: "faces-apart",
      comment: "Faces do not import each other (each may use the ports).",
      severity: "error",
      from: { path: "^src/(functions|taskpane|cli)/" },
      to: { path: FACES, pathNot: "^src/$1/" },
    },
    {
      name: "ports-apart",
      comment: "A port's implementations stay apart: excel, file and wps share only ports/port.ts.",
      severity: "error",
      from: { path: "^src/ports/(excel|file|wps)/" },
      to: { path: "^src/ports/(excel|file|wps)/", pathNot: "^src/ports/$1/" },
    },
    {
      name: "file-port-sides",
      comment: "The file port's page side (browser/) and Node side (node/) do not import each other; shared/ imports neither.",
      severity: "error",
      from: { path: "^src/ports/file/(shared|browser|node)/" },
      to: { path: "^src/ports/file/(browser|node)/", pathNot: "^src/ports/file/$1/" },
    },
    {
      name: "file-port-page-safe",
      comment: "What runs in the page (ports/file/browser and shared, also used by the CLI) takes no Node built-in module.",
      severity: "error",
      from: { path: "^src/ports/file/(shared|browser)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "office-only-in-ports-and-faces",
      comment: "Office.js is the Excel port's (and the functions' registration); nothing else reaches for it.",
      severity: "error",
      from: { pathNot: "^src/(ports/excel|functions|taskpane)/" },
      to: { path: "node_modules/@microsoft/office-js" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.json$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
