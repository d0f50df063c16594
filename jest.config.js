/** Unit and integration suites. Type checking runs once in `npm run typecheck`, so ts-jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Writing report tabs through a simulated host takes seconds on a loaded 2-core machine; a hang still fails.
  testTimeout: 30000,
};
