import { describe, expect, it } from 'vitest';
import { calibrateField, type FieldCalibrationRequest } from '../../models/fieldCalibration';
import { runEnsemble } from '../../models/ensemble';
import { resolveScenario } from '../../scenarios/resolve';

// Matching a field to a figure: the value found gives the figure's mean (as a run with that value
// does), a higher figure needs more of a field that raises the metric, and a figure out of the
// range's reach is said to be, with the means at its ends.

const SMALL = [['population.seats', 8], ['days', 240]] as const;
const request = (target: number, range: readonly [number, number] = [3, 12]): FieldCalibrationRequest => ({
  scenarioAt: (value) => resolveScenario({ population: 'ct-harm-reduction', overrides: [...SMALL, ['community.demandPerSeat', value]] }),
  metric: 'proqolBO',
  target,
  range,
  seed: 3,
  reps: 6,
  halvings: 30,
});

describe('calibrateField', async () => {
  const matched = await calibrateField(request(24));

  it('finds a value whose mean meets the figure, as a run with that value gives it, within its matching values', () => {
    if (matched.kind !== 'matched') throw new Error(matched.kind);
    const run = runEnsemble(request(24).scenarioAt(matched.value), { seed: 3, reps: 6 }).metrics.proqolBO;
    expect(matched.achieved.mean).toBe(run.mean);
    expect(Math.abs(run.mean - 24)).toBeLessThan(0.5);
    expect(matched.matching.low).toBeLessThan(matched.value);
    expect(matched.matching.high).toBeGreaterThan(matched.value);
    expect(String(matched.value).replace(/^0\.0*|\./g, '').length).toBeLessThanOrEqual(3);
  });

  it('needs more caseload for a higher burnout, and runs the same values again for the same request', async () => {
    const higher = await calibrateField(request(27));
    if (matched.kind !== 'matched' || higher.kind !== 'matched') throw new Error('not matched');
    expect(higher.value).toBeGreaterThan(matched.value);
    expect(await calibrateField(request(24))).toEqual(matched);
  });

  it('says a metric the field does not move, at the figure at both ends, is unmoved, and a range too wide for the halvings is unsettled', async () => {
    // No staff leave in one day whatever the caseload: every value matches, and none is given.
    const oneDay = { ...request(0), metric: 'turnoverPerYear' as const, scenarioAt: (value: number) => resolveScenario({ population: 'ct-harm-reduction', overrides: [['population.seats', 8], ['days', 1], ['community.demandPerSeat', value]] }) };
    expect(await calibrateField(oneDay)).toMatchObject({ kind: 'unmoved' });
    const wide = await calibrateField({ ...request(24, [0, 100]), halvings: 3 });
    expect(wide.kind).toBe('unsettled');
    expect(wide.steps).toHaveLength(5);
  });

  it('counts only the replications that gave the metric a value in its standard error', async () => {
    // One seat that nobody fills for most of the run: some replications have nobody in post in the last 90 days.
    const empty = { ...request(30, [1, 20]), scenarioAt: (value: number) => resolveScenario({ population: 'ct-harm-reduction', overrides: [['population.seats', 1], ['days', 400], ['practice.staffing.hiringDelayDays', 300], ['community.demandPerSeat', value]] }), reps: 12 };
    const result = await calibrateField(empty);
    const short = result.steps.filter((s) => s.measured < 12);
    expect(short.length).toBeGreaterThan(0);
    for (const step of short) {
      const values: number[] = [];
      runEnsemble(empty.scenarioAt(step.value), { seed: 3, reps: 12, onReplication: (r) => Number.isFinite(r.metrics.proqolBO) && values.push(r.metrics.proqolBO) });
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
      expect(step.measured).toBe(values.length);
      expect(step.se).toBeCloseTo(sd / Math.sqrt(values.length), 10);
    }
  });

  it("says a figure the range's ends do not bracket is out of range, having run only the ends", async () => {
    const out = await calibrateField(request(24, [3, 4]));
    expect(out.kind).toBe('out of range');
    expect(out.steps.map((s) => s.value)).toEqual([3, 4]);
    expect(out.steps.every((s) => s.mean < 24)).toBe(true);
  });
});

describe('calibrateField with replications run elsewhere', () => {
  it('takes each value\'s replications from the runner it is given, in replication order, and matches as in this thread', async () => {
    const asked: { value: number; seed: number; reps: number }[] = [];
    const here = await calibrateField(request(24));
    const elsewhere = await calibrateField({
      ...request(24),
      replications: async (scenario, seed, reps) => {
        asked.push({ value: scenario.community.demandPerSeat, seed, reps });
        const values = new Float64Array(reps);
        runEnsemble(scenario, { seed, reps, onReplication: (r, rep) => (values[rep] = r.metrics.proqolBO) });
        return values;
      },
    });
    expect(elsewhere).toEqual(here);
    expect(asked.map((a) => a.value)).toEqual(here.steps.map((s) => s.value));
    expect(asked.every((a) => a.seed === 3 && a.reps === 6)).toBe(true);
  });
});

describe('calibrateField where a value between the ends has nothing to measure', () => {
  it('stops there and says so, instead of halving on towards a value with no mean', async () => {
    // A stand-in runner: the metric has no value in any replication between 5 and 8.
    const result = await calibrateField({
      ...request(24),
      replications: async (scenario, _seed, reps) => {
        const x = scenario.community.demandPerSeat;
        return new Float64Array(reps).fill(x > 5 && x < 8 ? NaN : 20 + x / 2);
      },
    });
    expect(result.kind).toBe('unmeasured');
    if (result.kind !== 'unmeasured') return;
    expect(result.at.value).toBe(7.5);
    expect(result.at.measured).toBe(0);
    expect(result.steps.map((s) => s.value)).toEqual([3, 12, 7.5]);
  });

  it('gives no value where the one found has nothing to measure, rather than a match with no mean', async () => {
    const result = await calibrateField({
      ...request(24),
      replications: async (scenario, _seed, reps) => {
        const x = scenario.community.demandPerSeat;
        return new Float64Array(reps).fill(x === 8 ? NaN : 20 + x / 2);
      },
    });
    expect(result.kind).toBe('unmeasured');
    if (result.kind === 'unmeasured') expect(result.at.value).toBe(8);
  });
});
