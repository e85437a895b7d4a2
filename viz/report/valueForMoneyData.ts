import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';
import type { ReportData } from './reportData';

/** One arm's value for money against the first arm. */
export interface ArmValueForMoney {
  readonly policy: string;
  readonly vs: string;
  readonly value: ValueForMoney;
}

/**
 * Each arm's value for money against the first, recomputed from the replications' leavers and
 * whole-team costs (replications.csv), as `cfsim compare` computes it; empty for a run of one arm,
 * and for results without the file or without leaversPerYear (written before CFSim 0.10.0).
 */
export function reportValueForMoney(data: ReportData): ArmValueForMoney[] {
  const values = data.replicationValues;
  const policies = data.summary.policies.map((p) => p.policy);
  const base = values?.get(policies[0]);
  if (!values || !base?.leaversPerYear || !base.teamCostPerYear) return [];
  return policies.slice(1).flatMap((policy) => {
    const mine = values.get(policy);
    const value = mine?.leaversPerYear && mine.teamCostPerYear ? valueForMoney(base.leaversPerYear, mine.leaversPerYear, base.teamCostPerYear, mine.teamCostPerYear) : undefined;
    return value ? [{ policy, vs: policies[0], value }] : [];
  });
}
