import { describe, expect, it } from 'vitest';
import { conditionsVaried, pointValueForMoneyLines } from '../../bin/pointValueForMoneyLines';
import { pointValueForMoney } from '../../scenarios/pointValueForMoney';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';

// A grid's value for money names the best point; where the points also differ in something a
// planner does not choose (the community, a coefficient, a price), the text cautions that the best
// point is best at its value of that, not a choice of support alone.

/** A grid analysis of two parameters, two values each, with four replications a point. */
function analysis(parameters: [string, string]): SweepAnalysis {
  const values = [[28, 0.1], [28, 0.9], [7, 0.1], [7, 0.9]];
  const points = values.map(([a, b], point) => ({ point, [parameters[0]]: a, [parameters[1]]: b, runs: 4, 'leaversPerYear.mean': 4, 'teamCostPerYear.mean': 1000 }));
  const leavers = [[4, 5, 4, 3], [2, 3, 2, 2], [3, 4, 3, 3], [1, 2, 1, 1]];
  const cost = [[1000, 1000, 1000, 1000], [900, 900, 900, 900], [1500, 1500, 1500, 1500], [1400, 1400, 1400, 1400]];
  const reps = values.map(() => [0, 1, 2, 3]);
  return { status: 'complete', failures: 0, points, valueForMoney: pointValueForMoney(10000, leavers, cost, reps, 0) } as unknown as SweepAnalysis;
}

describe('conditionsVaried', () => {
  it('names the parameters outside a package and the practice', () => {
    expect(conditionsVaried(['policy', 'policy.supervision.intervalDays', 'practice.debrief.mode', 'community.stigma', 'coefficients.stsGain', 'costs.salary', 'population.seats'])).toEqual(['community.stigma', 'coefficients.stsGain', 'costs.salary', 'population.seats']);
  });
});

describe('pointValueForMoneyLines', () => {
  it('cautions, naming them, where the points differ in a condition as well as in support', () => {
    const text = pointValueForMoneyLines(analysis(['policy.supervision.intervalDays', 'community.stigma'])).join('\n');
    expect(text).toContain('Best on average at $10,000 per departure avoided');
    expect(text).toContain('Caution: the points differ in community.stigma too, which is not a choice of support (policy or practice) but a condition or an assumption; the best point is best at its own value of it.');
  });

  it('names the next point after the words the next, so that the two points do not read as a list of two', () => {
    const text = pointValueForMoneyLines(analysis(['policy.supervision.intervalDays', 'practice.supervision.quality'])).join('\n');
    const best = text.split('\n').find((l) => l.startsWith('Best on average'))!;
    expect(best).toMatch(/ahead of the next, point \d \([^)]*\): in \d+ of \d+ paired replications/);
    expect(best).not.toContain(', the next:');
  });

  it('has no caution where every varied parameter is a choice of support', () => {
    const text = pointValueForMoneyLines(analysis(['policy.supervision.intervalDays', 'practice.supervision.quality'])).join('\n');
    expect(text).toContain('Best on average at $10,000 per departure avoided');
    expect(text).not.toContain('Caution');
  });
});

describe('the best point on average, tied with the baseline', () => {
  it('says plainly that the baseline and the points level with it are best, and that those do no better than it', () => {
    const values = [[28, 0.1], [28, 0.9], [7, 0.1]];
    const points = values.map(([a, b], point) => ({ point, 'policy.supervision.intervalDays': a, 'policy.supervision.quality': b, runs: 4, 'leaversPerYear.mean': 4, 'teamCostPerYear.mean': 1000 }));
    // Point 1 is point 0 in every replication; point 2 is worse.
    const leavers = [[4, 5, 4, 3], [4, 5, 4, 3], [5, 6, 5, 4]];
    const cost = [[1000, 1000, 1000, 1000], [1000, 1000, 1000, 1000], [1500, 1500, 1500, 1500]];
    const reps = values.map(() => [0, 1, 2, 3]);
    const a = { design: 'grid', status: 'complete', failures: 0, points, valueForMoney: pointValueForMoney(10000, leavers, cost, reps, 0) } as unknown as SweepAnalysis;
    const text = pointValueForMoneyLines(a).join('\n');
    expect(text).toContain(
      'every point has: point 0 (policy.supervision.intervalDays 28, policy.supervision.quality 0.1), the baseline, tied with point 1 (policy.supervision.intervalDays 28, policy.supervision.quality 0.9), which does no better than it in any replication ($0 a year against it);',
    );
    expect(text).not.toContain('the baseline itself');
    // Each point is named once in the sentence.
    const best = text.split('\n').find((l) => l.startsWith('Best on average'))!;
    expect(best.split('point 0').length - 1).toBe(1);
    expect(best.split('point 1').length - 1).toBe(1);
  });

  it('names several points level with the baseline as one list, each once', () => {
    const values = [[28, 0.1], [28, 0.9], [14, 0.9], [7, 0.1]];
    const points = values.map(([a, b], point) => ({ point, 'policy.supervision.intervalDays': a, 'policy.supervision.quality': b, runs: 4, 'leaversPerYear.mean': 4, 'teamCostPerYear.mean': 1000 }));
    const leavers = [[4, 5, 4, 3], [4, 5, 4, 3], [4, 5, 4, 3], [5, 6, 5, 4]];
    const cost = [[1000, 1000, 1000, 1000], [1000, 1000, 1000, 1000], [1000, 1000, 1000, 1000], [1500, 1500, 1500, 1500]];
    const reps = values.map(() => [0, 1, 2, 3]);
    const a = { design: 'grid', status: 'complete', failures: 0, points, valueForMoney: pointValueForMoney(10000, leavers, cost, reps, 0) } as unknown as SweepAnalysis;
    const text = pointValueForMoneyLines(a).join('\n');
    expect(text).toContain(
      ': point 0 (policy.supervision.intervalDays 28, policy.supervision.quality 0.1), the baseline, tied with point 1 (policy.supervision.intervalDays 28, policy.supervision.quality 0.9) and point 2 (policy.supervision.intervalDays 14, policy.supervision.quality 0.9), which do no better than it in any replication ($0 a year against it);',
    );
    const best = text.split('\n').find((l) => l.startsWith('Best on average'))!;
    for (const p of ['point 0', 'point 1', 'point 2']) expect(best.split(p).length - 1).toBe(1);
  });
});

describe('the best point on average, tied without the baseline', () => {
  it('names the tied points once each, says they are tied, and gives their lead over the baseline', () => {
    const values = [[28, 0.1], [28, 0.9], [7, 0.1], [7, 0.9]];
    const points = values.map(([a, b], point) => ({ point, 'policy.supervision.intervalDays': a, 'policy.supervision.quality': b, runs: 4, 'leaversPerYear.mean': 4, 'teamCostPerYear.mean': 1000 }));
    // Points 1 and 2 are the same in every replication, one departure a year fewer than point 0 at the same cost; point 3 is worse.
    const leavers = [[4, 5, 4, 3], [3, 4, 3, 2], [3, 4, 3, 2], [5, 6, 5, 4]];
    const cost = [[1000, 1000, 1000, 1000], [1000, 1000, 1000, 1000], [1000, 1000, 1000, 1000], [1500, 1500, 1500, 1500]];
    const reps = values.map(() => [0, 1, 2, 3]);
    const a = { design: 'grid', status: 'complete', failures: 0, points, valueForMoney: pointValueForMoney(10000, leavers, cost, reps, 0) } as unknown as SweepAnalysis;
    const best = pointValueForMoneyLines(a).find((l) => l.startsWith('Best on average'))!;
    expect(best).toContain(
      'every point has: point 1 (policy.supervision.intervalDays 28, policy.supervision.quality 0.9) and point 2 (policy.supervision.intervalDays 7, policy.supervision.quality 0.1), tied in every replication, +$10,000 a year against point 0;',
    );
    expect(best).not.toContain(') (');
    for (const p of ['point 1', 'point 2']) expect(best.split(p).length - 1).toBe(1);
  });
});

describe('the best point on average, over a single replication every point has', () => {
  it('says "the 1 replication" and "From 1 replication", not "1 replications"', () => {
    const values = [[28, 0.1], [28, 0.9]];
    const points = values.map(([a, b], point) => ({ point, 'policy.supervision.intervalDays': a, 'policy.supervision.quality': b, runs: 1, 'leaversPerYear.mean': 4, 'teamCostPerYear.mean': 1000 }));
    const a = { design: 'grid', status: 'complete', failures: 0, points, valueForMoney: pointValueForMoney(10000, [[4], [3]], [[1000], [1000]], [[0], [0]], 0) } as unknown as SweepAnalysis;
    const text = pointValueForMoneyLines(a).join('\n');
    expect(text).toContain('over the 1 replication every point has:');
    expect(text).toContain('From 1 replication this is indicative only');
    expect(text).not.toMatch(/(the|From) 1 replications/);
  });
});
