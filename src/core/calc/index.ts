/** The statistical core: pure formulas and code checks shared by the custom functions, the rules and the reports. */

export * from "./errors";
export * from "./round";
export * from "./parse";
export * from "./growth";
export * from "./pace";
export * from "./status";
export * from "./uscc";
export * from "./energy";
export * from "./region";
export * from "./industry";
export * from "./target";
