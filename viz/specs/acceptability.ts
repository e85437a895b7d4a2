import type { TopLevelSpec } from 'vega-lite';
import type { ArmValueForMoney } from '../report/valueForMoneyData';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { chosenValueLayers } from './chosenValue';
import { andList } from '../../sim/text/andList';
import type { AcceptabilityStep, BestSpan } from '../../models/valueForMoney';

/**
 * How far a share may still move beyond the value axis: 5 percentage points, so a few outlying
 * futures (a package that breaks even only at $650,000 in one of 100) do not squeeze every curve
 * into the axis's first pixels, and the 5% and 95% shares the report's table gives stay on it.
 */
export const SHARE_BEYOND_AXIS = 0.05;

/** The value from which an arm's share stays within SHARE_BEYOND_AXIS of its last share (0 when it always does). */
function settledFrom(steps: readonly AcceptabilityStep[]): number {
  const last = steps[steps.length - 1].share;
  for (let k = steps.length - 1; k > 0; k--) if (Math.abs(steps[k - 1].share - last) > SHARE_BEYOND_AXIS + 1e-9) return steps[k].from;
  return 0;
}

/**
 * How far the value axis reaches: a quarter past the value from which every arm's share stays
 * within SHARE_BEYOND_AXIS of where it ends, so each curve shows where it levels off; a quarter
 * past the last change of any share where every share is that flat from the start.
 */
export function axisEnd(arms: readonly ArmValueForMoney[]): number {
  const settled = Math.max(...arms.map(({ value }) => settledFrom(value.acceptability)));
  const lastChange = Math.max(...arms.map(({ value }) => value.acceptability[value.acceptability.length - 1].from));
  const end = (settled > 0 ? settled : lastChange) * 1.25;
  return end > 0 ? end : 100000;
}

/** Chart 12's caption note on the futures that change sides beyond the axis's `end` ('' when none does). */
export function beyondAxisWords(arms: readonly ArmValueForMoney[], end: number, formatValue: (x: number) => string): string {
  const beyond = arms.flatMap(({ policy, value }) => {
    const last = value.acceptability[value.acceptability.length - 1].from;
    return last > end ? [`${policy}'s up to ${formatValue(last)}`] : [];
  });
  if (beyond.length === 0) return '';
  return `A few futures still change sides beyond the axis, moving no share by more than ${Math.round(SHARE_BEYOND_AXIS * 100)} percentage points: ${andList(beyond)}.`;
}

/**
 * The value axis charts 12 and 13 share: axisEnd, or further where the arm with the highest mean
 * changes later (bestOnAverage's last crossing, a quarter past it), so every switch shows.
 */
export function valueAxisEnd(arms: readonly ArmValueForMoney[], spans: readonly BestSpan[] | undefined): number {
  const crossings = (spans ?? []).flatMap((s) => (s.to === null ? [] : [s.to]));
  return Math.max(axisEnd(arms), ...crossings.map((x) => x * 1.25));
}

/**
 * Chart 12: for each arm against the baseline, the share of the team's paired futures in which it
 * comes out ahead of the baseline (departures avoided, valued, above its net cost to the whole team), by the value put on a departure avoided beyond
 * what the budget already counts for it: steps, exact from the replications. A spread of futures,
 * not the probability that the mean net benefit is positive (health economics' acceptability
 * curve): more replications do not narrow it. `end` is the value axis's end (shared with chart 13),
 * `chosen` the value of the report's net-benefit table, marked with a rule.
 */
export function acceptabilitySpec(arms: readonly ArmValueForMoney[], policies: readonly string[], armTitle: ArmTitle = 'Package', end = axisEnd(arms), chosen?: number): TopLevelSpec | undefined {
  if (arms.length === 0) return undefined;
  const values = arms.flatMap(({ policy, value }) => {
    const steps = value.acceptability.filter((s) => s.from <= end);
    // The last step holds to the axis's end.
    return [...steps.map((s) => ({ policy, value: s.from, share: s.share, step: true })), { policy, value: end, share: steps[steps.length - 1].share, step: false }];
  });
  // Its rule under the curves, its label over them.
  const chosenMark = chosenValueLayers(chosen, end);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `In how many of the team's futures does each come out ahead of ${arms[0].vs}?`,
      subtitle: ['By the value put on a departure avoided, beyond what the budget already counts for it (replacing the leaver, less the salary', 'a vacant seat saves). A spread of possible futures: more replications do not narrow it.'],
    },
    data: { values },
    width: 520,
    height: 260,
    layer: [
      ...chosenMark.rule,
      { data: { values: [{ half: 0.5 }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { field: 'half', type: 'quantitative' } } },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: 'Value of a departure avoided, per departure ($)', scale: { domain: [0, end], nice: false }, axis: { format: '$,.0f', labelOverlap: true } },
          y: { field: 'share', type: 'quantitative', title: "Share of the team's futures", scale: { domain: [0, 1] }, axis: { format: '.0%' } },
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
            { field: 'value', title: 'Above a value per departure avoided of', format: '$,.0f' },
            { field: 'share', title: "Share of the team's futures", format: '.0%' },
          ],
        },
      },
      ...chosenMark.label,
    ],
    config: CONFIG,
  };
}
