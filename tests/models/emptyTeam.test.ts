import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../models/ensemble';
import { METRIC_NAMES, OUTCOME_WINDOW_DAYS, replicationMetrics } from '../../models/metrics';
import { DAILY_SERIES, SERIES, SERIES_COUNT, TEAM_STATE_SERIES } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { resolveScenario } from '../../scenarios/resolve';

// A team with nobody in post on some days (a one-seat team waiting months to refill its seat):
// there is nobody to score on those days, so the team's scores must not count them as 0.

const days = 730;
const oneSeat = resolveScenario({ overrides: [['days', days], ['population.seats', 1], ['policy.staffing.hiringDelayDays', 120], ['community.overdoseBurden', 3]] });
const value = (record: Float64Array, day: number, series: number) => record[day * SERIES_COUNT + series];

describe('a team with nobody in post', () => {
  const params = modelParameters(oneSeat);
  const reps = Array.from({ length: 60 }, (_, replication) => runReplication(params, { seed: 1, point: 0, replication }));
  const emptyDays = (record: Float64Array) => Array.from({ length: days }, (_, d) => d).filter((d) => value(record, d, SERIES.headcount) === 0);

  it('records no team state on a day nobody is in post (NaN), no care quality on a day without contacts, and every other series as a number', () => {
    const withGaps = reps.filter((r) => emptyDays(r.record).length > 0);
    expect(withGaps.length, 'the fixture has empty days').toBeGreaterThan(2);
    let withoutContacts = 0;
    for (const r of withGaps) {
      for (let d = 0; d < days; d++) {
        const empty = value(r.record, d, SERIES.headcount) === 0;
        const noContacts = value(r.record, d, SERIES.contacts) === 0;
        if (noContacts) withoutContacts++;
        DAILY_SERIES.forEach((s, i) => {
          const x = value(r.record, d, i);
          if ((empty && TEAM_STATE_SERIES.has(s.name)) || (noContacts && s.name === 'careQuality')) expect(x, `${s.name} on day ${d}`).toBeNaN();
          else expect(Number.isFinite(x), `${s.name} on day ${d}`).toBe(true);
        });
      }
    }
    // Care quality is per contact: a day without any (nobody in post) has none to average, not a quality of 0.
    expect(withoutContacts, 'the fixture has days without contacts').toBeGreaterThan(0);
    // The team-state series are the means, spreads and shares over staff in post, nothing else.
    expect([...TEAM_STATE_SERIES]).toContain('proqolBO');
    expect([...TEAM_STATE_SERIES]).toContain('burnoutSd');
    expect([...TEAM_STATE_SERIES]).not.toContain('headcount');
    expect([...TEAM_STATE_SERIES]).not.toContain('careQuality');
  });

  it("scores the team over the last 90 days' days with anyone in post: never below the scale's 10 from a day nobody was there", () => {
    let partial = 0;
    for (const r of reps) {
      const window = Array.from({ length: OUTCOME_WINDOW_DAYS }, (_, k) => days - OUTCOME_WINDOW_DAYS + k).filter((d) => value(r.record, d, SERIES.headcount) > 0);
      if (window.length < OUTCOME_WINDOW_DAYS && window.length > 0) partial++;
      for (const [metric, series] of [['proqolCS', SERIES.proqolCS], ['proqolBO', SERIES.proqolBO], ['proqolSTS', SERIES.proqolSTS], ['cf', SERIES.cf]] as const) {
        const expected = window.length > 0 ? window.reduce((sum, d) => sum + value(r.record, d, series), 0) / window.length : NaN;
        if (window.length === 0) expect(r.metrics[metric]).toBeNaN();
        else expect(r.metrics[metric], metric).toBeCloseTo(expected, 10);
      }
      for (const metric of ['proqolCS', 'proqolBO', 'proqolSTS'] as const) if (!Number.isNaN(r.metrics[metric])) expect(r.metrics[metric]).toBeGreaterThanOrEqual(10);
    }
    expect(partial, 'some replications had a window partly empty').toBeGreaterThan(0);
    // Across replications, the scores' 90% range stays on the ProQOL scale.
    const outcome = runEnsemble(oneSeat, { seed: 1, reps: 12 });
    for (const metric of ['proqolCS', 'proqolBO', 'proqolSTS'] as const) {
      expect(outcome.metrics[metric].p05, metric).toBeGreaterThanOrEqual(10);
      expect(outcome.metrics[metric].p95, metric).toBeLessThanOrEqual(50);
    }
  });

  it('gives no value (NaN) for what had nothing to measure: team scores without a day in post in the window, rates per worker-year without a worker-day', () => {
    const span = 200;
    const record = new Float64Array(span * SERIES_COUNT);
    // Nobody in post at any time, one funded seat vacant: team states NaN, the vacancy saving a cost.
    for (let d = 0; d < span; d++) {
      for (const name of TEAM_STATE_SERIES) record[d * SERIES_COUNT + SERIES[name]] = NaN;
      record[d * SERIES_COUNT + SERIES.vacancies] = 1;
      record[d * SERIES_COUNT + SERIES.demand] = 2;
      record[d * SERIES_COUNT + SERIES.unmetDemand] = 2;
      record[d * SERIES_COUNT + SERIES.cost] = -150;
      record[d * SERIES_COUNT + SERIES.vacancyCost] = -150;
    }
    const m = replicationMetrics(record, span);
    const none = METRIC_NAMES.filter((name) => Number.isNaN(m[name]));
    expect(none).toEqual(
      expect.arrayContaining(['proqolCS', 'proqolBO', 'proqolSTS', 'highSTSShare', 'highBOShare', 'lowCSShare', 'cf', 'numbing', 'traumaticMemories', 'turnoverPerYear', 'absenceRate', 'leaveDaysPerWorkerYear', 'careQuality', 'costPerWorkerYear', 'vacancyCostPerWorkerYear', 'clientDeathsPerWorkerYear']),
    );
    // What does not divide by staff in post keeps its value.
    expect(m.vacancyRate).toBe(1);
    expect(m.unmetDemandShare).toBe(1);
    expect(m.teamCostPerYear).toBeCloseTo(-150 * 365, 6);
    expect(m.supportUptake).toBe(0);
    expect(none).not.toContain('teamCostPerYear');
    // One staffed day in the window is enough for a score: that day's.
    record[(span - 1) * SERIES_COUNT + SERIES.proqolBO] = 23;
    record[(span - 1) * SERIES_COUNT + SERIES.headcount] = 1;
    expect(replicationMetrics(record, span).proqolBO).toBe(23);
  });
});
