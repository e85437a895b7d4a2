import { P2Quantiles } from '../sim/stats/p2';
import { stateArray, stateNumber, statePrefixed, stateUnder, type StateRecord } from '../sim/io/stateRecord';
import { populationSd, summarize, type Summary } from '../sim/stats/summary';
import type { ChunkResult } from './chunk';
import { SEPARATION_WIDTH, WORKER_WIDTH } from './chunk';
import { GROUP_TALLY_WIDTH, GROUPS, groupOutcomes, presentGroups, type GroupOutcome } from './groups';
import { groupTurnoverDifference } from './groupDifference';
import type { GroupTurnoverDifference } from './runDocument';
import { METRIC_NAMES, type MetricName } from './metrics';
import { valueForMoney, type ValueForMoney } from './valueForMoney';
import { netBenefitAtValue, type ArmReplications, type NetBenefitAtValue } from './netBenefit';
import { valueOfInformation, type ValueOfInformation } from './valueOfInformation';
import { pairedDifference, type PairedDifference } from './pairedDifference';
import { SERIES, SERIES_COUNT } from './observables';
import { departuresAvoidedByHalf, firstHalfDays } from './departuresByHalf';
import { WORKER_COLUMNS } from './outputs';
import { discountedRecord, type DiscountedPerYear } from './discounting';
import { PACKAGE_SPENDING_SERIES } from './costParts';
import { meanSpending, spendingOverBaseline } from './budgetFit';
import { PACKAGE_SPENDING_INPUT_METRICS, packageSpendingOfMetrics } from './packageSpendingOfMetrics';
import { spendingByYear, type SpendingYear } from './spendingByYear';

const SPENDING_SERIES = PACKAGE_SPENDING_SERIES.map((name) => SERIES[name]);

const PROQOL_BO_COLUMN = WORKER_COLUMNS.indexOf('proqolBO');

export const SERIES_QUANTILES = [0.05, 0.5, 0.95] as const;

export { SAME_WITHIN, type PairedDifference } from './pairedDifference';

/**
 * Called once per (replication, policy), in replication order then policy order, with that
 * replication's per-worker rows and its metrics (METRIC_NAMES order: the values metricSummaries
 * and differences summarize), and, where value for money is discounted (a discount rate above 0),
 * its discounted leavers and cost a year. The arrays are views of buffers reused once the call returns.
 */
export type RepSink = (policy: number, rep: number, workers: Float64Array, separations: Float64Array, metrics: Float64Array, discounted?: DiscountedPerYear) => void;

interface Pending {
  readonly chunks: (ChunkResult | undefined)[];
  received: number;
}

/**
 * Folds replication results into fixed-size summaries as they arrive, in replication order
 * whatever order threads finish in, so every output is identical for any thread count or
 * chunking. A replication is folded only when every policy's result for it is in, so the
 * folded replications are always the same for all policies (common random numbers).
 *
 * Memory per policy: the daily series' running sums and quantile sketches (fixed: exact values
 * for the first replications, then P² markers), plus the
 * scalar metrics of each replication (METRIC_NAMES.length numbers per replication, kept for
 * exact metric quantiles and paired differences; the sink gets them too, as they fold) and its
 * group tally (GROUP_TALLY_WIDTH numbers, for turnover by role and lived experience) and its
 * separations over the horizon's first half (departuresAvoidedByHalf), its spending on its package a
 * year (one number; compare --budget's), and, at a discount rate
 * above 0, its discounted leavers and cost a year (two numbers; models/discounting.ts). Per-worker
 * rows go to the sink, not kept: only three running sums of their end-of-run burnout scores stay
 * (endBurnoutSd).
 */
export class ExperimentAggregator {
  private readonly metricValues: Float64Array[];
  /**
   * Per policy: each replication's group tally (GROUP_TALLY_WIDTH counts: worker-days and separations
   * by role and lived experience). Doubles, not 32-bit counts: 200,000 seats over 36,500 days pass 2³².
   */
  private readonly groupTallies: Float64Array[];
  private readonly seriesSums: Float64Array[];
  /** Per policy and cell: the replications whose value was a number (a team-state series is NaN on a day nobody was in post). */
  private readonly seriesCounts: Uint32Array[];
  private readonly seriesQuantileSketches: P2Quantiles[];
  /** Per policy: count, sum and sum of squares of the ProQOL burnout scores of the staff in post at each replication's end. */
  private readonly endBurnoutMoments: Float64Array;
  /** Per policy and replication: separations over the first half of the horizon (departuresAvoidedByHalf). */
  private readonly firstHalfLeavers: Float64Array[];
  /** Per policy and replication: the whole team's spending on its package a year (PACKAGE_SPENDING_SERIES; compare --budget's). */
  private readonly spending: Float64Array[];
  /** Per policy, at a discount rate above 0: each replication's discounted leavers and cost a year (two numbers a replication; value for money's). */
  private readonly discounted: Float64Array[] | undefined;
  private readonly pending = new Map<number, Pending>();
  private folded = 0;

  constructor(
    readonly policies: number,
    readonly reps: number,
    readonly days: number,
    private readonly sink?: RepSink,
    /** Annual rate value for money discounts at (costs.discountRate; 0: undiscounted). */
    readonly discountRate = 0,
    /** A policy's spending on its package a year in a replication with nobody in post all run (unstaffedSpendingPerYear); NaN where unknown. */
    private readonly unstaffedSpending: (policy: number, rep: number) => number = () => NaN,
  ) {
    this.metricValues = Array.from({ length: policies }, () => new Float64Array(reps * METRIC_NAMES.length));
    this.groupTallies = Array.from({ length: policies }, () => new Float64Array(reps * GROUP_TALLY_WIDTH));
    this.seriesSums = Array.from({ length: policies }, () => new Float64Array(days * SERIES_COUNT));
    this.seriesCounts = Array.from({ length: policies }, () => new Uint32Array(days * SERIES_COUNT));
    this.seriesQuantileSketches = Array.from({ length: policies }, () => new P2Quantiles(days * SERIES_COUNT, SERIES_QUANTILES, undefined, reps));
    this.endBurnoutMoments = new Float64Array(policies * 3);
    this.firstHalfLeavers = Array.from({ length: policies }, () => new Float64Array(reps));
    this.spending = Array.from({ length: policies }, () => new Float64Array(reps));
    this.discounted = discountRate > 0 ? Array.from({ length: policies }, () => new Float64Array(reps * 2)) : undefined;
  }

  /** Each folded replication's separations over the whole horizon under a policy. */
  private leaverTotals(policy: number): Float64Array {
    return this.values(policy, 'leaversPerYear').map((perYear) => (perYear * this.days) / 365);
  }

  /** Replications folded so far (the same for every policy). */
  get completedReps(): number {
    return this.folded;
  }

  /** Adds a chunk; returns the chunks folded by this call, whose buffers are no longer needed. */
  add(policy: number, chunk: ChunkResult): ChunkResult[] {
    if (chunk.days !== this.days) throw new Error(`chunk has ${chunk.days} days, expected ${this.days}`);
    let entry = this.pending.get(chunk.firstRep);
    if (!entry) {
      entry = { chunks: new Array(this.policies).fill(undefined), received: 0 };
      this.pending.set(chunk.firstRep, entry);
    }
    if (entry.chunks[policy]) throw new Error(`replications from ${chunk.firstRep} of policy ${policy} arrived twice`);
    entry.chunks[policy] = chunk;
    entry.received++;
    return this.foldReady();
  }

  private foldReady(): ChunkResult[] {
    const done: ChunkResult[] = [];
    for (;;) {
      const entry = this.pending.get(this.folded);
      if (!entry || entry.received < this.policies) return done;
      this.pending.delete(this.folded);
      const chunks = entry.chunks as ChunkResult[];
      const reps = chunks[0].reps;
      const workerOffsets = chunks.map(() => 0);
      const separationOffsets = chunks.map(() => 0);
      const cells = this.days * SERIES_COUNT;
      for (let k = 0; k < reps; k++) {
        const rep = this.folded + k;
        for (let p = 0; p < this.policies; p++) {
          const c = chunks[p];
          const metrics = c.metrics.subarray(k * METRIC_NAMES.length, (k + 1) * METRIC_NAMES.length);
          this.metricValues[p].set(metrics, rep * METRIC_NAMES.length);
          this.groupTallies[p].set(c.groups.subarray(k * GROUP_TALLY_WIDTH, (k + 1) * GROUP_TALLY_WIDTH), rep * GROUP_TALLY_WIDTH);
          const record = c.records.subarray(k * cells, (k + 1) * cells);
          const sums = this.seriesSums[p];
          const counts = this.seriesCounts[p];
          for (let i = 0; i < cells; i++) {
            const x = record[i];
            if (x !== x) continue;
            sums[i] += x;
            counts[i]++;
          }
          this.seriesQuantileSketches[p].add(record);
          let early = 0;
          for (let day = 0; day < firstHalfDays(this.days); day++) early += record[day * SERIES_COUNT + SERIES.separations];
          this.firstHalfLeavers[p][rep] = early;
          let spent = 0;
          for (let day = 0; day < this.days; day++) for (const series of SPENDING_SERIES) spent += record[day * SERIES_COUNT + series];
          this.spending[p][rep] = spendingOfReplication(metrics, () => this.unstaffedSpending(p, rep), (spent * 365) / this.days);
          const discounted = this.discounted ? discountedRecord(record, this.days, this.discountRate) : undefined;
          if (discounted) this.discounted![p].set([discounted.leavers, discounted.cost], rep * 2);
          const workers = c.workers.subarray(workerOffsets[p] * WORKER_WIDTH, (workerOffsets[p] + c.workerCounts[k]) * WORKER_WIDTH);
          const separations = c.separations.subarray(separationOffsets[p] * SEPARATION_WIDTH, (separationOffsets[p] + c.separationCounts[k]) * SEPARATION_WIDTH);
          this.addEndBurnout(p, workers);
          workerOffsets[p] += c.workerCounts[k];
          separationOffsets[p] += c.separationCounts[k];
          if (discounted) this.sink?.(p, rep, workers, separations, metrics, discounted);
          else this.sink?.(p, rep, workers, separations, metrics);
        }
      }
      this.folded += reps;
      done.push(...chunks);
    }
  }

  /**
   * The folded replications' summaries as plain arrays, for a checkpoint of a run stopped short:
   * restore() on an aggregator of the same shape goes on from the next replication exactly as this
   * one would have. Chunks received but not yet folded are not in it (a resume runs them again). The
   * arrays are the aggregator's own, not copies (at a stop, a copy of every summary could run a large
   * run out of memory): write or copy them before anything more is added.
   */
  snapshot(): StateRecord {
    const state: StateRecord = { policies: this.policies, reps: this.reps, days: this.days, discountRate: this.discountRate, folded: this.folded, endBurnoutMoments: this.endBurnoutMoments };
    for (let p = 0; p < this.policies; p++) {
      state[`metricValues.${p}`] = this.metricValues[p];
      state[`groupTallies.${p}`] = this.groupTallies[p];
      state[`seriesSums.${p}`] = this.seriesSums[p];
      state[`seriesCounts.${p}`] = this.seriesCounts[p];
      state[`firstHalfLeavers.${p}`] = this.firstHalfLeavers[p];
      state[`spending.${p}`] = this.spending[p];
      if (this.discounted) state[`discounted.${p}`] = this.discounted[p];
      Object.assign(state, statePrefixed(this.seriesQuantileSketches[p].snapshot(), `sketch.${p}.`));
    }
    return state;
  }

  /** Takes the state of a snapshot() of an aggregator with the same policies, reps, days and discount rate, before anything is added. */
  restore(state: StateRecord): void {
    if (this.folded !== 0 || this.pending.size > 0) throw new Error('an aggregator is restored only before any replication is added');
    for (const [name, mine] of [['policies', this.policies], ['reps', this.reps], ['days', this.days], ['discountRate', this.discountRate]] as const) {
      const theirs = stateNumber(state, name);
      if (theirs !== mine) throw new Error(`checkpoint has ${name} ${theirs}, this run ${mine}`);
    }
    const folded = stateNumber(state, 'folded');
    if (!Number.isInteger(folded) || folded < 0 || folded > this.reps) throw new Error(`checkpoint has ${folded} folded replications, outside 0-${this.reps}`);
    this.endBurnoutMoments.set(stateArray(state, 'endBurnoutMoments', 'Float64Array', this.policies * 3));
    for (let p = 0; p < this.policies; p++) {
      this.metricValues[p].set(stateArray(state, `metricValues.${p}`, 'Float64Array', this.metricValues[p].length));
      this.groupTallies[p].set(stateArray(state, `groupTallies.${p}`, 'Float64Array', this.groupTallies[p].length));
      this.seriesSums[p].set(stateArray(state, `seriesSums.${p}`, 'Float64Array', this.seriesSums[p].length));
      this.seriesCounts[p].set(stateArray(state, `seriesCounts.${p}`, 'Uint32Array', this.seriesCounts[p].length));
      this.firstHalfLeavers[p].set(stateArray(state, `firstHalfLeavers.${p}`, 'Float64Array', this.reps));
      this.spending[p].set(stateArray(state, `spending.${p}`, 'Float64Array', this.reps));
      if (this.discounted) this.discounted[p].set(stateArray(state, `discounted.${p}`, 'Float64Array', this.reps * 2));
      const sketch = stateUnder(state, `sketch.${p}.`);
      // Each replication adds once to each policy's sketch: another count is a checkpoint pieced together from two.
      if (stateNumber(sketch, 'added') !== folded) throw new Error(`checkpoint's quantile sketch of policy ${p} holds ${stateNumber(sketch, 'added')} replications, and the checkpoint ${folded}`);
      this.seriesQuantileSketches[p].restore(sketch);
    }
    this.folded = folded;
  }

  private addEndBurnout(policy: number, workers: Float64Array): void {
    const moments = this.endBurnoutMoments;
    const at = policy * 3;
    for (let row = 0; row < workers.length; row += WORKER_WIDTH) {
      const score = workers[row + PROQOL_BO_COLUMN];
      moments[at] += 1;
      moments[at + 1] += score;
      moments[at + 2] += score * score;
    }
  }

  /**
   * The standard deviation of individual ProQOL burnout scores of a policy's staff in post at the
   * end of each folded replication, replications pooled (what trials standardize an effect by); 0
   * when nobody was in post.
   */
  endBurnoutSd(policy: number): number {
    const at = policy * 3;
    return populationSd(this.endBurnoutMoments[at], this.endBurnoutMoments[at + 1], this.endBurnoutMoments[at + 2]);
  }

  /** One metric's values across folded replications of a policy. */
  values(policy: number, metric: MetricName): Float64Array {
    const j = METRIC_NAMES.indexOf(metric);
    const out = new Float64Array(this.folded);
    for (let r = 0; r < this.folded; r++) out[r] = this.metricValues[policy][r * METRIC_NAMES.length + j];
    return out;
  }

  metricSummaries(policy: number): Record<MetricName, Summary> {
    return Object.fromEntries(METRIC_NAMES.map((m) => [m, summarize(this.values(policy, m))])) as Record<MetricName, Summary>;
  }

  /**
   * Paired difference (policy − baseline) of each metric across replications (see pairedDifference).
   */
  differences(policy: number, baseline: number): Record<MetricName, PairedDifference> {
    return Object.fromEntries(METRIC_NAMES.map((m) => [m, pairedDifference(this.values(policy, m), this.values(baseline, m))])) as Record<MetricName, PairedDifference>;
  }

  /**
   * Each folded replication's leavers and whole-team cost a year under a policy, as value for
   * money counts them: discounted at a discount rate above 0, else the metrics leaversPerYear and
   * teamCostPerYear.
   */
  valueForMoneyValues(policy: number): { leavers: Float64Array; cost: Float64Array } {
    const d = this.discounted?.[policy];
    if (!d) return { leavers: this.values(policy, 'leaversPerYear'), cost: this.values(policy, 'teamCostPerYear') };
    const leavers = new Float64Array(this.folded);
    const cost = new Float64Array(this.folded);
    for (let r = 0; r < this.folded; r++) {
      leavers[r] = d[r * 2];
      cost[r] = d[r * 2 + 1];
    }
    return { leavers, cost };
  }

  /**
   * What a policy's net cost buys in departures avoided against the baseline, from the same
   * replications (see valueForMoney), discounted at a discount rate above 0 (which it then
   * names); undefined without a replication in which both have both values. Its departures
   * avoided by halves of the horizon (byHalf) are undiscounted: they are about when they fall.
   */
  valueForMoney(policy: number, baseline: number): ValueForMoney | undefined {
    const base = this.valueForMoneyValues(baseline);
    const arm = this.valueForMoneyValues(policy);
    const v = valueForMoney(base.leavers, arm.leavers, base.cost, arm.cost, this.discountRate);
    if (v === undefined) return undefined;
    const leavers = (p: number) => ({ firstHalf: this.firstHalfLeavers[p].subarray(0, this.folded), total: this.leaverTotals(p) });
    const byHalf = departuresAvoidedByHalf(this.days, leavers(baseline), leavers(policy));
    return byHalf ? { ...v, byHalf } : v;
  }

  /** Every policy's net benefit against the first at a value per departure avoided (see netBenefitAtValue), labelled by `labels`; discounted at a discount rate above 0. */
  netBenefitAtValue(valuePerDeparture: number, labels: readonly string[]): NetBenefitAtValue | undefined {
    return netBenefitAtValue(valuePerDeparture, this.armReplications(labels), this.discountRate);
  }

  /** What learning each drawn value would be worth at a value per departure avoided (see valueOfInformation), `draws` holding each field's value in each replication. */
  valueOfInformation(valuePerDeparture: number, labels: readonly string[], draws: ReadonlyMap<string, ArrayLike<number>>, seed: number): ValueOfInformation | undefined {
    return valueOfInformation(valuePerDeparture, this.armReplications(labels), draws, seed, this.discountRate);
  }

  /** Every policy's leavers and cost a year, replication by replication, as value for money reads them, labelled by `labels`. */
  private armReplications(labels: readonly string[]): ArmReplications[] {
    return labels.map((policy, p) => ({ policy, ...this.valueForMoneyValues(p) }));
  }

  /** A policy's mean spending on its package a year over the folded replications, as budgetFit gives it (its baselineSpendingPerYear, spendingPerYear). */
  packageSpending(policy: number): number {
    return meanSpending(this.spending[policy].subarray(0, this.folded));
  }

  /** The mean of a policy's paired differences from the baseline's spending on its package a year, as budgetFit gives it (overBaselinePerYear). */
  packageSpendingOver(policy: number, baseline: number): number {
    return spendingOverBaseline(this.spending[policy].subarray(0, this.folded), this.spending[baseline].subarray(0, this.folded)).mean;
  }

  /** Each year's spending on the package and net cost against the first policy, from the daily means (see spendingByYear); undefined for a year or less. */
  spendingByYear(labels: readonly string[]): SpendingYear[] | undefined {
    return spendingByYear(this.days, labels, (p, day) => ({
      spending: SPENDING_SERIES.reduce((sum, series) => sum + this.seriesMean(p, day, series), 0),
      cost: this.seriesMean(p, day, SERIES.cost),
    }));
  }

  /**
   * Turnover by role and by lived experience of a policy's folded replications: the groups anyone
   * was in post in under any policy, in GROUPS order.
   */
  groupOutcomes(policy: number): GroupOutcome[] {
    return groupOutcomes(this.groupTallies[policy], this.folded, presentGroups(this.groupTallies, this.folded));
  }

  /**
   * Paired difference (policy − baseline) of each present group's turnover per year, over the
   * replications in which the group had someone in post under both (`reps` counts them; see
   * groupTurnoverDifference); a group without such a replication is left out.
   */
  groupDifferences(policy: number, baseline: number): GroupTurnoverDifference[] {
    const present = presentGroups(this.groupTallies, this.folded);
    return GROUPS.flatMap((g, index) => {
      const d = present[index] ? groupTurnoverDifference(this.groupTallies[policy], this.groupTallies[baseline], this.folded, index) : undefined;
      return d ? [{ by: g.by, group: g.group, label: g.label, ...d }] : [];
    });
  }

  /** Mean of a daily series across the folded replications in which it was a number (NaN when it was in none). */
  seriesMean(policy: number, day: number, series: number): number {
    const cell = day * SERIES_COUNT + series;
    const n = this.seriesCounts[policy][cell];
    return n > 0 ? this.seriesSums[policy][cell] / n : NaN;
  }

  /** The SERIES_QUANTILES of a daily series across the folded replications in which it was a number (ordered; NaN when none). */
  seriesQuantiles(policy: number, day: number, series: number): number[] {
    return this.seriesQuantileSketches[policy].estimates(day * SERIES_COUNT + series);
  }
}

const METRIC_INDEX = new Map(METRIC_NAMES.map((name, k) => [name, k]));

/**
 * A replication's spending on its package a year as compare --budget counts it: rebuilt from its
 * metrics (packageSpendingOfMetrics), as `cfsim report --budget` rebuilds it from replications.csv,
 * so that the two give the same figures to the last digit (summed from the daily series, the same
 * spending differed in its last binary places, and a mean on a half dollar rounded apart); `summed`
 * where the metrics cannot give it (no cost and no leavers to recover the headcount from).
 */
function spendingOfReplication(metrics: Float64Array, unstaffed: () => number, summed: number): number {
  const one = Object.fromEntries(PACKAGE_SPENDING_INPUT_METRICS.map((m) => [m, [metrics[METRIC_INDEX.get(m)!]]]));
  const rebuilt = packageSpendingOfMetrics(one, unstaffed)![0];
  return rebuilt === rebuilt ? rebuilt : summed;
}
