import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../models/costParts';
import { METRIC_NAMES } from '../../models/metrics';
import { DAILY_SERIES, SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { resolveScenario } from '../../scenarios/resolve';
import { costsField } from '../../scenarios/schema';
import type { Overrides } from './helpers';

// The cost in seven parts (models/costParts.ts): each price is charged to its own part and to no
// other, and the parts add up to the cost every day.

const DAYS = 365;

/** Every priced lever in use, so that every price has something to charge. */
const EVERYTHING_ON: Overrides = [
  ['policy.supervision.mode', 'opt-out'],
  ['policy.supervision.affirmation', 0.7],
  ['policy.debrief.mode', 'single-session'],
  ['policy.grief.leaveDays', 3],
  ['policy.grief.checkIn', true],
  ['policy.compensation.payRaise', 0.1],
  ['policy.compensation.therapyAccess', 1],
  ['policy.compensation.benefits', 1],
  ['policy.training.traumaInformed', true],
  ['policy.training.boundarySetting', true],
  ['policy.training.deEscalation', true],
  ['policy.training.systemNavigation', true],
  ['policy.training.shadowingDays', 10],
  ['policy.peerSupport.cohesionActivities', true],
  ['policy.peerSupport.structuredPeerSupport', true],
  ['policy.peerSupport.livedExperienceSupport', true],
  ['policy.stigmaReduction.education', true],
  ['policy.stigmaReduction.socialContact', true],
  ['policy.resilience.mindfulness', true],
  ['policy.afterHours.phoneOff', true],
  ['policy.staffing.extraSeatShare', 0.1],
  ['policy.staffing.floatPool', 0.05],
];

/** Each price (a field of costs), the new value the test gives it, and the parts of the cost it is charged to. */
const PRICES: readonly { readonly price: string; readonly value: number; readonly parts: readonly SeriesName[]; readonly also?: Overrides }[] = [
  { price: 'salary', value: 60000, parts: ['payCost', 'staffingCost', 'turnoverCost', 'absenceCost', 'vacancyCost'] },
  // One role's pay moves what costs.salary moves but float staff, who have no role (tests/models/roleSalaries.test.ts).
  { price: 'roleSalaryFactor.police', value: 0.5, parts: ['payCost', 'staffingCost', 'turnoverCost', 'absenceCost', 'vacancyCost'] },
  { price: 'vacantSalarySaved', value: 0.5, parts: ['vacancyCost'] },
  { price: 'replacementCostFraction', value: 0.5, parts: ['turnoverCost'] },
  { price: 'supervisionSession', value: 120, parts: ['sessionCost'] },
  { price: 'supervisionQuality', value: 50, parts: ['sessionCost'] },
  { price: 'affirmation', value: 300, parts: ['programmeCost'] },
  { price: 'singleSessionDebrief', value: 80, parts: ['sessionCost'] },
  { price: 'ongoingProcessing', value: 2000, parts: ['programmeCost'], also: [['policy.debrief.mode', 'ongoing']] },
  { price: 'griefCheckIn', value: 70, parts: ['sessionCost'] },
  { price: 'therapyAccess', value: 1500, parts: ['payCost'] },
  { price: 'benefits', value: 7000, parts: ['payCost'] },
  { price: 'ptoDayWageShare', value: 0.5, parts: ['absenceCost'] },
  { price: 'griefLeaveDayWageShare', value: 0.5, parts: ['absenceCost'] },
  { price: 'trainingCourse', value: 400, parts: ['programmeCost'] },
  { price: 'shadowingDayWageShare', value: 0.5, parts: ['programmeCost'] },
  { price: 'cohesionActivities', value: 500, parts: ['programmeCost'] },
  { price: 'structuredPeerSupport', value: 900, parts: ['programmeCost'] },
  { price: 'livedExperienceSupport', value: 700, parts: ['programmeCost'] },
  { price: 'stigmaEducation', value: 400, parts: ['programmeCost'] },
  { price: 'socialContact', value: 400, parts: ['programmeCost'] },
  { price: 'mindfulness', value: 500, parts: ['programmeCost'] },
  { price: 'phoneOff', value: 600, parts: ['programmeCost'] },
  { price: 'floatPremium', value: 1.3, parts: ['staffingCost'] },
];

function records(overrides: Overrides, reps = 1): Float64Array[] {
  const params = modelParameters(resolveScenario({ overrides: [['days', DAYS], ...EVERYTHING_ON, ...overrides] }));
  return Array.from({ length: reps }, (_, replication) => runReplication(params, { seed: 5, point: 0, replication }).record);
}

/** The series that differ between two runs' records (any day, any replication), in DAILY_SERIES order. */
function differing(a: Float64Array[], b: Float64Array[]): SeriesName[] {
  return DAILY_SERIES.filter((_, s) => a.some((record, r) => Array.from({ length: DAYS }, (_, d) => d * SERIES_COUNT + s).some((k) => !Object.is(record[k], b[r][k])))).map((d) => d.name);
}

describe('the parts of the cost (MODEL.md §5, models/costParts.ts)', () => {
  it('every price of the scenario is charged to a part', () => {
    // costs.discountRate is no price: it weighs the days in value for money (models/discounting.ts), and charges nothing.
    // costs.roleSalaryFactor is a group, one factor per role: one of them stands for all.
    expect(PRICES.map((p) => p.price.split('.')[0]).sort()).toEqual(Object.keys(costsField.properties).filter((k) => k !== 'discountRate').sort());
  });

  it('costs.discountRate changes no daily series: only value for money discounts', () => {
    expect(differing(records([]), records([['costs.discountRate', 0.1]]))).toEqual([]);
  });

  for (const { price, value, parts, also = [] } of PRICES) {
    it(`costs.${price} moves the cost through ${parts.join(', ')} and nothing else`, () => {
      const before = records(also);
      const after = records([...also, [`costs.${price}`, value]]);
      const order = (names: readonly SeriesName[]) => DAILY_SERIES.map((d) => d.name).filter((n) => names.includes(n));
      expect(differing(before, after)).toEqual(order(['cost', ...parts]));
    });
  }

  it('the parts add up to the cost, exactly, every day of every replication', () => {
    // The packages at default prices, and every lever in use with every price set (four default to 0).
    const scenarios = [
      ...['status-quo', 'multi-level'].map((policy) => resolveScenario({ policy, overrides: [['days', DAYS]] })),
      resolveScenario({ overrides: [['days', DAYS], ...EVERYTHING_ON, ...PRICES.map((p) => [`costs.${p.price}`, p.value] as const)] }),
    ];
    for (const [k, scenario] of scenarios.entries()) {
      const policy = `scenario ${k} (${scenario.policy.name})`;
      const params = modelParameters(scenario);
      for (let replication = 0; replication < 2; replication++) {
        const { record, metrics } = runReplication(params, { seed: 5, point: 0, replication });
        for (let d = 0; d < DAYS; d++) {
          const day = (name: SeriesName) => record[d * SERIES_COUNT + SERIES[name]];
          const sum = COST_PARTS.reduce((total, part) => total + day(part.series), 0);
          expect(sum, `${policy} ${replication} day ${d}`).toBe(day('cost'));
        }
        const parts = COST_PARTS.reduce((total, part) => total + metrics[part.metric], 0);
        expect(Math.abs(parts - metrics.costPerWorkerYear), policy).toBeLessThan(1e-9 * metrics.costPerWorkerYear);
        expect(metrics.costPerWorkerYear, 'the fixture has a cost').toBeGreaterThan(0);
      }
    }
  });

  it('with every lever in use every part is charged (the vacancy part as a saving); in the status quo replacing leavers and paid absence are over half the cost, and no added staff are charged', () => {
    const [record] = records([]);
    const total = (name: SeriesName) => Array.from({ length: DAYS }, (_, d) => record[d * SERIES_COUNT + SERIES[name]]).reduce((a, b) => a + b, 0);
    for (const part of COST_PARTS) {
      if (part.series === 'vacancyCost') expect(total(part.series)).toBeLessThan(0);
      else expect(total(part.series), part.series).toBeGreaterThan(0);
    }
    const params = modelParameters(resolveScenario({ policy: 'status-quo', overrides: [['days', DAYS]] }));
    const { metrics } = runReplication(params, { seed: 5, point: 0, replication: 0 });
    expect(metrics.turnoverCostPerWorkerYear + metrics.absenceCostPerWorkerYear).toBeGreaterThan(0.5 * metrics.costPerWorkerYear);
    expect(metrics.staffingCostPerWorkerYear).toBe(0);
  });

  it('a vacant funded seat saves its salary for each day it is empty (at costs.vacantSalarySaved of it); vacant added seats were never charged, so they save nothing', () => {
    for (const [share, extra] of [[1, 0], [0.4, 0], [1, 0.2]] as const) {
      const params = modelParameters(resolveScenario({ policy: 'status-quo', overrides: [['days', DAYS], ['costs.vacantSalarySaved', share], ['policy.staffing.extraSeatShare', extra]] }));
      const { record } = runReplication(params, { seed: 5, point: 0, replication: 0 });
      const salary = params.scenario.costs.salary;
      let vacantDays = 0;
      for (let d = 0; d < DAYS; d++) {
        const vacancyCost = record[d * SERIES_COUNT + SERIES.vacancyCost];
        const fundedVacant = -vacancyCost / ((salary * share) / 365);
        // Every seat is vacant or filled, and only the funded seats' vacancies are saved.
        expect(Math.abs(fundedVacant - Math.round(fundedVacant)), `day ${d}`).toBeLessThan(1e-6);
        expect(fundedVacant).toBeLessThanOrEqual(record[d * SERIES_COUNT + SERIES.vacancies] + 1e-6);
        if (extra === 0) expect(fundedVacant, `day ${d}`).toBeCloseTo(record[d * SERIES_COUNT + SERIES.vacancies], 6);
        vacantDays += fundedVacant;
      }
      expect(vacantDays, 'the fixture has vacancies').toBeGreaterThan(0);
    }
  });

  it('the whole team\'s yearly cost is the cost per worker-year times the mean headcount, and counts the staff a package adds', () => {
    const perPackage = ['status-quo', 'multi-level'].map((policy) => {
      const params = modelParameters(resolveScenario({ policy, overrides: [['days', DAYS]] }));
      const { record, metrics } = runReplication(params, { seed: 5, point: 0, replication: 0 });
      let headcountDays = 0;
      for (let d = 0; d < DAYS; d++) headcountDays += record[d * SERIES_COUNT + SERIES.headcount];
      const meanHeadcount = headcountDays / DAYS;
      expect(Math.abs(metrics.teamCostPerYear - metrics.costPerWorkerYear * meanHeadcount), policy).toBeLessThan(1e-9 * metrics.teamCostPerYear);
      return { metrics, meanHeadcount };
    });
    const [statusQuo, multiLevel] = perPackage;
    // multi-level adds 15% seats: its whole-team difference exceeds the per-worker difference times the status quo's headcount.
    expect(multiLevel.meanHeadcount).toBeGreaterThan(1.1 * statusQuo.meanHeadcount);
    expect(multiLevel.metrics.teamCostPerYear - statusQuo.metrics.teamCostPerYear).toBeGreaterThan(
      1.05 * (multiLevel.metrics.costPerWorkerYear - statusQuo.metrics.costPerWorkerYear) * statusQuo.meanHeadcount,
    );
  });

  it('supervision is charged per session booked under pre-booked (opt-out) supervision, kept or not, and per session held under opt-in, as the descriptions say', () => {
    const price = 120;
    for (const [mode, charged] of [['opt-out', 'supportOffered'], ['opt-in', 'supportAttended']] as const) {
      const [record] = records([['policy.supervision.mode', mode], ['policy.debrief.mode', 'none'], ['policy.grief.checkIn', false], ['costs.supervisionSession', price], ['costs.supervisionQuality', 0]]);
      let sessions = 0;
      let kept = 0;
      for (let d = 0; d < DAYS; d++) {
        const day = (name: SeriesName) => record[d * SERIES_COUNT + SERIES[name]];
        expect(day('sessionCost'), `${mode} day ${d}`).toBeCloseTo(day(charged) * price, 6);
        sessions += day('supportOffered');
        kept += day('supportAttended');
      }
      expect(kept, `${mode}: the fixture has sessions not kept`).toBeLessThan(sessions);
    }
    const described = [DAILY_SERIES.find((d) => d.name === 'sessionCost')!.doc, COST_PARTS.find((p) => p.series === 'sessionCost')!.counts];
    for (const text of described) expect(text).toMatch(/booked session, kept or not/);
  });

  it('each part is a daily series right after cost and a metric right after costPerWorkerYear, in the same order', () => {
    const series = DAILY_SERIES.map((d) => d.name as string);
    const after = (list: readonly string[], name: string) => list.slice(list.indexOf(name) + 1, list.indexOf(name) + 1 + COST_PARTS.length);
    expect(after(series, 'cost')).toEqual(COST_PARTS.map((p) => p.series));
    expect(after(METRIC_NAMES, 'costPerWorkerYear')).toEqual(COST_PARTS.map((p) => p.metric));
    for (const d of DAILY_SERIES.filter((d) => COST_PARTS.some((p) => p.series === d.name))) expect(d.unit).toBe('currency');
  });
});
