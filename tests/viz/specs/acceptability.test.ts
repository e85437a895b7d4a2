import { describe, expect, it } from 'vitest';
import { valueForMoney } from '../../../models/valueForMoney';
import { compileSpec } from '../../../viz/report/export';
import type { ArmValueForMoney } from '../../../viz/report/valueForMoneyData';
import { acceptabilitySpec, axisEnd, valueAxisEnd } from '../../../viz/specs/acceptability';

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
