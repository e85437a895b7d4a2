import type { TopLevelSpec } from 'vega-lite';
import type { ArmValueForMoney } from '../report/valueForMoneyData';
import { CONFIG, policyColor, type ArmTitle } from './theme';

/**
 * How far the value axis reaches: past the value from which every arm is worth its net cost in
 * 95% of the futures (or, where an arm never is, past its last step), by a quarter, so each curve
 * shows where it levels off.
 */
function axisEnd(arms: readonly ArmValueForMoney[]): number {
  const ends = arms.map(({ value }) => {
    const most = value.worthFrom[value.worthFrom.length - 1].from;
    return most !== null && most > 0 ? most : value.acceptability[value.acceptability.length - 1].from;
  });
  const end = Math.max(...ends) * 1.25;
  return end > 0 ? end : 100000;
}

/**
 * Chart 12: the cost-effectiveness acceptability curves. For each arm against the baseline, the
 * share of the paired futures in which it is worth its net cost (whole team, per year), by the
 * value put on a departure avoided beyond its replacement cost: steps, exact from the replications.
 */
export function acceptabilitySpec(arms: readonly ArmValueForMoney[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec | undefined {
  if (arms.length === 0) return undefined;
  const end = axisEnd(arms);
  const values = arms.flatMap(({ policy, value }) => {
    const steps = value.acceptability.filter((s) => s.from <= end);
    // The last step holds to the axis's end.
    return [...steps.map((s) => ({ policy, value: s.from, share: s.share, step: true })), { policy, value: end, share: steps[steps.length - 1].share, step: false }];
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Worth its net cost? Against ${arms[0].vs}`,
      subtitle: 'Share of the paired futures in which each is worth its net cost, by what a departure avoided is worth beyond its replacement cost.',
    },
    data: { values },
    width: 520,
    height: 260,
    layer: [
      { data: { values: [{ half: 0.5 }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { field: 'half', type: 'quantitative' } } },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: 'Value of a departure avoided, per departure ($)', scale: { domain: [0, end], nice: false }, axis: { format: '$~s' } },
          y: { field: 'share', type: 'quantitative', title: 'Share of futures worth it', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(policies), legend: { values: arms.map((a) => a.policy) } },
        },
      },
      {
        transform: [{ filter: 'datum.step' }],
        mark: { type: 'point', filled: true, size: 20 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          y: { field: 'share', type: 'quantitative' },
          color: { field: 'policy', type: 'nominal', scale: policyColor(policies) },
          tooltip: [
            { field: 'policy', title: armTitle },
            { field: 'value', title: 'From a value per departure avoided of', format: '$,.0f' },
            { field: 'share', title: 'Share of futures worth it', format: '.0%' },
          ],
        },
      },
    ],
    config: CONFIG,
  };
}
