import { describe, expect, it } from 'vitest';
import { bestInFutures } from '../../../models/bestInFutures';
import { compileSpec } from '../../../viz/report/export';
import { bestInFuturesNotes, bestInFuturesSpec } from '../../../viz/specs/bestInFutures';
import { bestOnAverage } from '../../../models/valueForMoney';

type Spec = {
  title: { text: string; subtitle: string[] };
  data: { values: { policy: string; value: number; share: number; step: boolean }[] };
  layer: { data?: { values: { policy?: string; segment?: string; value: number; share?: number }[] }; mark: { type: string; strokeWidth?: number }; encoding: { x?: { scale?: { domain: number[] } } } }[];
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
    const spec = bestInFuturesSpec({ policies, steps }, 50000, undefined) as unknown as Spec;
    expect(spec.title.text).toBe("In how many of the team's futures is each the best of all?");
    expect(spec.title.subtitle[0]).toContain('against status-quo');
    expect(spec.layer[1].encoding.x?.scale?.domain).toEqual([0, 50000]);
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
    const spec = bestInFuturesSpec({ policies, steps }, 30000, undefined) as unknown as Spec;
    expect(spec.data.values.filter((v) => v.policy === 'opt-out-support').map((v) => [v.value, v.share])).toEqual([
      [0, 0],
      [10000, 1 / 3],
      [20000, 2 / 3],
      [30000, 2 / 3],
    ]);
    expect(compileSpec(bestInFuturesSpec({ policies, steps }, 30000, undefined)).warnings).toEqual([]);
  });

  it('marks no point where an arm\'s share stays as it was', () => {
    const three = bestInFutures([
      { policy: 'status-quo', leavers: [10, 10], cost: [100000, 100000] },
      { policy: 'a', leavers: [9, 8], cost: [140000, 140000] },
      { policy: 'never', leavers: [10, 10], cost: [150000, 150000] },
    ]);
    const spec = bestInFuturesSpec({ policies: ['status-quo', 'a', 'never'], steps: three }, 100000, undefined) as unknown as Spec;
    expect(spec.data.values.filter((v) => v.policy === 'never' && v.step).map((v) => v.value)).toEqual([0]);
  });

  it("draws each arm's line thick over the values at which it has the highest mean, and a rule at the table's value", () => {
    // Means: 2.33 departures avoided at $40,000: best on average from $17,143.
    const spans = bestOnAverage('status-quo', [{ policy: 'opt-out-support', departuresAvoided: 7 / 3, netCost: 40000 }]);
    const spec = bestInFuturesSpec({ policies, steps }, 50000, spans, 'Package', 30000) as unknown as Spec;
    const thick = spec.layer.find((l) => l.mark.type === 'line' && l.mark.strokeWidth === 7)!;
    const rows = (policy: string) => thick.data!.values.filter((v) => v.policy === policy).map((v) => [v.value, v.share]);
    const at = 40000 / (7 / 3);
    // The baseline's thick stretch ends at the crossing with its share there; the package's runs on to the axis's end.
    expect(rows('status-quo')).toEqual([[0, 1], [10000, 2 / 3], [at, 2 / 3]]);
    expect(rows('opt-out-support')).toEqual([[at, 1 / 3], [20000, 2 / 3], [40000, 1], [50000, 1]]);
    expect(new Set(thick.data!.values.map((v) => v.segment))).toEqual(new Set(['status-quo#0', 'opt-out-support#1']));
    const rule = spec.layer.find((l) => l.mark.type === 'rule')!;
    expect(rule.data!.values[0].value).toBe(30000);
    // The rule under the lines, its label over them.
    const types = spec.layer.map((l) => l.mark.type);
    expect(types.indexOf('rule')).toBeLessThan(types.indexOf('line'));
    expect(types.slice(-2)).toEqual(['text', 'text']);
    expect(spec.title.subtitle.join(' ')).toContain('beyond what the budget already counts');
    expect(compileSpec(bestInFuturesSpec({ policies, steps }, 50000, spans, 'Package', 30000)).warnings).toEqual([]);
    // No rule for a value past the axis.
    expect((bestInFuturesSpec({ policies, steps }, 50000, spans, 'Package', 60000) as unknown as Spec).layer.some((l) => l.mark.type === 'rule')).toBe(false);
  });

  it('says in its caption which arms are never best, which lines lie on each other, that two arms mirror chart 12, and where the shares still change past the axis', () => {
    const four = bestInFutures([
      { policy: 'status-quo', leavers: [10, 10], cost: [100000, 100000] },
      { policy: 'a', leavers: [9, 8], cost: [140000, 140000] },
      { policy: 'copy', leavers: [9, 8], cost: [140000, 140000] },
      { policy: 'never', leavers: [10, 10], cost: [150000, 150000] },
    ]);
    const words = (x: number) => `$${x}`;
    expect(bestInFuturesNotes({ policies: ['status-quo', 'a', 'copy', 'never'], steps: four }, 30000, words, 'package')).toEqual([
      'Best in no future at any value on the axis (its line lies along 0%): never.',
      'a and copy have the same shares throughout, so their lines lie on each other.',
      'The shares still change beyond the axis, up to $40000.',
    ]);
    expect(bestInFuturesNotes({ policies, steps }, 50000, words, 'package')).toEqual(["With one package against the baseline this is Figure 12's curve and its complement."]);
  });
});
