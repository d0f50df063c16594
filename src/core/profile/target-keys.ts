/**
 * The target keys the code computes itself (a ledger's count, a 三个一批 ratio, the clusters' growth). A profile may
 * hold any other key; these must be the built-in plan's (test/profile/plan-2022.test.ts holds them to it).
 */
export const TARGET_KEY = {
  keyEnterprises: "keyEnterprises",
  cultivationLibrary: "cultivationLibrary",
  decliningEnterprises: "decliningEnterprises",
  projectLibrary: "projectLibrary",
  techReformLibrary: "techReformLibrary",
  relocationCompletion: "relocationCompletion",
  upgradeCompletion: "upgradeCompletion",
  clusterRevenueGrowth: "clusterRevenueGrowth",
} as const;

export type TargetKey = (typeof TARGET_KEY)[keyof typeof TARGET_KEY];
