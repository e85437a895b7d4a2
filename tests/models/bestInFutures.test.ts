import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { bestInFutures, type BestShareStep } from '../../models/bestInFutures';
import { netBenefitAtValue, type ArmReplications } from '../../models/netBenefit';

const arm = (policy: string, leavers: ArrayLike<number>, cost: ArrayLike<number>): ArmReplications => ({ policy, leavers, cost });

/** The step holding value V (a value strictly inside it). */
const stepAt = (steps: readonly BestShareStep[], value: number) => [...steps].reverse().find((s) => s.from < value)!;

describe('bestInFutures', () => {
  it('gives each future to the baseline below its break-even value and to the package above it', () => {
    // The package avoids 1, 2 and 4 departures at $40,000 more: break-even at $40,000, $20,000 and $10,000.
    const base = arm('base', [10, 10, 10], [100000, 100000, 100000]);
    const pkg = arm('pkg', [9, 8, 6], [140000, 140000, 140000]);
    expect(bestInFutures([base, pkg])).toEqual([
      { from: 0, shares: [1, 0] },
      { from: 10000, shares: [2 / 3, 1 / 3] },
      { from: 20000, shares: [1 / 3, 2 / 3] },
      { from: 40000, shares: [0, 1] },
    ]);
  });

  it('agrees with netBenefitAtValue\'s "best (or tied)" at every value inside each step, for many arms and futures', () => {
    const random = seedrandom('best-in-futures');
    const n = 60;
    const base = arm('base', Array.from({ length: n }, () => 8 + Math.floor(random() * 6)), Array.from({ length: n }, () => 100000 + random() * 20000));
    const arms = [base];
    for (const name of ['a', 'b', 'c', 'd']) {
      const avoid = random() * 3;
      const price = random() * 80000;
      arms.push(arm(name, Array.from(base.leavers, (l) => Math.max(0, l - Math.round(avoid + random() * 2 - 1))), Array.from(base.cost, (c) => c + price + (random() - 0.5) * 20000)));
    }
    const steps = bestInFutures(arms);
    expect(steps[0].from).toBe(0);
    for (let k = 0; k < steps.length; k++) {
      const inside = k + 1 < steps.length ? (steps[k].from + steps[k + 1].from) / 2 : steps[k].from * 1.5 + 1;
      const at = netBenefitAtValue(inside, arms)!;
      expect(steps[k].shares.map((x) => Math.round(x * n))).toEqual(at.arms.map((a) => Math.round(a.best * n)));
    }
    // Every future has a best arm.
    for (const s of steps) expect(s.shares.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(1 - 1e-12);
    // A cheap value favours the cheapest; a high one the arm that keeps the most staff on average.
    const meanAvoided = arms.map((a) => Array.from(a.leavers).reduce((s, l, r) => s + base.leavers[r] - l, 0) / n);
    const last = steps[steps.length - 1].shares;
    expect(last.indexOf(Math.max(...last))).toBe(meanAvoided.indexOf(Math.max(...meanAvoided)));
    expect(stepAt(steps, 1).shares[0]).toBeGreaterThan(0);
  });

  it('counts a future for each of two identical packages, and leaves out futures without every value', () => {
    const base = arm('base', [10, 10, NaN], [100000, 100000, 100000]);
    const pkg = arm('pkg', [9, 8, 8], [140000, 140000, 140000]);
    const copy = arm('copy', pkg.leavers, pkg.cost);
    const steps = bestInFutures([base, pkg, copy]);
    expect(steps[steps.length - 1]).toEqual({ from: 40000, shares: [0, 1, 1] });
    expect(steps[0]).toEqual({ from: 0, shares: [1, 0, 0] });
    expect(bestInFutures([arm('base', [NaN], [1]), arm('pkg', [1], [1])])).toEqual([]);
  });
});
