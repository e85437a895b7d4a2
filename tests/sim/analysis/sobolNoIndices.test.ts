import { describe, expect, it } from 'vitest';
import { sobolNoIndices } from '../../../sim/analysis/sobolNoIndices';
import { sobolIndices } from '../../../sim/analysis/sobolIndices';
import { createStream } from '../../../sim/random/stream';

// Two base rows, one factor: each row's points are A, B, A_B (Saltelli order), so y has 2 · 3 outputs.
const N = 2;
const K = 1;
const reason = (y: number[], measured = true) => {
  const r = sobolIndices(Float64Array.from(y), N, K, { bootstrap: 0, u: createStream({ seed: 1, point: 0, replication: 0 }, 'test') });
  return sobolNoIndices(Float64Array.from(y), N, K, r.firstOrder, r.total, measured);
};

describe('why a metric has no Sobol indices', () => {
  it('none where the indices are numbers', () => {
    expect(reason([1, 2, 3, 4, 5, 6])).toBeUndefined();
  });

  it('constant, with the value, where every A and B output is the same (the mixed points aside)', () => {
    expect(reason([0.7, 0.7, 0.9, 0.7, 0.7, 0.1])).toEqual({ reason: 'constant', value: 0.7 });
  });

  it('unmeasured where no replication measured the metric at every point, whatever the outputs', () => {
    expect(reason([NaN, NaN, NaN, NaN, NaN, NaN], false)).toEqual({ reason: 'unmeasured' });
  });

  it('failed, naming the base point, where an output there is not a finite number: not read as a constant output', () => {
    expect(reason([0.7, 0.7, 0.9, 0.7, NaN, 0.1])).toEqual({ reason: 'failed', point: 4 });
    expect(reason([Infinity, 1, 1, 1, 1, 1])).toEqual({ reason: 'failed', point: 0 });
  });

  it('failed, naming the mixed point, where the base outputs vary but a mixed point mean is not a finite number', () => {
    expect(reason([0.7, 0.8, 0.9, 0.6, 0.5, NaN])).toEqual({ reason: 'failed', point: 5 });
    // With the base outputs constant, the output did not vary, whatever the mixed points.
    expect(reason([0.7, 0.7, NaN, 0.7, 0.7, 0.1])).toEqual({ reason: 'constant', value: 0.7 });
  });

  it('failed without a point where finite, varying outputs still gave no index', () => {
    const nan = Float64Array.of(NaN);
    expect(sobolNoIndices(Float64Array.of(1, 2, 3, 4, 5, 6), N, K, nan, nan, true)).toEqual({ reason: 'failed' });
  });
});
