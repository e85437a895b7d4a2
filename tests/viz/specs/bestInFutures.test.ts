import { describe, expect, it } from 'vitest';
import { bestInFutures } from '../../../models/bestInFutures';
import { compileSpec } from '../../../viz/report/export';
import { bestInFuturesSpec } from '../../../viz/specs/bestInFutures';

type Spec = {
  title: { text: string; subtitle: string[] };
  data: { values: { policy: string; value: number; share: number; step: boolean }[] };
  layer: { encoding: { x?: { scale?: { domain: number[] } } } }[];
};

// The baseline at 10 leavers and $100,000; a package avoiding 1, 2 and 4 departures at $40,000
// more (break-even at $40,000, $20,000 and $10,000).
const policies = ['status-quo', 'opt-out-support'];
const steps = bestInFutures([
  { policy: 'status-quo', leavers: [10, 10, 10], cost: [100000, 100000, 100000] },
  { policy: 'opt-out-support', leavers: [9, 8, 6], cost: [140000, 140000, 140000] },
]);

describe('best of all in the futures (report chart 13)', () => {
  it("draws every arm's share, the baseline's too, as steps held to the axis's end, with a point where its share changes", () => {
    const spec = bestInFuturesSpec({ policies, steps }, 50000) as unknown as Spec;
    expect(spec.title.text).toBe("In how many of the team's futures is each the best of all?");
    expect(spec.title.subtitle[0]).toContain('against status-quo');
    expect(spec.layer[0].encoding.x?.scale?.domain).toEqual([0, 50000]);
    const rows = (policy: string) => spec.data.values.filter((v) => v.policy === policy).map((v) => [v.value, v.share, v.step]);
    expect(rows('status-quo')).toEqual([
      [0, 1, true],
      [10000, 2 / 3, true],
      [20000, 1 / 3, true],
      [40000, 0, true],
      [50000, 0, false],
    ]);
    expect(rows('opt-out-support').map(([, share]) => share)).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
  });

  it('stops at the axis of chart 12, holding the last step it reaches, and compiles to Vega without warnings', () => {
    const spec = bestInFuturesSpec({ policies, steps }, 30000) as unknown as Spec;
    expect(spec.data.values.filter((v) => v.policy === 'opt-out-support').map((v) => [v.value, v.share])).toEqual([
      [0, 0],
      [10000, 1 / 3],
      [20000, 2 / 3],
      [30000, 2 / 3],
    ]);
    expect(compileSpec(bestInFuturesSpec({ policies, steps }, 30000)).warnings).toEqual([]);
  });

  it('marks no point where an arm\'s share stays as it was', () => {
    const three = bestInFutures([
      { policy: 'status-quo', leavers: [10, 10], cost: [100000, 100000] },
      { policy: 'a', leavers: [9, 8], cost: [140000, 140000] },
      { policy: 'never', leavers: [10, 10], cost: [150000, 150000] },
    ]);
    const spec = bestInFuturesSpec({ policies: ['status-quo', 'a', 'never'], steps: three }, 100000) as unknown as Spec;
    expect(spec.data.values.filter((v) => v.policy === 'never' && v.step).map((v) => v.value)).toEqual([0]);
  });
});
