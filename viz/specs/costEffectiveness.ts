import type { TopLevelSpec } from 'vega-lite';
import type { SummaryDocument } from '../report/reportData';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { isFewReps } from '../report/differences';

/** One arm's paired futures on the plane: in each replication, its net cost, departures avoided and high-STS share averted against the baseline's. */
export interface PlaneFutures {
  readonly policy: string;
  /** Whole-team cost per year less the baseline's, by replication. */
  readonly netCost: ArrayLike<number>;
  /** The baseline's leavers per year less the arm's. */
  readonly departuresAvoided: ArrayLike<number>;
  /** The baseline's high-STS share less the arm's, in percentage points. */
  readonly stsAverted: ArrayLike<number>;
}

/** The replications.csv columns the paired futures of the plane are made from. */
export const PLANE_METRICS = ['leaversPerYear', 'teamCostPerYear', 'highSTSShare'] as const;

const DEPARTURES = 'Departures avoided per year';
const STS = 'High-STS share averted (percentage points)';

/**
 * Chart 6: the cost-effectiveness plane: the extra cost against the outcomes gained. For the
 * whole team (the net cost per year against departures avoided per year, as value for money
 * reckons them), or, for results written before CFSim counted leavers per year (0.10.0), per
 * worker-year in post against separations averted per 100 worker-years. With the paired futures
 * (from replications.csv), each replication is a faint dot around its arm's mean: the cloud a
 * health economist reads the spread and the correlation of cost and effect from, which the
 * whiskers' two marginal ranges do not show.
 */
export function costEffectivenessSpec(summary: SummaryDocument, armTitle: ArmTitle = 'Package', futures: readonly PlaneFutures[] = []): TopLevelSpec | undefined {
  const differences = summary.differences ?? [];
  if (differences.length === 0) return undefined;
  const baseline = differences[0].vs;
  const wholeTeam = differences.every((d) => d.metrics.teamCostPerYear !== undefined && d.metrics.leaversPerYear !== undefined);
  const costWords = wholeTeam ? 'Extra cost per year, whole team' : 'Extra cost per worker-year';
  const values = differences.flatMap((d) => {
    const cost = wholeTeam ? d.metrics.teamCostPerYear : d.metrics.costPerWorkerYear;
    const sts = d.metrics.highSTSShare;
    const costs = { policy: d.policy, cost: cost.mean, costLow: cost.p05, costHigh: cost.p95 };
    // Averted = minus the difference; the 90% range flips with it.
    const departures = wholeTeam
      ? { outcome: DEPARTURES, gain: -d.metrics.leaversPerYear.mean, gainLow: -d.metrics.leaversPerYear.p95, gainHigh: -d.metrics.leaversPerYear.p05 }
      : { outcome: 'Separations averted per 100 worker-years', gain: -100 * d.metrics.turnoverPerYear.mean, gainLow: -100 * d.metrics.turnoverPerYear.p95, gainHigh: -100 * d.metrics.turnoverPerYear.p05 };
    return [
      { ...costs, ...departures },
      { ...costs, outcome: STS, gain: -100 * sts.mean, gainLow: -100 * sts.p95, gainHigh: -100 * sts.p05 },
    ];
  });
  // The cloud only on the whole-team plane, whose costs the futures are in.
  const cloud = wholeTeam ? futureDots(futures) : [];
  const policies = [baseline, ...differences.map((d) => d.policy)];
  const ticks = costTicks([...cloud, ...values].flatMap((v) => ('future' in v ? [v.cost] : [v.cost, v.costLow, v.costHigh])));
  const means = { filter: 'datum.future !== true' };
  // Below 20 replications a paired difference's range is all of them (signRange), as the comparison tables say.
  const whiskers = isFewReps(summary.reps) ? `from the smallest to the largest of the ${summary.reps} paired replications` : 'ranges holding 90% of the paired replications';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Cost-effectiveness against ${baseline}`,
      subtitle: [
        `${costWords} (right = costs more) against what it buys (up = better).`,
        cloud.length > 0 ? `Large dots: means; small dots: each paired future (replication); whiskers: ${whiskers}.` : `Whiskers: ${whiskers}.`,
      ],
    },
    data: { values: [...cloud, ...values] },
    facet: { column: { field: 'outcome', type: 'nominal', title: null } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 300,
      height: 230,
      layer: [
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888' }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
        ...(cloud.length > 0
          ? [
              {
                transform: [{ filter: 'datum.future === true' }],
                mark: { type: 'circle' as const, size: 18, opacity: cloudOpacity(summary.reps) },
                encoding: {
                  x: { field: 'cost', type: 'quantitative' as const },
                  y: { field: 'gain', type: 'quantitative' as const },
                  color: { field: 'policy', type: 'nominal' as const, scale: policyColor(policies) },
                  tooltip: [
                    { field: 'policy', title: armTitle },
                    { field: 'rep', title: 'Replication (rep in replications.csv)' },
                    { field: 'cost', title: costWords, format: '$,.0f' },
                    { field: 'gain', title: 'Gained', format: '.2f' },
                  ],
                },
              },
            ]
          : []),
        {
          transform: [means],
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'costLow', type: 'quantitative', title: `${costWords} ($)`,
              // The axis runs from tick to tick, so the ticks given are the ones drawn.
              scale: { domain: [ticks[0], ticks[ticks.length - 1]], nice: false },
              axis: {
                format: '$~s',
                labelFlush: false,
                // Vega gives every label the prefix of the largest ("$0k"), and labels like "−$20k" and "−$10k" can touch.
                labelExpr: "datum.value === 0 ? '$0' : datum.label",
                // Ticks of our own, 0 always one of them and at least 50 px apart (costTicks); left to Vega,
                // a range from −$14k to +$338k was ticked every $50k and every other label, "$0" among
                // them, dropped for overlap. No label is dropped, so none can be "$0".
                values: ticks,
                labelOverlap: false,
              },
            },
            x2: { field: 'costHigh' },
            y: { field: 'gain', type: 'quantitative', title: 'Gained vs baseline' },
            // The baseline keeps its colour in every chart but is the origin here, so the legend lists the others.
            color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(policies), legend: { values: policies.slice(1) } },
          },
        },
        {
          transform: [means],
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'cost', type: 'quantitative' },
            y: { field: 'gainLow', type: 'quantitative' },
            y2: { field: 'gainHigh' },
            color: { field: 'policy', type: 'nominal', scale: policyColor(policies) },
          },
        },
        {
          transform: [means],
          mark: { type: 'point', filled: true, size: 90, stroke: 'white', strokeWidth: 1, opacity: 1 },
          encoding: {
            x: { field: 'cost', type: 'quantitative' },
            y: { field: 'gain', type: 'quantitative' },
            color: { field: 'policy', type: 'nominal', scale: policyColor(policies) },
            tooltip: [
              { field: 'policy', title: armTitle },
              { field: 'outcome', title: 'Outcome' },
              { field: 'cost', title: costWords, format: '$,.0f' },
              { field: 'gain', title: 'Gained', format: '.2f' },
            ],
          },
        },
      ],
    },
    config: CONFIG,
  };
}

/** The most ticks the 300-pixel cost axis takes: 60 px apart at the closest, room for labels like "−$350k" (about 40 px). */
const MOST_COST_TICKS = 6;

/**
 * The cost axis's ticks: multiples of a round step (1, 2 or 5 times a power of ten, $1 at least) from the lowest
 * cost to the highest, 0 always among them (it is the baseline's cost, where the plane's axes
 * cross), the finest such step that needs at most six ticks. Vega's own ticks include 0 too, but
 * where they were too many for the axis it hid every other label, and with it "$0" on a range
 * that starts one step below 0 (−$50k, $0, $50k, ... read "−$50k, $50k, $150k").
 */
export function costTicks(costs: readonly number[]): number[] {
  const finite = costs.filter((c) => Number.isFinite(c));
  const lo = finite.reduce((m, c) => Math.min(m, c), 0);
  let hi = finite.reduce((m, c) => Math.max(m, c), 0);
  if (hi === lo) hi = 1; // No cost but 0: an axis from $0 to $1.
  const count = (step: number) => Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) + 1;
  // From a tenth of the span's power of ten (but not under $1: '$~s' writes $0.2 as "$200m"), up
  // through 1, 2, 5 times each power until the ticks fit.
  let power = Math.max(1, 10 ** (Math.floor(Math.log10(hi - lo)) - 1));
  let step = power;
  for (let k = 0; count(step) > MOST_COST_TICKS; k++) {
    if (k % 3 === 2) power *= 10;
    step = power * [2, 5, 1][k % 3];
  }
  const first = Math.floor(lo / step + 1e-9);
  return Array.from({ length: count(step) }, (_, n) => (first + n) * step);
}

/**
 * The small dots' opacity: 0.45 up to 100 replications, then fainter as 1/√reps (not below 0.1),
 * so that where hundreds of futures overlap the cloud still shows where they are densest instead
 * of one solid blot.
 */
export function cloudOpacity(reps: number): number {
  return reps <= 100 ? 0.45 : Math.max(0.1, 0.45 * Math.sqrt(100 / reps));
}

/** Each arm's paired futures as small dots on both planes, with their replication's number (a future missing a value is left off that plane). */
function futureDots(futures: readonly PlaneFutures[]): { future: true; policy: string; rep: number; outcome: string; cost: number; gain: number }[] {
  return futures.flatMap((f) =>
    Array.from({ length: f.netCost.length }, (_, r) => [
      { future: true as const, policy: f.policy, rep: r, outcome: DEPARTURES, cost: f.netCost[r], gain: f.departuresAvoided[r] },
      { future: true as const, policy: f.policy, rep: r, outcome: STS, cost: f.netCost[r], gain: f.stsAverted[r] },
    ]).flat().filter((dot) => Number.isFinite(dot.cost) && Number.isFinite(dot.gain)),
  );
}
