import { describe, expect, it } from 'vitest';
import { LEVER_PRICES, unpricedLevers, unpricedSentence } from '../../models/leverPrices';
import { resolveScenario } from '../../scenarios/resolve';
import { costsField } from '../../scenarios/schema';
import { outcome, type Overrides } from './helpers';

// The prices of MODEL.md §5 that default to 0 (no seed gives them): each charges what its lever
// uses, only when the lever is used, and changes nothing but the cost.

const DAYS = 365;
const run = (overrides: Overrides) => outcome(overrides, { reps: 2, days: DAYS });
const wage = 55000 / ((365 / 7) * 5); // a day's pay at the default salary and working week
/** A total over the run (replications pooled), per worker-year in post (the unit of costPerWorkerYear). */
const perWorkerYear = (o: ReturnType<typeof run>, total: number) => total / ((o.series('headcount') * DAYS) / 365);

describe('lever prices (§5)', () => {
  it('supervisor affirmation costs its price per worker-year, scaled by its level, and changes nothing else', () => {
    const free = run([['policy.supervision.affirmation', 0.7]]);
    const priced = run([['policy.supervision.affirmation', 0.7], ['costs.affirmation', 1000]]);
    expect(priced.metric('costPerWorkerYear') - free.metric('costPerWorkerYear')).toBeCloseTo(700, 6);
    expect(priced.metric('proqolBO')).toBe(free.metric('proqolBO'));
    expect(priced.metric('turnoverPerYear')).toBe(free.metric('turnoverPerYear'));
  });

  it('supervision quality adds its price, scaled by the quality, to each session costed', () => {
    for (const mode of ['opt-in', 'opt-out']) {
      const noSessionCost = run([['policy.supervision.mode', mode], ['costs.supervisionSession', 0]]);
      const sessionCost = run([['policy.supervision.mode', mode]]); // 90 a session
      const premium = run([['policy.supervision.mode', mode], ['costs.supervisionSession', 0], ['costs.supervisionQuality', 90]]);
      const perSession = sessionCost.metric('costPerWorkerYear') - noSessionCost.metric('costPerWorkerYear');
      expect(perSession).toBeGreaterThan(0);
      expect(premium.metric('costPerWorkerYear') - noSessionCost.metric('costPerWorkerYear')).toBeCloseTo(0.6 * perSession, 6); // default quality 0.6
    }
    const none = run([['policy.supervision.mode', 'none']]);
    expect(run([['policy.supervision.mode', 'none'], ['costs.supervisionQuality', 500]]).metric('costPerWorkerYear')).toBe(none.metric('costPerWorkerYear'));
  });

  it('paid time off costs its share of a day\'s pay for each workday taken off, and nothing without paid time off', () => {
    const free = run([]);
    const backfilled = run([['costs.ptoDayWageShare', 1]]);
    // Leave days the series counts include days off; about 5 in 7 of them are workdays.
    const expected = perWorkerYear(free, free.series('onLeave') * DAYS * (5 / 7) * wage);
    const extra = backfilled.metric('costPerWorkerYear') - free.metric('costPerWorkerYear');
    expect(extra).toBeGreaterThan(0.8 * expected);
    expect(extra).toBeLessThan(1.2 * expected);
    expect(run([['costs.ptoDayWageShare', 0.5]]).metric('costPerWorkerYear') - free.metric('costPerWorkerYear')).toBeCloseTo(extra / 2, 6);
    expect(backfilled.metric('proqolBO')).toBe(free.metric('proqolBO'));
    // Without a warm-up: after one (under the status quo's leave), leave already taken on day 0 runs on.
    const noPto = run([['policy.compensation.ptoDaysPerYear', 0], ['population.warmUpDays', 0]]);
    expect(run([['policy.compensation.ptoDaysPerYear', 0], ['population.warmUpDays', 0], ['costs.ptoDayWageShare', 1]]).metric('costPerWorkerYear')).toBe(noPto.metric('costPerWorkerYear'));
  });

  it('shadowing costs its share of a day\'s pay for each shadowing day of each hire, charged when the hire starts', () => {
    const free = run([['policy.training.shadowingDays', 10]]);
    const priced = run([['policy.training.shadowingDays', 10], ['costs.shadowingDayWageShare', 1]]);
    expect(free.series('hires')).toBeGreaterThan(0);
    const expected = perWorkerYear(free, free.series('hires') * DAYS * 10 * wage);
    // Within 1%: the metric averages each replication's own cost per worker-year.
    expect((priced.metric('costPerWorkerYear') - free.metric('costPerWorkerYear')) / expected).toBeCloseTo(1, 2);
    expect(priced.metric('proqolSTS')).toBe(free.metric('proqolSTS'));
    const none = run([]);
    expect(run([['costs.shadowingDayWageShare', 1]]).metric('costPerWorkerYear')).toBe(none.metric('costPerWorkerYear'));
  });

  it('every lever price names a policy field and a costs field of the schema', () => {
    const scenario = resolveScenario({});
    for (const [lever, price] of LEVER_PRICES) {
      const [, group, field] = lever.split('.');
      expect((scenario.policy as unknown as Record<string, Record<string, unknown>>)[group][field], lever).toBeDefined();
      expect(Object.keys(costsField.properties), price).toContain(price.slice('costs.'.length));
    }
  });
});

describe('unpricedLevers', () => {
  const packages = (...ids: string[]) => ids.map((policy) => resolveScenario({ policy }));

  it('names the levers the packages set differently whose price is 0', () => {
    expect(unpricedLevers(packages('status-quo', 'multi-level'))).toEqual([
      { lever: 'policy.supervision.affirmation', price: 'costs.affirmation', setBy: ['multi-level'] },
      { lever: 'policy.training.shadowingDays', price: 'costs.shadowingDayWageShare', setBy: ['multi-level'] },
    ]);
  });

  it('says which arms set them differently from the first, or that scheduled changes do', () => {
    const three = unpricedLevers(packages('status-quo', 'opt-out-support', 'multi-level'));
    expect(three.map((u) => [u.lever, u.setBy])).toEqual([
      ['policy.supervision.quality', ['opt-out-support']],
      ['policy.supervision.affirmation', ['multi-level']],
      ['policy.training.shadowingDays', ['multi-level']],
    ]);
    expect(unpricedSentence(three, 'status-quo')).toBe(
      'Cost per worker-year counts nothing for policy.supervision.quality, policy.supervision.affirmation and policy.training.shadowingDays, which opt-out-support and multi-level set differently from status-quo: their prices (costs.supervisionQuality, costs.affirmation and costs.shadowingDayWageShare) are 0 (the default, as none of the seed studies gives a price)',
    );
    const changed = resolveScenario({ overrides: [['changes', [{ day: 100, set: { 'policy.compensation.ptoDaysPerYear': 25 } }]]] });
    expect(unpricedSentence(unpricedLevers([changed]), 'status-quo')).toBe(
      'Cost per worker-year counts nothing for policy.compensation.ptoDaysPerYear, which the scheduled changes set differently: its price, costs.ptoDayWageShare, is 0 (the default, as none of the seed studies gives a price)',
    );
  });

  it('names none once those levers are priced, or when every arm sets them alike', () => {
    const priced = (policy: string) => resolveScenario({ policy, overrides: [['costs.affirmation', 300], ['costs.shadowingDayWageShare', 0.5]] });
    expect(unpricedLevers([priced('status-quo'), priced('multi-level')])).toEqual([]);
    expect(unpricedLevers(packages('status-quo', 'status-quo'))).toEqual([]);
    expect(unpricedLevers(packages('multi-level'))).toEqual([]);
  });

  it('names a lever with two prices once', () => {
    const free = (mode: string) => resolveScenario({ overrides: [['policy.debrief.mode', mode], ['costs.singleSessionDebrief', 0], ['costs.ongoingProcessing', 0]] });
    // Named with the price that charges the modes run: ongoing processing's, not the single-session debrief's.
    expect(unpricedLevers([free('none'), free('ongoing')])).toEqual([{ lever: 'policy.debrief.mode', price: 'costs.ongoingProcessing', setBy: ['status-quo'] }]);
    expect(unpricedLevers([free('none'), free('single-session')])).toEqual([{ lever: 'policy.debrief.mode', price: 'costs.singleSessionDebrief', setBy: ['status-quo'] }]);
    // A free single-session debrief is nothing to arms that do not run one.
    const singleFree = (mode: string) => resolveScenario({ overrides: [['policy.debrief.mode', mode], ['costs.singleSessionDebrief', 0]] });
    expect(unpricedLevers([singleFree('none'), singleFree('ongoing')])).toEqual([]);
  });

  it('names a lever a scheduled change sets in a single run', () => {
    const changed = resolveScenario({ overrides: [['changes', [{ day: 100, set: { 'policy.compensation.ptoDaysPerYear': 25 } }]]] });
    expect(unpricedLevers([changed])).toEqual([{ lever: 'policy.compensation.ptoDaysPerYear', price: 'costs.ptoDayWageShare', setBy: [] }]);
  });

  it('names none for scenarios saved before a price existed (the field is missing, not 0)', () => {
    const [a, b] = packages('status-quo', 'multi-level').map((s) => ({ ...s, costs: { ...s.costs, affirmation: undefined, shadowingDayWageShare: undefined } }));
    expect(unpricedLevers([a, b] as never)).toEqual([]);
  });
});
