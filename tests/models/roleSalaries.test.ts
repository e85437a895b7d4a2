import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../models/costParts';
import { METRIC_NAMES, type MetricName } from '../../models/metrics';
import { DAILY_SERIES, SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication, type ReplicationResult } from '../../models/replication';
import { ROLES } from '../../models/roles';
import { resolveScenario } from '../../scenarios/resolve';
import { costsField } from '../../scenarios/schema';
import type { NumberField } from '../../sim/params/fields';
import { parameterLabel } from '../../viz/specs/readableNames';
import type { Overrides } from './helpers';

// costs.roleSalaryFactor (models/costs.ts): a worker's pay in the cost is their role's multiple of
// costs.salary, for replacing a leaver, absence, shadowing, vacant and added seats and a raise; float
// staff have no role. Cost does not feed back into the model, so nothing else moves.

const DAYS = 365;
const REPS = 2;

/** The levers whose costs count a worker's pay, all in use, with every pay-priced share set. */
const PAY_PRICED: Overrides = [
  ['days', DAYS],
  ['policy.grief.leaveDays', 3],
  ['policy.compensation.payRaise', 0.1],
  ['policy.training.shadowingDays', 10],
  ['policy.staffing.extraSeatShare', 0.2],
  ['policy.staffing.floatPool', 0.05],
  ['costs.shadowingDayWageShare', 0.5],
  ['costs.ptoDayWageShare', 0.5],
  ['costs.vacantSalarySaved', 0.8],
];

function runs(overrides: Overrides): ReplicationResult[] {
  const params = modelParameters(resolveScenario({ overrides: [...PAY_PRICED, ...overrides] }));
  return Array.from({ length: REPS }, (_, replication) => runReplication(params, { seed: 7, point: 0, replication }));
}

const at = (run: ReplicationResult, day: number, name: SeriesName) => run.record[day * SERIES_COUNT + SERIES[name]];
const total = (list: ReplicationResult[], name: SeriesName) => list.reduce((sum, run) => sum + Array.from({ length: DAYS }, (_, d) => at(run, d, name)).reduce((a, b) => a + b, 0), 0);

const COST_SERIES: readonly SeriesName[] = ['cost', ...COST_PARTS.map((p) => p.series)];
const COST_METRICS: readonly MetricName[] = ['costPerWorkerYear', 'teamCostPerYear', ...COST_PARTS.map((p) => p.metric)];

describe('salaries per role (costs.roleSalaryFactor)', () => {
  const base = runs([]);
  const police = ROLES.indexOf('police');

  it('a lower factor for one role lowers only the cost: every other daily series and metric, separations included, is unchanged bit for bit', () => {
    const lower = runs([['costs.roleSalaryFactor.police', 0.5]]);
    for (const [r, run] of lower.entries()) {
      for (const d of DAILY_SERIES.filter((s) => !COST_SERIES.includes(s.name))) {
        for (let day = 0; day < DAYS; day++) expect(Object.is(at(run, day, d.name), at(base[r], day, d.name)), `${d.name} day ${day}`).toBe(true);
      }
      for (const m of METRIC_NAMES.filter((m) => !COST_METRICS.includes(m))) expect(run.metrics[m], m).toBe(base[r].metrics[m]);
      expect(run.world.separations.role).toEqual(base[r].world.separations.role);
    }
    for (const part of ['payCost', 'programmeCost', 'staffingCost', 'turnoverCost', 'absenceCost'] as const) expect(total(lower, part), part).toBeLessThan(total(base, part));
    // A saving: fewer dollars saved when the vacant seats are paid less.
    expect(total(lower, 'vacancyCost')).toBeGreaterThan(total(base, 'vacancyCost'));
    expect(total(lower, 'sessionCost')).toBe(total(base, 'sessionCost'));
  });

  it("a leaver's replacement is charged at the leaver's role's salary: half a salary less for each police leaver at factor 0.5, the same for the others", () => {
    const lower = runs([['costs.roleSalaryFactor.police', 0.5]]);
    const { salary, replacementCostFraction } = resolveScenario().costs;
    let policeLeavers = 0;
    let otherLeavers = 0;
    for (const [r, run] of lower.entries()) {
      const log = base[r].world.separations;
      for (let day = 0; day < DAYS; day++) {
        const leavers = log.day.map((d, k) => (d === day ? log.role[k] : -1)).filter((role) => role >= 0);
        const policeToday = leavers.filter((role) => role === police).length;
        policeLeavers += policeToday;
        otherLeavers += leavers.length - policeToday;
        const saved = at(base[r], day, 'turnoverCost') - at(run, day, 'turnoverCost');
        expect(saved, `day ${day}`).toBeCloseTo(0.5 * policeToday * replacementCostFraction * salary, 6);
      }
    }
    expect(policeLeavers, 'the fixture has police leavers').toBeGreaterThan(0);
    expect(otherLeavers, 'and leavers of other roles').toBeGreaterThan(0);
  });

  it('every role at 0.8 is costs.salary at 0.8 of itself for every part, but float staff, who have no role and stay at costs.salary', () => {
    const { salary, floatPremium } = resolveScenario().costs;
    const everyRole = runs(ROLES.map((r) => [`costs.roleSalaryFactor.${r}`, 0.8] as const));
    const lowerSalary = runs([['costs.salary', 0.8 * salary]]);
    const floatStaff = modelParameters(resolveScenario({ overrides: PAY_PRICED })).floatStaff;
    expect(floatStaff, 'the fixture has float staff').toBeGreaterThan(0);
    for (const [r, run] of everyRole.entries()) {
      for (let day = 0; day < DAYS; day++) {
        for (const part of ['payCost', 'programmeCost', 'turnoverCost', 'absenceCost', 'vacancyCost'] as const) {
          expect(at(run, day, part), `${part} day ${day}`).toBeCloseTo(at(lowerSalary[r], day, part), 6);
        }
        const floatAtFullSalary = (floatStaff * 0.2 * salary * floatPremium) / 365;
        expect(at(run, day, 'staffingCost') - at(lowerSalary[r], day, 'staffingCost'), `staffingCost day ${day}`).toBeCloseTo(floatAtFullSalary, 6);
      }
    }
    for (const part of ['programmeCost', 'turnoverCost', 'absenceCost'] as const) expect(total(everyRole, part), `the fixture charges ${part}`).toBeGreaterThan(0);
  });

  it('a pay raise is charged as a share of each worker own salary: the raise part of the pay cost scales with the factors, benefits do not', () => {
    const withBenefits: Overrides = [['policy.compensation.benefits', 1]];
    const { salary } = resolveScenario().costs;
    const full = runs(withBenefits);
    const lower = runs([...withBenefits, ...ROLES.map((r) => [`costs.roleSalaryFactor.${r}`, 0.6] as const)]);
    for (const [r, run] of lower.entries()) {
      for (let day = 0; day < DAYS; day++) {
        const raiseAtFullSalary = (at(run, day, 'headcount') * 0.1 * salary) / 365;
        expect(at(full[r], day, 'payCost') - at(run, day, 'payCost'), `day ${day}`).toBeCloseTo(0.4 * raiseAtFullSalary, 6);
      }
    }
    expect(total(lower, 'payCost')).toBeGreaterThan(0);
  });
});

describe('salaries per role at their default (every factor 1)', () => {
  it('leave every cost part of every pay-priced lever what it was before the field existed, bit for bit (golden, seed 7)', () => {
    const [run] = runs([]);
    const parts = Object.fromEntries(COST_METRICS.map((m) => [m, String(run.metrics[m])]));
    expect(parts).toMatchInlineSnapshot(`
      {
        "absenceCostPerWorkerYear": "4997.584836441446",
        "costPerWorkerYear": "26606.202996025717",
        "payCostPerWorkerYear": "7899.999999999988",
        "programmeCostPerWorkerYear": "329.5628248242127",
        "sessionCostPerWorkerYear": "4.017120146744115",
        "staffingCostPerWorkerYear": "12925.084072149171",
        "teamCostPerYear": "1192176.5753424673",
        "turnoverCostPerWorkerYear": "1620.238459186793",
        "vacancyCostPerWorkerYear": "-1170.284316722712",
      }
    `);
  });
});

describe('the words for the costs a role salary pays', () => {
  const doc = (name: string) => (costsField.properties[name as keyof typeof costsField.properties] as NumberField).doc;
  const counts = (series: SeriesName) => COST_PARTS.find((p) => p.series === series)!.counts;

  it("say whose salary: the leaver's for a replacement, the absent worker's for absence (they said 'a share of a salary', 'a day's pay')", () => {
    expect(counts('turnoverCost')).toBe("each leaver's replacement cost (a share of the leaver's salary)");
    expect(counts('absenceCost')).toBe("sick days and grief-leave days at the absent worker's day's pay, and paid time off at its share of it");
  });

  it('costs.salary, the replacement share and the float premium say how the role factors enter, with their chart names unchanged', () => {
    expect(doc('salary')).toContain("each role's is this times its costs.roleSalaryFactor (1, this salary, by default), float staff's this times costs.floatPremium.");
    expect(doc('replacementCostFraction')).toContain("The salary is the leaver's: costs.salary times the leaver's role's costs.roleSalaryFactor.");
    expect(doc('floatPremium')).toContain('The salary is costs.salary: the float pool has no role, so no costs.roleSalaryFactor.');
    expect(['costs.salary', 'costs.replacementCostFraction', 'costs.floatPremium'].map(parameterLabel)).toEqual([
      'Annual salary of a worker, for costs only ($/year)',
      'Cost of replacing a leaver as a share of salary',
      'Float staff cost as a multiple of salary',
    ]);
  });
});
