/**
 * The browser suites (`npm run test:e2e`; `npm test` runs them too when Chromium is installed): the built page
 * (dist/) in Debian's Chromium through playwright-core. One browser at a time, so the suites run in band.
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  // Building the page is `npm run build`'s (npm test and test:e2e run it first); a browser test takes seconds.
  testTimeout: 240_000,
  maxWorkers: 1,
};
