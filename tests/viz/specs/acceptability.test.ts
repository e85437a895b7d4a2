import { describe, expect, it } from 'vitest';
import { valueForMoney } from '../../../models/valueForMoney';
import { compileSpec } from '../../../viz/report/export';
import type { ArmValueForMoney } from '../../../viz/report/valueForMoneyData';
import { acceptabilitySpec, axisEnd, beyondAxisWords, valueAxisEnd } from '../../../viz/specs/acceptability';
import { valueWords } from '../../../viz/report/valueForMoneyWords';

/** An arm whose futures avoid `avoided` departures at `netCost` each (the baseline at 10 leavers and $0). */
function arm(policy: string, avoided: readonly number[], netCost: readonly number[]): ArmValueForMoney {
  const value = valueForMoney(avoided.map(() => 10), avoided.map((d) => 10 - d), netCost.map(() => 0), [...netCost])!;
  return { policy, vs: 'status-quo', value };
}

type Spec = {
  title: { text: string };
  data: { values: { policy: string; value: number; share: number; step: boolean }[] };
  layer: { encoding: { x?: { scale?: { domain: number[] } } } }[];
};

describe('worth its net cost (report chart 12: acceptability curves)', () => {
  const cheap = arm('opt-out-support', [1, 1, 2, 1], [10000, 20000, 60000, 40000]);
  const dear = arm('multi-level', [1, 1], [100000, 200000]);

  it("draws each arm's steps, held to the axis's end, which is a quarter past the last value at which any arm's share changes", () => {
    const spec = acceptabilitySpec([cheap, dear], ['status-quo', 'opt-out-support', 'multi-level']) as unknown as Spec;
    expect(spec.title.text).toBe("In how many of the team's futures does each come out ahead of status-quo?");
    const end = 200000 * 1.25;
    expect(spec.layer[1].encoding.x?.scale?.domain).toEqual([0, end]);
    const mine = spec.data.values.filter((v) => v.policy === 'opt-out-support');
    expect(mine.map((v) => [v.value, v.share, v.step])).toEqual([
      [0, 0, true],
      [10000, 0.25, true],
      [20000, 0.5, true],
      [30000, 0.75, true],
      [40000, 1, true],
      [end, 1, false],
    ]);
    expect(spec.data.values.filter((v) => v.policy === 'multi-level').map((v) => v.share)).toEqual([0, 0.5, 1, 1]);
  });

  it('leaves out the last 5% of futures when they change sides far out, and says so', () => {
    // 19 futures break even between $10,000 and $100,000, one only at $650,000.
    const netCosts = [...Array.from({ length: 19 }, (_, k) => 10000 + 5000 * k), 650000];
    const outlier = arm('opt-out-support', netCosts.map(() => 1), netCosts);
    expect(axisEnd([outlier])).toBe(100000 * 1.25);
    expect(axisEnd([outlier, dear])).toBe(200000 * 1.25);
    const spec = acceptabilitySpec([outlier], ['status-quo', 'opt-out-support']) as unknown as Spec;
    expect(spec.data.values.map((v) => v.value).filter((v) => v > 125000)).toEqual([]);
    expect(spec.data.values[spec.data.values.length - 1]).toEqual({ policy: 'opt-out-support', value: 125000, share: 0.95, step: false });
    expect(beyondAxisWords([outlier, dear], axisEnd([outlier, dear]), valueWords)).toBe(
      "A few futures still change sides beyond the axis, moving no share by more than 5 percentage points: opt-out-support's up to $650,000.",
    );
    // Two outlying futures of 20 (10%): the axis keeps the first, after which the share is within 5 points of its end.
    const two = arm('opt-out-support', netCosts.map(() => 1), [...netCosts.slice(0, 18), 600000, 650000]);
    expect(axisEnd([two])).toBe(600000 * 1.25);
    expect(beyondAxisWords([two], axisEnd([two]), valueWords)).toBe('');
  });

  it('reaches a quarter past the last change where every share is that flat from the start', () => {
    // 19 futures worth it at any value (no net cost), one from $300,000: the share goes from 95% to 100%.
    const flat = arm('peer-support', Array.from({ length: 20 }, () => 1), [...Array.from({ length: 19 }, () => 0), 300000]);
    expect(axisEnd([flat])).toBe(300000 * 1.25);
  });

  it('compiles to Vega without warnings, and is absent without a comparison', () => {
    const spec = acceptabilitySpec([cheap], ['status-quo', 'opt-out-support'])!;
    expect(compileSpec(spec).warnings).toEqual([]);
    expect(acceptabilitySpec([], ['status-quo'])).toBeUndefined();
  });

  it('reaches past the last step of an arm whose share falls as the value grows', () => {
    // The second future saves money with one more leaver: worth it only below $1,000; all of them never at once from any value on.
    const mixed = arm('peer-support', [-1, 1], [-1000, 500]);
    const spec = acceptabilitySpec([mixed], ['status-quo', 'peer-support']) as unknown as Spec;
    expect(spec.layer[1].encoding.x?.scale?.domain).toEqual([0, 1000 * 1.25]);
  });

  it("shares its axis with chart 13, reaching a quarter past the last change of the arm best on average, and marks the table's value", () => {
    expect(valueAxisEnd([cheap, dear], undefined)).toBe(axisEnd([cheap, dear]));
    const spans = [
      { policies: ['status-quo'], from: 0, to: 30000 },
      { policies: ['opt-out-support'], from: 30000, to: 400000 },
      { policies: ['multi-level'], from: 400000, to: null },
    ];
    expect(valueAxisEnd([cheap, dear], spans)).toBe(400000 * 1.25);
    const spec = acceptabilitySpec([cheap, dear], ['status-quo', 'opt-out-support', 'multi-level'], 'Package', 500000, 75000) as unknown as Omit<Spec, 'layer'> & { layer: { mark: { type: string }; data?: { values: { value: number }[] }; encoding: { x?: { scale?: { domain: number[] } } } }[] };
    expect(spec.layer.find((l) => l.mark.type === 'line')!.encoding.x?.scale?.domain).toEqual([0, 500000]);
    expect(spec.layer.find((l) => l.mark.type === 'rule' && l.data?.values[0].value === 75000)).toBeDefined();
    // The rule under the curves, its label (with a white halo) over them, where curves at 100% would hide it.
    const types = spec.layer.map((l) => l.mark.type);
    expect(types.indexOf('rule')).toBeLessThan(types.indexOf('line'));
    expect(types.slice(-2)).toEqual(['text', 'text']);
    expect(compileSpec(acceptabilitySpec([cheap, dear], ['status-quo', 'opt-out-support', 'multi-level'], 'Package', 500000, 75000)!).warnings).toEqual([]);
  });
});
