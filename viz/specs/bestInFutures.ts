import type { TopLevelSpec } from 'vega-lite';
import type { BestShareStep } from '../../models/bestInFutures';
import { CONFIG, policyColor, type ArmTitle } from './theme';

/**
 * Chart 13: for every arm, the baseline included, the share of the paired futures in which it
 * has the highest net benefit (or ties for it), by the value put on a departure avoided: steps,
 * exact from the replications, over the value axis of chart 12 (`end`), so the two read together.
 */
export function bestInFuturesSpec(best: { readonly policies: readonly string[]; readonly steps: readonly BestShareStep[] }, end: number, armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const steps = best.steps.filter((s) => s.from <= end);
  const values = best.policies.flatMap((policy, a) => [
    // A point where this arm's share changes (the steps are where any arm's does).
    ...steps.map((s, k) => ({ policy, value: s.from, share: s.shares[a], step: k === 0 || s.shares[a] !== steps[k - 1].shares[a] })),
    // The last step holds to the axis's end.
    { policy, value: end, share: steps[steps.length - 1].shares[a], step: false },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: "In how many of the team's futures is each the best of all?",
      subtitle: [
        `The highest net benefit (V × departures avoided − net cost, against ${best.policies[0]}) in the same future, ties counted for each,`,
        'by the value V put on a departure avoided. Futures are paired (the same seeds); more replications do not narrow the shares.',
      ],
    },
    data: { values },
    width: 520,
    height: 260,
    layer: [
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: 'Value of a departure avoided, per departure ($)', scale: { domain: [0, end], nice: false }, axis: { format: '$,.0f', labelOverlap: true } },
          y: { field: 'share', type: 'quantitative', title: "Share of the team's futures", scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(best.policies), legend: { values: [...best.policies] } },
        },
      },
      {
        transform: [{ filter: 'datum.step' }],
        mark: { type: 'point', filled: true, size: 16 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          y: { field: 'share', type: 'quantitative' },
          color: { field: 'policy', type: 'nominal', scale: policyColor(best.policies) },
          tooltip: [
            { field: 'policy', title: armTitle },
            { field: 'value', title: 'Above a value per departure avoided of', format: '$,.0f' },
            { field: 'share', title: 'Best (or tied) in this share of the futures', format: '.0%' },
          ],
        },
      },
    ],
    config: CONFIG,
  };
}
