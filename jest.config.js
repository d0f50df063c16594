/** Unit and integration suites. Type checking runs once in `npm run typecheck`, so ts-jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
