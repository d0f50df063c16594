/** The types faces and ports use for findings and rules (the registry derives them from the declarations). */

export type { Finding, RuleId } from "./registry";
export type { RuleScope } from "./define";
