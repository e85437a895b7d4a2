import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../models/costParts';
import { METRIC_NAMES, type MetricName } from '../../models/metrics';
import { DAILY_SERIES, SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication, type ReplicationResult } from '../../models/replication';
import { ROLES } from '../../models/roles';
import { stepDay } from '../../models/step';
import { TALLY } from '../../models/tally';
import { startWorld } from '../../models/warmUp';
import { STATUS } from '../../models/workforce';
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
        "absenceCostPerWorkerYear": "5117.6398654845525",
        "costPerWorkerYear": "26726.25802506882",
        "payCostPerWorkerYear": "7899.999999999988",
        "programmeCostPerWorkerYear": "329.5628248242127",
        "sessionCostPerWorkerYear": "4.017120146744115",
        "staffingCostPerWorkerYear": "12925.084072149171",
        "teamCostPerYear": "1197556.0273972617",
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
    const series = (name: SeriesName) => DAILY_SERIES.find((s) => s.name === name)!.doc;
    expect(series('absenceCost')).toBe("Part of cost: sick and grief-leave days at the absent worker's day's pay, paid time off at its share of it.");
    expect(series('turnoverCost')).toBe("Part of cost: replacement cost of today's leavers, each a share of the leaver's salary.");
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

describe('salaries per role, worker by worker (a mixed team, day by day)', () => {
  // Factors that differ by role, so a cost charged at the wrong worker's or seat's role, which a
  // uniform factor would hide, is off. Grief leave and paid time off priced at 0: absence is sick days alone.
  const mixed: Overrides = [
    ['days', 150],
    ['policy.training.shadowingDays', 10],
    ['policy.staffing.extraSeatShare', 0.2],
    ['policy.staffing.floatPool', 0.05],
    ['policy.compensation.payRaise', 0.1],
    ['costs.shadowingDayWageShare', 0.5],
    ['costs.vacantSalarySaved', 0.8],
    ['costs.ptoDayWageShare', 0],
    ['costs.roleSalaryFactor.police', 0.5],
    ['costs.roleSalaryFactor.recovery-coach', 1.3],
    ['costs.roleSalaryFactor.program-manager', 2],
    ['costs.roleSalaryFactor.harm-reduction', 0.8],
  ];

  it('charges each sick day, leaver, hire\'s shadowing, vacant and added seat and raise at that worker\'s or seat\'s own role salary', () => {
    const p = modelParameters(resolveScenario({ overrides: mixed }));
    const k = p.scenario.costs;
    const wage = k.salary / ((365 / 7) * p.workdaysPerWeek);
    const world = startWorld(p, { seed: 3, point: 0, replication: 0 }, { journal: true });
    const { w } = world;
    const f = (seat: number) => p.salaryFactor[w.role[seat]];
    const seen = { n: 0 };
    // The seats the package adds are filled before day 0 and charged with day 0's hires.
    let pending = world.journal!.since(0);
    seen.n = pending.length;
    const counted = { sick: 0, leavers: 0, hires: 0, vacantDays: 0 };
    for (let day = 0; day < p.days; day++) {
      stepDay(world);
      const fresh = world.journal!.since(seen.n);
      seen.n += fresh.length;
      const today = [...pending, ...fresh];
      pending = [];
      const sum = (kind: string) => today.filter((e) => e.kind === kind).reduce((a, e) => a + f(e.seat), 0);
      counted.sick += today.filter((e) => e.kind === 'sick').length;
      counted.leavers += today.filter((e) => e.kind === 'separation').length;
      counted.hires += today.filter((e) => e.kind === 'hire').length;
      let filled = 0;
      let headcount = 0;
      let added = 0;
      let vacant = 0;
      for (let i = 0; i < w.size; i++) {
        if (w.status[i] === STATUS.vacant) {
          if (i < p.baseSeats) vacant += f(i);
          continue;
        }
        filled += f(i);
        headcount++;
        if (i >= p.baseSeats) added += f(i);
      }
      if (vacant > 0) counted.vacantDays++;
      const t = world.today;
      expect(t[TALLY.absenceCost], `absence day ${day}`).toBeCloseTo(sum('sick') * wage, 6);
      expect(t[TALLY.turnoverCost], `turnover day ${day}`).toBeCloseTo(sum('separation') * k.replacementCostFraction * k.salary, 6);
      expect(t[TALLY.programmeCost], `shadowing day ${day}`).toBeCloseTo(headcount * p.dailyProgrammeCost + sum('hire') * p.shadowingDays * wage * k.shadowingDayWageShare, 6);
      expect(t[TALLY.vacancyCost], `vacancy day ${day}`).toBeCloseTo((-vacant * k.salary * k.vacantSalarySaved) / 365, 6);
      expect(t[TALLY.staffingCost], `added seats day ${day}`).toBeCloseTo((added * k.salary) / 365 + (p.floatStaff * k.salary * k.floatPremium) / 365, 6);
      expect(t[TALLY.payCost], `raise day ${day}`).toBeCloseTo(headcount * (p.dailyPayCost - p.dailyRaiseCost) + (filled * 0.1 * k.salary) / 365, 6);
    }
    // The fixture charges every part it checks.
    expect(counted.sick, 'sick days').toBeGreaterThan(0);
    expect(counted.leavers, 'leavers').toBeGreaterThan(0);
    expect(counted.hires, 'hires').toBeGreaterThan(0);
    expect(counted.vacantDays, 'days with vacant funded seats').toBeGreaterThan(0);
    expect(new Set(Array.from(w.role)).size, 'roles in the team').toBeGreaterThan(3);
  });
});
