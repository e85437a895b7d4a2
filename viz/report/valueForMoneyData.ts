import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';
import { netBenefitAtValue, type ArmReplications, type NetBenefitAtValue } from '../../models/netBenefit';
import { bestInFutures, type BestShareStep } from '../../models/bestInFutures';
import type { ReportData } from './reportData';
import { differenceBeyondRounding } from '../../models/pairedDifference';
import type { PlaneFutures } from '../specs/costEffectiveness';
import { manifestDiscountRate } from './discountRate';
import { valueOfInformation, type ValueOfInformation } from '../../models/valueOfInformation';
import { drawsAlsoIn } from '../../models/uncertainty';
import type { Scenario } from '../../scenarios/schema';

/**
 * Where an arm's leavers and costs a year for value for money are in replications.csv: the metrics
 * leaversPerYear and teamCostPerYear, or, at a discount rate above 0 (costs.discountRate), the
 * discounted columns cfsim compare computed value for money from (summary.json's), so the report
 * and summary.json agree.
 */
function valueForMoneyColumns(data: ReportData): { leavers: string; cost: string; rate: number } {
  const rate = manifestDiscountRate(data.manifest);
  return rate > 0 ? { leavers: 'discountedLeaversPerYear', cost: 'discountedTeamCostPerYear', rate } : { leavers: 'leaversPerYear', cost: 'teamCostPerYear', rate };
}

/** One arm's value for money against the first arm. */
export interface ArmValueForMoney {
  readonly policy: string;
  readonly vs: string;
  readonly value: ValueForMoney;
}

/**
 * Each arm's value for money against the first, recomputed from the replications' leavers and
 * whole-team costs (replications.csv; discounted at a discount rate above 0), as `cfsim compare` computes it, with summary.json's
 * departures avoided by halves of the horizon (byHalf, where it has them); empty for a run of one arm,
 * and for results without the file or without leaversPerYear (written before CFSim 0.10.0).
 */
export function reportValueForMoney(data: ReportData): ArmValueForMoney[] {
  const values = data.replicationValues;
  const policies = data.summary.policies.map((p) => p.policy);
  const base = values?.get(policies[0]);
  const { leavers, cost, rate } = valueForMoneyColumns(data);
  if (!values || !base?.[leavers] || !base[cost]) return [];
  return policies.slice(1).flatMap((policy) => {
    const mine = values.get(policy);
    const value = mine?.[leavers] && mine[cost] ? valueForMoney(base[leavers], mine[leavers], base[cost], mine[cost], rate) : undefined;
    // The halves of the horizon come from the daily separations, which replications.csv lacks: summary.json's, written from the same replications.
    const written = data.summary.differences?.find((d) => d.policy === policy && d.vs === policies[0])?.valueForMoney;
    const byHalf = written?.byHalf && value && written.futures === value.futures ? written.byHalf : undefined;
    return value ? [{ policy, vs: policies[0], value: byHalf ? { ...value, byHalf } : value }] : [];
  });
}

/** The value per departure avoided of the report's net-benefit table: the one asked of the report, else the one the comparison was run with. */
export function reportValuePerDeparture(data: ReportData): number | undefined {
  return data.valuePerDeparture ?? data.summary.netBenefit?.valuePerDeparture;
}

/**
 * Every arm's net benefit at the report's value per departure avoided (reportValuePerDeparture),
 * recomputed from replications.csv as `cfsim compare --value-per-departure` computes it, or, for
 * results without the file, summary.json's at the value the comparison was run with; undefined
 * without such a value, for a run of one arm, and for results without every arm's leavers and
 * whole-team costs.
 */
export function reportNetBenefit(data: ReportData): NetBenefitAtValue | undefined {
  const value = reportValuePerDeparture(data);
  const arms = armReplications(data);
  if (value === undefined) return undefined;
  if (arms) return netBenefitAtValue(value, arms, valueForMoneyColumns(data).rate);
  // Without replications.csv, the table the comparison wrote, at its own value.
  const written = data.summary.netBenefit;
  if (written?.valuePerDeparture !== value) return undefined;
  // 0.11.0's lead (over one label as text) gives no futures it is ahead in: the table is shown without the lead's sentence.
  return typeof written.lead?.over === 'string' ? { ...written, lead: null } : written;
}

/**
 * What learning each field every arm draws would be worth at the report's value per departure
 * avoided, as `cfsim compare --value-per-departure` gives it (the draws recomputed from the
 * manifest's scenarios and seed, the net benefits from replications.csv); undefined without such a
 * value, drawn fields, the file, or 20 futures.
 */
export function reportValueOfInformation(data: ReportData): ValueOfInformation | undefined {
  const value = reportValuePerDeparture(data);
  const arms = armReplications(data);
  const scenarios = data.manifest.scenarios as readonly Scenario[];
  if (value === undefined || !arms || !Array.isArray(scenarios) || !scenarios.every((s) => typeof s?.uncertainty === 'object' && s.uncertainty !== null)) return undefined;
  const { seed, completedReps } = data.manifest;
  return valueOfInformation(value, arms, drawsAlsoIn(scenarios[0], scenarios, seed, completedReps), seed, valueForMoneyColumns(data).rate);
}

/** Every arm's leavers and whole-team costs by replication (discounted at a discount rate above 0), from replications.csv; undefined for a run of one arm, or results without them for every arm. */
function armReplications(data: ReportData): ArmReplications[] | undefined {
  const values = data.replicationValues;
  const policies = data.summary.policies.map((p) => p.policy);
  if (!values || policies.length < 2) return undefined;
  const { leavers, cost } = valueForMoneyColumns(data);
  const arms = policies.map((policy) => ({ policy, leavers: values.get(policy)?.[leavers], cost: values.get(policy)?.[cost] }));
  if (!arms.every((a) => a.leavers && a.cost)) return undefined;
  return arms.map((a) => ({ policy: a.policy, leavers: a.leavers!, cost: a.cost! }));
}

/** In how many of the paired futures each arm is best (or tied for it), by the value of a departure avoided (the report's best-in-futures chart); undefined where reportNetBenefit's data are missing. */
export function reportBestInFutures(data: ReportData): { readonly policies: readonly string[]; readonly steps: readonly BestShareStep[] } | undefined {
  const arms = armReplications(data);
  const steps = arms && bestInFutures(arms);
  return arms && steps && steps.length > 0 ? { policies: arms.map((a) => a.policy), steps } : undefined;
}

/**
 * Each arm's paired futures on the cost-effectiveness plane (the report's cost-effectiveness chart), from replications.csv:
 * replication by replication, its whole-team cost per year, leavers per year and high-STS share
 * against the baseline's; empty for a run of one arm and for results without the file.
 */
export function reportPlaneFutures(data: ReportData): PlaneFutures[] {
  const values = data.replicationValues;
  const policies = data.summary.policies.map((p) => p.policy);
  const base = values?.get(policies[0]);
  if (!values || !base?.leaversPerYear || !base.teamCostPerYear || !base.highSTSShare) return [];
  return policies.slice(1).flatMap((policy) => {
    const mine = values.get(policy);
    if (!mine?.leaversPerYear || !mine.teamCostPerYear || !mine.highSTSShare) return [];
    const reps = base.teamCostPerYear.length;
    return [
      {
        policy,
        netCost: Float64Array.from({ length: reps }, (_, r) => differenceBeyondRounding(mine.teamCostPerYear[r], base.teamCostPerYear[r])),
        departuresAvoided: Float64Array.from({ length: reps }, (_, r) => base.leaversPerYear[r] - mine.leaversPerYear[r]),
        stsAverted: Float64Array.from({ length: reps }, (_, r) => -100 * differenceBeyondRounding(mine.highSTSShare[r], base.highSTSShare[r])),
      },
    ];
  });
}
