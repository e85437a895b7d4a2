import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../models/ensemble';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { createSimulation } from '../../models/simulation';
import { TALLY } from '../../models/tally';
import { resolveScenario } from '../../scenarios/resolve';
import { createWorld } from '../../models/world';
import { stepDay } from '../../models/step';

const scenario = (overrides: [string, unknown][] = [], policy?: string) => resolveScenario({ policy, overrides: [['days', 365], ...overrides] });
const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('determinism', () => {
  it('pins golden values for the default scenario, seed 1 (a change here means results changed)', () => {
    const out = runEnsemble(scenario(), { seed: 1, reps: 3 });
    const pinned = Object.fromEntries(['proqolCS', 'proqolBO', 'proqolSTS', 'turnoverPerYear', 'careQuality', 'costPerWorkerYear'].map((m) => [m, out.metrics[m as 'proqolCS'].mean.toPrecision(10)]));
    expect(pinned).toMatchInlineSnapshot(`
      {
        "careQuality": "0.5296125694",
        "costPerWorkerYear": "5603.279882",
        "proqolBO": "20.44536166",
        "proqolCS": "37.62056903",
        "proqolSTS": "26.35631681",
        "turnoverPerYear": "0.2400068914",
      }
    `);
  });

  it('gives byte-identical daily records for the same scenario and seed', () => {
    const params = modelParameters(scenario());
    const a = runReplication(params, { seed: 5, point: 0, replication: 2 });
    const b = runReplication(params, { seed: 5, point: 0, replication: 2 });
    expect(bytes(a.record).equals(bytes(b.record))).toBe(true);
  });

  it('gives different results for a different seed or replication', () => {
    const params = modelParameters(scenario());
    const a = runReplication(params, { seed: 5, point: 0, replication: 0 });
    expect(bytes(runReplication(params, { seed: 6, point: 0, replication: 0 }).record).equals(bytes(a.record))).toBe(false);
    expect(bytes(runReplication(params, { seed: 5, point: 0, replication: 1 }).record).equals(bytes(a.record))).toBe(false);
  });

  it('stepping day by day or in uneven chunks gives the same run as running to the end', () => {
    const s = scenario();
    const whole = createSimulation(s, { seed: 3 });
    whole.run.finish();
    const daily = createSimulation(s, { seed: 3 });
    while (daily.step(1) === 1);
    const chunks = createSimulation(s, { seed: 3 });
    for (const n of [1, 6, 30, 100, 1000]) chunks.step(n);
    expect(daily.run.day).toBe(365);
    expect(chunks.step(5)).toBe(0);
    expect(bytes(daily.recorder.record).equals(bytes(whole.recorder.record))).toBe(true);
    expect(bytes(chunks.recorder.record).equals(bytes(whole.recorder.record))).toBe(true);
    expect(daily.snapshot()).toEqual(whole.snapshot());
  });
});

describe('common random numbers', () => {
  it('two packages that differ only in name give identical outcomes', () => {
    const a = runEnsemble(scenario(), { seed: 9, reps: 3 });
    const b = runEnsemble(scenario([['policy.name', 'renamed'], ['policy.description', 'same levers']]), { seed: 9, reps: 3 });
    expect(b.metrics).toEqual(a.metrics);
  });

  it('different packages start from the same team and meet the same community on day 0', () => {
    const key = { seed: 4, point: 0, replication: 0 };
    const quo = createWorld(modelParameters(scenario()), key);
    const stigma = createWorld(modelParameters(scenario([], 'stigma-reduction')), key);
    expect(Array.from(stigma.w.empathicConcern)).toEqual(Array.from(quo.w.empathicConcern));
    expect(Array.from(stigma.w.role)).toEqual(Array.from(quo.w.role));
    stepDay(quo);
    stepDay(stigma);
    for (const tally of [TALLY.contacts, TALLY.clientDeaths, TALLY.crises, TALLY.barriers, TALLY.stigmaEncounters] as const) {
      expect(stigma.today[tally]).toBe(quo.today[tally]);
    }
  });

  it('added seats leave the base team unchanged', () => {
    const key = { seed: 4, point: 0, replication: 0 };
    const quo = createWorld(modelParameters(scenario()), key);
    const more = createWorld(modelParameters(scenario([['policy.staffing.extraSeatShare', 0.2]])), key);
    expect(more.w.size).toBeGreaterThan(quo.w.size);
    for (let i = 0; i < quo.w.size; i++) {
      expect(more.w.role[i]).toBe(quo.w.role[i]);
      expect(more.w.sts[i]).toBe(quo.w.sts[i]);
    }
  });
});
