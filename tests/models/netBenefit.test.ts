import { describe, expect, it } from 'vitest';
import { netBenefitAtValue, type ArmReplications, type NetBenefitAtValue } from '../../models/netBenefit';
import { bestOnAverage, valueForMoney } from '../../models/valueForMoney';

/** An arm from each future's leavers per year and whole-team cost per year. */
const arm = (policy: string, leavers: ArrayLike<number>, cost: ArrayLike<number>): ArmReplications => ({ policy, leavers, cost });

function atValue(value: number, arms: readonly ArmReplications[]): NetBenefitAtValue {
  const nb = netBenefitAtValue(value, arms);
  if (!nb) throw new Error('no future with every value');
  return nb;
}

/** Student's t 95th percentile with 2 degrees of freedom: the interval's quantile from three futures. */
const T2 = 2.919986;

// Baseline: 10 leavers a year at $100,000. A: 1, 2 and 3 fewer leavers at $30,000, $40,000 and
// $50,000 more. B: no fewer leavers, $10,000 less in every future.
const BASE = arm('base', [10, 10, 10], [100000, 100000, 100000]);
const A = arm('a', [9, 8, 7], [130000, 140000, 150000]);
const B = arm('b', [10, 10, 10], [90000, 90000, 90000]);

describe('netBenefitAtValue: the means', () => {
  it('gives each arm V × departures avoided − net cost against the first, averaged over the futures, with a Student t interval', () => {
    const nb = atValue(25000, [BASE, A, B]);
    expect(nb).toMatchObject({ valuePerDeparture: 25000, futures: 3, indicative: true });
    expect(nb.arms.map((a) => a.policy)).toEqual(['base', 'a', 'b']);
    expect(nb.arms[0]).toMatchObject({ mean: 0, se: 0, low: 0, high: 0, aheadOfBaseline: null });
    // A's net benefits: 25,000 − 30,000, 50,000 − 40,000, 75,000 − 50,000 = −5,000, 10,000, 25,000.
    const a = nb.arms[1];
    expect(a.mean).toBeCloseTo(10000, 6);
    expect(a.se).toBeCloseTo(15000 / Math.sqrt(3), 6);
    expect(a.low).toBeCloseTo(10000 - T2 * a.se!, 3);
    expect(a.high).toBeCloseTo(10000 + T2 * a.se!, 3);
    // B saves $10,000 in every future and keeps no one: a net benefit of 10,000 at any value.
    expect(nb.arms[2]).toMatchObject({ mean: 10000, se: 0, aheadOfBaseline: 1 });
  });

  it('gives the two parts of each mean: departures avoided and net cost, whose V × the one less the other is the mean net benefit', () => {
    const nb = atValue(25000, [BASE, A, B]);
    expect(nb.arms[0]).toMatchObject({ departuresAvoided: 0, netCost: 0 });
    expect(nb.arms[1]).toMatchObject({ departuresAvoided: 2, netCost: 40000 });
    expect(nb.arms[2]).toMatchObject({ departuresAvoided: 0, netCost: -10000 });
    for (const value of [0, 25000, 1e6]) for (const a of atValue(value, [BASE, A, B]).arms) expect(a.mean).toBeCloseTo(value * a.departuresAvoided - a.netCost, 6);
    // More leavers than the baseline: a negative number of departures avoided.
    expect(atValue(25000, [BASE, arm('worse', [11, 12, 13], [100000, 100000, 100000])]).arms[1]).toMatchObject({ departuresAvoided: -2, netCost: 0, mean: -50000 });
  });

  it('raises the net benefit of an arm that avoids departures as V rises, and leaves that of one that avoids none where it was', () => {
    const low = atValue(10000, [BASE, A, B]);
    const high = atValue(60000, [BASE, A, B]);
    expect(high.arms[1].mean - low.arms[1].mean).toBeCloseTo(50000 * 2, 6);
    expect(high.arms[2].mean).toBe(low.arms[2].mean);
  });

  it('names the highest mean as bestOnAverage does at the same value, and its lead over the next with the paired interval', () => {
    for (const value of [5000, 20000, 30000, 100000]) {
      const nb = atValue(value, [BASE, A, B]);
      const spans = bestOnAverage('base', [A, B].map((x) => {
        const v = valueForMoney(BASE.leavers, x.leavers, BASE.cost, x.cost)!;
        return { policy: x.policy, departuresAvoided: v.departuresAvoided, netCost: v.netCost };
      }));
      const span = spans.find((s) => s.from <= value && (s.to === null || value < s.to))!;
      const top = [...nb.arms].sort((x, y) => y.mean - x.mean)[0];
      expect(span.policies).toEqual([top.policy]);
      expect(nb.lead?.policies).toEqual([top.policy]);
    }
    // At 30,000 A's net benefits are 0, 20,000 and 40,000 (mean 20,000) and B's 10,000 in each: the
    // paired differences −10,000, 10,000 and 30,000 (mean 10,000, standard deviation 20,000).
    const nb = atValue(30000, [BASE, A, B]);
    expect(nb.lead).toMatchObject({ policies: ['a'], over: ['b'], identical: false, ahead: 2 / 3, clear: false });
    expect(nb.lead!.mean).toBeCloseTo(10000, 6);
    expect(nb.lead!.high! - nb.lead!.mean).toBeCloseTo(T2 * (20000 / Math.sqrt(3)), 2);
  });

  it('has no lead when every arm has the same mean; arms sharing the highest lead the next together', () => {
    expect(atValue(50000, [BASE, arm('same', BASE.leavers, BASE.cost)]).lead).toBeNull();
    expect(atValue(50000, [BASE]).lead).toBeNull();
    // B and its copy have the same net benefit in every future; the baseline is next.
    const shared = atValue(0, [BASE, B, arm('b-copy', B.leavers, B.cost)]).lead!;
    expect(shared).toMatchObject({ policies: ['b', 'b-copy'], identical: true, over: ['base'], mean: 10000, ahead: 1 });
  });

  it("calls a lead clear as the comparison tables do: ahead in at least 95% of 20 or more futures, not by the interval of the mean", () => {
    // 40 futures; C keeps one more member of staff than D in 37 of them and one fewer in 3: the
    // mean lead is far from zero (the interval of the mean excludes it), yet it is not ahead in 95%.
    const n = 40;
    const base = arm('base', Array.from({ length: n }, () => 10), Array.from({ length: n }, () => 100000));
    const c = arm('c', Array.from({ length: n }, (_, r) => (r < 37 ? 8 : 10)), Array.from({ length: n }, () => 100000));
    const d = arm('d', Array.from({ length: n }, () => 9), Array.from({ length: n }, () => 100000));
    const lead = atValue(10000, [base, c, d]).lead!;
    expect(lead).toMatchObject({ policies: ['c'], over: ['d'], clear: false });
    expect(lead.ahead).toBeCloseTo(37 / 40, 12);
    expect(lead.low!).toBeGreaterThan(0);
    // Ahead in 39 of 40 (97.5%): clear.
    const e = arm('e', Array.from({ length: n }, (_, r) => (r < 39 ? 8 : 10)), Array.from({ length: n }, () => 100000));
    expect(atValue(10000, [base, e, d]).lead).toMatchObject({ policies: ['e'], clear: true });
    // The same from 19 futures: too few to call anything clear.
    const first = (x: ArmReplications, k: number) => arm(x.policy, Array.from(x.leavers).slice(0, k), Array.from(x.cost).slice(0, k));
    expect(atValue(10000, [first(base, 19), first(e, 19), first(d, 19)]).lead).toMatchObject({ ahead: 1, clear: false });
  });
});

describe('a mean of departures avoided that is zero but for rounding', () => {
  // Leavers per year from 120 days: the arm loses one fewer in one future and one more in another,
  // a mean of exactly 0 that floating-point sums leave at about −3e-16.
  const year = 365 / 120;
  const base = arm('base', [year, year, 3 * year], [300000, 300000, 300000]);
  const cheaper = arm('cheaper', [year, 2 * year, 2 * year], [280000, 270000, 250000]);

  it('is 0 in value for money, and the cheaper arm is best on average at every value (not from $9×10¹⁹ on)', () => {
    const v = valueForMoney(base.leavers, cheaper.leavers, base.cost, cheaper.cost)!;
    expect(v.departuresAvoided).toBe(0);
    expect(bestOnAverage('base', [{ policy: 'cheaper', departuresAvoided: v.departuresAvoided, netCost: v.netCost }])).toEqual([{ policies: ['cheaper'], from: 0, to: null }]);
  });

  it('is 0 in the net-benefit table too', () => {
    const nb = atValue(50000, [base, cheaper]);
    expect(nb.arms[1].departuresAvoided).toBe(0);
    expect(nb.arms[1].mean).toBeCloseTo(100000 / 3, 6);
  });
});

describe('bestOnAverage: means that differ only in their last binary places', () => {
  it('takes them as one line, as the printed means are, with no switch-over between them', () => {
    // The same means summed in another order: 0.7 and 60.366... a year, and one binary place more.
    const a = { policy: 'a', departuresAvoided: 0.7, netCost: 60.36666666666667 };
    const b = { policy: 'b', departuresAvoided: 0.7000000000000001, netCost: 60.36666666666668 };
    const spans = bestOnAverage('base', [a, b]);
    expect(spans).toEqual([
      { policies: ['base'], from: 0, to: a.netCost / a.departuresAvoided },
      { policies: ['a', 'b'], from: a.netCost / a.departuresAvoided, to: null },
    ]);
    // A switch-over to b at a value no printed mean gives, once: (Δ net cost) / (Δ departures avoided) of the residues.
    const c = { policy: 'c', departuresAvoided: 0.7000000000000001, netCost: 60.366666666666674 };
    expect(bestOnAverage('base', [a, c]).map((span) => span.policies)).toEqual([['base'], ['a', 'c']]);
    // Means apart by more than rounding still cross where their lines do.
    const d = { policy: 'd', departuresAvoided: 1.7, netCost: 160.36666666666667 };
    expect(bestOnAverage('base', [a, d])).toEqual([
      { policies: ['base'], from: 0, to: a.netCost / a.departuresAvoided },
      { policies: ['a'], from: a.netCost / a.departuresAvoided, to: (d.netCost - a.netCost) / (d.departuresAvoided - a.departuresAvoided) },
      { policies: ['d'], from: (d.netCost - a.netCost) / (d.departuresAvoided - a.departuresAvoided), to: null },
    ]);
  });
});

describe("netBenefitAtValue: the team's futures", () => {
  it('counts the futures in which each arm comes out ahead of the baseline, as valueForMoney\'s share curve does at that value', () => {
    const nb = atValue(25000, [BASE, A, B]);
    // A: −5,000, 10,000, 25,000: ahead in two of three.
    expect(nb.arms[1].aheadOfBaseline).toBeCloseTo(2 / 3, 12);
    const steps = valueForMoney(BASE.leavers, A.leavers, BASE.cost, A.cost)!.acceptability;
    const step = [...steps].reverse().find((s) => s.from < 25000)!;
    expect(step.share).toBeCloseTo(2 / 3, 12);
  });

  it('counts for each arm the futures in which no arm does better, a tie for each tied arm', () => {
    // At 25,000: future 1 B (10,000 against A's −5,000), future 2 a tie of A and B (10,000 each), future 3 A.
    const nb = atValue(25000, [BASE, A, B]);
    expect(nb.arms.map((a) => a.best)).toEqual([0, 2 / 3, 2 / 3]);
    // At 0 every arm that spends more loses: B, which saves, is best in every future.
    expect(atValue(0, [BASE, A, B]).arms.map((a) => a.best)).toEqual([0, 0, 1]);
    // The baseline is best where every other arm is behind it.
    const dear = arm('dear', [10, 10, 10], [120000, 120000, 120000]);
    expect(atValue(50000, [BASE, dear]).arms.map((a) => a.best)).toEqual([1, 0]);
  });

  it('gives two identical arms every future each: neither is ever beaten', () => {
    const nb = atValue(50000, [BASE, arm('copy', BASE.leavers, BASE.cost)]);
    expect(nb.arms.map((a) => a.best)).toEqual([1, 1]);
    expect(nb.arms[1]).toMatchObject({ mean: 0, aheadOfBaseline: 0 });
  });

  it('takes costs that differ from the baseline\'s only by rounding as the same cost', () => {
    const rounded = arm('rounded', [10, 10, 10], [100000 * (1 + 1e-15), 100000, 100000 * (1 - 1e-15)]);
    const nb = atValue(50000, [BASE, rounded]);
    expect(nb.arms[1].mean).toBe(0);
    expect(nb.arms.map((a) => a.best)).toEqual([1, 1]);
  });

  it('counts only the futures in which every arm has both values, and is indicative below 20 of them', () => {
    const gap = arm('gap', [9, NaN, 7], [130000, 140000, 150000]);
    const nb = atValue(25000, [BASE, gap, B]);
    expect(nb.futures).toBe(2);
    expect(nb.arms[1].mean).toBeCloseTo((-5000 + 25000) / 2, 6);
    expect(netBenefitAtValue(25000, [arm('x', [NaN], [1]), arm('y', [1], [1])])).toBeUndefined();
    const twenty = Array.from({ length: 20 }, () => 10);
    expect(atValue(1, [arm('p', twenty, twenty), arm('q', twenty, twenty)]).indicative).toBe(false);
  });

  it('has no spread from one future', () => {
    const nb = atValue(25000, [arm('base', [10], [100000]), arm('a', [9], [130000])]);
    expect(nb.arms[1]).toMatchObject({ mean: -5000, se: null, low: null, high: null, aheadOfBaseline: 0, best: 0 });
    expect(nb.lead).toMatchObject({ policies: ['base'], over: ['a'], mean: 5000, low: null, high: null, ahead: 1, clear: false });
  });
});

describe('paired values the same in every future but for their last digit', () => {
  // 1.3 − 0.2, 2.3 − 1.2, ... are 1.1 in every future, each a subtraction off in its last binary place; the costs likewise.
  const base = arm('base', [1.3, 2.3, 3.3, 4.3], [1000.7, 2000.7, 3000.7, 4000.7]);
  const same = arm('same', [0.2, 1.2, 2.2, 3.2], [1001.8, 2001.8, 3001.8, 4001.8]);

  it("have a standard error of 0 in value for money, by analyze's rule for paired differences, not about 1e-16", () => {
    const v = valueForMoney(base.leavers, same.leavers, base.cost, same.cost)!;
    expect(v.departuresAvoided).toBeCloseTo(1.1, 12);
    expect(v.departuresAvoidedSe).toBe(0);
    expect(v.netCostSe).toBe(0);
  });

  it('have a standard error of 0 in the net-benefit table too, and an interval that is the mean alone', () => {
    const nb = atValue(50000, [base, same]);
    expect(nb.arms[1].se).toBe(0);
    expect(nb.arms[1].low).toBe(nb.arms[1].mean);
    expect(nb.arms[1].high).toBe(nb.arms[1].mean);
  });
});
