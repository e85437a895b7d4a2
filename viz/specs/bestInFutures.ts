import type { TopLevelSpec } from 'vega-lite';
import type { BestShareStep } from '../../models/bestInFutures';
import type { BestSpan } from '../../models/valueForMoney';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { chosenValueLayers } from './chosenValue';
import { andList } from '../../sim/text/andList';
import { figureName } from './chartIds';

/** The shares of the report's best-in-futures chart: every arm, the baseline first, and the steps of models/bestInFutures.ts. */
export interface BestInFutures {
  readonly policies: readonly string[];
  readonly steps: readonly BestShareStep[];
}

/** Arm a's share just below `value` (at 0: at 0). */
function shareBefore(steps: readonly BestShareStep[], a: number, value: number): number {
  let share = steps[0].shares[a];
  for (const s of steps) if (s.from < value) share = s.shares[a];
  return share;
}

/** Arm a's share from `value` on (the step starting at or before it). */
function shareFrom(steps: readonly BestShareStep[], a: number, value: number): number {
  let share = steps[0].shares[a];
  for (const s of steps) if (s.from <= value) share = s.shares[a];
  return share;
}

/**
 * Chart 13: for every arm, the baseline included, the share of the paired futures in which it
 * has the highest net benefit (or ties for it), by the value put on a departure avoided: steps,
 * exact from the replications, on `end`, the value axis it shares with chart 12. Each arm's line
 * is drawn thick over the values at which it has the highest mean (`spans`, bestOnAverage): the
 * arm to fund on average, which need not be the one best in the most futures. `chosen`, the
 * value of the report's net-benefit table, is marked with a rule.
 */
export function bestInFuturesSpec(best: BestInFutures, end: number, spans: readonly BestSpan[] | undefined, armTitle: ArmTitle = 'Package', chosen?: number): TopLevelSpec {
  const steps = best.steps.filter((s) => s.from <= end);
  const values = best.policies.flatMap((policy, a) => [
    // A point where this arm's share changes (the steps are where any arm's does).
    ...steps.map((s, k) => ({ policy, value: s.from, share: s.shares[a], step: k === 0 || s.shares[a] !== steps[k - 1].shares[a] })),
    // The last step holds to the axis's end.
    { policy, value: end, share: steps[steps.length - 1].shares[a], step: false },
  ]);
  // Each best-on-average span as a line of its own (segment), from its start to its end or the axis's.
  const frontier = (spans ?? []).flatMap((span, k) =>
    span.from >= end
      ? []
      : span.policies.flatMap((policy) => {
          const a = best.policies.indexOf(policy);
          const to = span.to === null ? end : Math.min(span.to, end);
          const inside = steps.filter((s) => s.from > span.from && s.from < to).map((s) => ({ value: s.from, share: s.shares[a] }));
          const rows = [{ value: span.from, share: shareFrom(best.steps, a, span.from) }, ...inside, { value: to, share: shareBefore(best.steps, a, to) }];
          return rows.map((r) => ({ policy, segment: `${policy}#${k}`, ...r }));
        }),
  );
  const x = { field: 'value', type: 'quantitative' as const, title: 'Value of a departure avoided, per departure ($)', scale: { domain: [0, end], nice: false }, axis: { format: '$,.0f', labelOverlap: true } };
  const y = { field: 'share', type: 'quantitative' as const, title: "Share of the team's futures", scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  const color = { field: 'policy', type: 'nominal' as const, scale: policyColor(best.policies) };
  // Its rule under the curves, its label over them.
  const chosenMark = chosenValueLayers(chosen, end);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: "In how many of the team's futures is each the best of all?",
      subtitle: [
        `The highest net benefit in the same future (V × departures avoided − net cost, against ${best.policies[0]}; ties counted for each), by the value V`,
        'put on a departure avoided beyond what the budget already counts (replacing the leaver, less the salary a vacant seat saves).',
        'Thick: the highest mean, the one to fund on average. Futures are paired (the same seeds); more replications do not narrow the shares.',
      ],
    },
    data: { values },
    width: 520,
    height: 260,
    layer: [
      ...chosenMark.rule,
      {
        data: { values: frontier },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 7, opacity: 0.35 },
        encoding: { x, y, color, detail: { field: 'segment', type: 'nominal' } },
      },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: { x, y, color: { ...color, title: armTitle, legend: { values: [...best.policies] } } },
      },
      {
        transform: [{ filter: 'datum.step' }],
        mark: { type: 'point', filled: true, size: 16 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          y: { field: 'share', type: 'quantitative' },
          color,
          tooltip: [
            { field: 'policy', title: armTitle },
            { field: 'value', title: 'Above a value per departure avoided of', format: '$,.0f' },
            { field: 'share', title: 'Best (or tied) in this share of the futures', format: '.0%' },
          ],
        },
      },
      ...chosenMark.label,
    ],
    config: CONFIG,
  };
}

/**
 * What chart 13's caption says of these shares besides its fixed text: which arms are never best
 * on the axis, which lines lie on each other, that two arms only mirror chart 12, and that the
 * shares still change past the axis's end.
 */
export function bestInFuturesNotes(best: BestInFutures, end: number, formatValue: (x: number) => string, one: string): string[] {
  const shown = best.steps.filter((s) => s.from <= end);
  const notes: string[] = [];
  const never = best.policies.filter((_, a) => shown.every((s) => s.shares[a] === 0));
  if (never.length > 0) notes.push(`Best in no future at any value on the axis (its line lies along 0%): ${andList(never)}.`);
  const drawn = best.policies.map((_, a) => a).filter((a) => !never.includes(best.policies[a]));
  const together: string[][] = [];
  for (const a of drawn) {
    const same = together.find((g) => shown.every((s) => s.shares[best.policies.indexOf(g[0])] === s.shares[a]));
    if (same) same.push(best.policies[a]);
    else together.push([best.policies[a]]);
  }
  for (const g of together.filter((g) => g.length > 1)) notes.push(`${andList(g)} have the same shares throughout, so their lines lie on each other.`);
  if (best.policies.length === 2) notes.push(`With one ${one} against the baseline this is ${figureName('worth-its-cost')}'s curve and its complement.`);
  const last = best.steps[best.steps.length - 1].from;
  if (last > end) notes.push(`The shares still change beyond the axis, up to ${formatValue(last)}.`);
  return notes;
}
