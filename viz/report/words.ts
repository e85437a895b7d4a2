import type { SummaryDocument } from './reportData';
import { KEY_METRICS } from '../specs/keyMetrics';
import type { Difference, GroupTurnoverDifference } from '../../models/runDocument';
import type { Scenario } from '../../scenarios/schema';
import { clearOnAverage, decimalsShowingSmall, differenceDecimals, isClear, isFewReps, isIncrease, isNoDifference, isSmall, oneWay, SMALL_SHARE } from './differences';
import { differenceUnit } from './metricFormat';
import { figureName } from '../specs/chartIds';

/** A metric the findings speak of: a key metric, or the whole team's yearly cost. */
type Key = (typeof KEY_METRICS)[number] | typeof TEAM_COST;

/** The whole team's yearly cost, which the findings give beside the cost per worker-year. */
const TEAM_COST = { metric: 'teamCostPerYear', format: ',.0f' } as const;

/** Whether a metric is money, and what its amounts are per. */
const MONEY: Partial<Record<Key['metric'], string>> = { costPerWorkerYear: 'per worker-year', teamCostPerYear: 'a year for the whole team' };

/** A key metric's difference in words, with `extra` decimals more than usual where a clear effect needs them (see differenceDecimals). */
function amount(k: Key, x: number, extra: number): string {
  const a = Math.abs(x);
  const fixed = (v: number, decimals: number) => v.toLocaleString('en-US', { minimumFractionDigits: decimals + extra, maximumFractionDigits: decimals + extra });
  if (k.format === '.1%') return `${fixed(a * 100, 1)} percentage points`;
  if (MONEY[k.metric] !== undefined) return `$${fixed(a, 0)}`;
  if (k.format === '.3f') return fixed(a, 3);
  return `${fixed(a, 1)} points`;
}

const NOUNS: Record<Key['metric'], string> = {
  proqolSTS: 'secondary traumatic stress',
  proqolBO: 'burnout',
  proqolCS: 'compassion satisfaction',
  highSTSShare: 'the share of staff with high STS',
  turnoverPerYear: 'annual turnover',
  absenceRate: 'sickness absence',
  careQuality: 'care quality',
  unmetDemandShare: 'unmet client demand',
  costPerWorkerYear: 'cost per worker-year',
  teamCostPerYear: "the whole team's yearly cost",
};

/**
 * Whether an arm staffs differently from another (their seats, added seats or float staff differ),
 * so that per-worker figures spread its cost over another number of workers.
 */
export function staffsDifferently(scenarios: readonly { readonly policy?: { readonly name?: string } }[]): (policy: string, vs: string) => boolean {
  const staffing = (name: string) => {
    const s = scenarios.find((x) => x.policy?.name === name) as Partial<Scenario> | undefined;
    return JSON.stringify([s?.population?.seats, s?.policy?.staffing?.extraSeatShare ?? 0, s?.policy?.staffing?.floatPool ?? 0]);
  };
  return (policy, vs) => staffing(policy) !== staffing(vs);
}

/** Said under a package whose care quality and unmet demand both rise clearly. */
export const CARE_QUALITY_CAVEAT = 'Care quality is the mean over the contacts made, and more of what clients needed went unmet: read the two together.';

/**
 * The largest pooled effect on burnout that trials found: organization-directed interventions, SMD
 * −0.45 (95% CI −0.62 to −0.28), Panagioti et al. 2017 (physicians; individual-directed ones were
 * smaller). A package whose burnout effect lies beyond the interval's far end is larger than the
 * evidence for any kind of intervention.
 */
export const ORGANIZATION_DIRECTED_SMD = { mean: -0.45, low: -0.62, high: -0.28 } as const;

/**
 * Said under a package that lowers burnout by more than trials support, with its effect in SDs of
 * individual scores; `subject` names whose effect it is ("Its" under the package's own findings).
 */
export function burnoutEvidenceCaveat(smd: number, subject = 'Its'): string {
  const size = (x: number) => x.toFixed(2).replace('-', '−');
  return (
    `${subject} burnout effect, ${size(smd)} SD of individual scores, is beyond what trials found: organization-directed interventions ` +
    `lowered burnout by ${size(-ORGANIZATION_DIRECTED_SMD.mean)} SD (95% CI ${size(-ORGANIZATION_DIRECTED_SMD.high)} to ${size(-ORGANIZATION_DIRECTED_SMD.low)}; Panagioti et al. 2017). ` +
    "Its size follows from the model's assumed lever effects, combined (docs/ODD.md, deviation 22): read it as what those assumptions imply, not as evidence."
  );
}

/**
 * A package's burnout effect standardized as the trials did (the difference in mean ProQOL burnout
 * over `baselineSd`, the baseline's spread of individual scores), when it is clear and lower than
 * the far end of ORGANIZATION_DIRECTED_SMD's interval; otherwise undefined.
 */
export function burnoutBeyondEvidence(difference: Difference, baselineSd: number | undefined): number | undefined {
  if (baselineSd === undefined || !(baselineSd > 0) || !isClear(difference)) return undefined;
  const smd = difference.mean / baselineSd;
  return smd < ORGANIZATION_DIRECTED_SMD.low ? smd : undefined;
}

/** One package's findings against the baseline (see findings). */
export interface Finding {
  readonly policy: string;
  readonly vs: string;
  /** Clear differences in words, with their ranges. */
  readonly clear: string[];
  /** Differences that are not clear but never go the other way ("raises annual turnover in 32 of 100 futures and never lowers it ..."; see oneWay). */
  readonly oneWay: string[];
  /** The key metrics the package changes in no future at all (nouns). */
  readonly same: string[];
  /**
   * Differences that go both ways between futures but are clear on average (see clearOnAverage), in
   * words with the mean's 90% interval and how many futures went each way.
   */
  readonly onAverage: string[];
  /** The key metrics whose differences are within noise (nouns). */
  readonly noise: string[];
  readonly anySmall: boolean;
  /** An on-average finding (onAverage) is called "a small change": its mean is under SMALL_SHARE of the baseline's level. */
  readonly anySmallOnAverage: boolean;
  readonly caveats: string[];
  /**
   * Who leaves: the roles and lived-experience groups whose turnover the package changes clearly
   * (indicative from fewer than 20 paired replications), in words with their ranges; undefined when
   * the results keep no groups (written before 0.6.0).
   */
  readonly whoLeaves?: string;
  /** From fewer than 20 replications: the clear ones are indicative only (see isFewReps). */
  readonly indicative: boolean;
  /** Key metrics with no replication in which both packages had a value (a team with nobody in post): nothing to compare. */
  readonly unmeasured: string[];
}

/**
 * After a difference within noise, how many futures went each way, the larger first (" (higher in 33
 * of 40 futures, lower in 7)"), as the table says them; "" for results without counts. A planner saw
 * a debrief's burnout "within noise" in the report where the table said it was higher in 33 of 40.
 */
function noiseCounts(d: Difference, money: boolean): string {
  if (d.positive === undefined || d.zero === undefined || d.negative === undefined || d.positive === 0 || d.negative === 0) return '';
  const of = d.positive + d.zero + d.negative;
  const [up, down] = money ? ['more', 'less'] : ['higher', 'lower'];
  // Lower first on a tie, as the table's verdict lists them.
  const [first, second] = d.negative >= d.positive ? [`${down} in ${d.negative}`, `${up} in ${d.positive}`] : [`${up} in ${d.positive}`, `${down} in ${d.negative}`];
  return ` (${first} of ${of} futures, ${second}${d.zero > 0 ? `, the same in ${d.zero}` : ''})`;
}

/**
 * A difference that is not clear but never goes the other way, in words: how many futures it
 * raised (or lowered) the metric in, that none went the other way, and the mean.
 */
function oneWayFinding(k: Key, mean: number, way: { up: boolean; count: number; of: number }): string {
  const usual = differenceUnit(k.metric);
  const extra = decimalsShowingSmall([mean * usual.scale], usual.decimals) - usual.decimals;
  const futures = `in ${way.count} of ${way.of} futures`;
  const per = MONEY[k.metric];
  if (per !== undefined) return `costs ${way.up ? 'more' : 'less'} ${per} ${futures} and never ${way.up ? 'less' : 'more'} (${amount(k, mean, extra)} ${way.up ? 'more' : 'less'} on average)`;
  return `${way.up ? 'raises' : 'lowers'} ${NOUNS[k.metric]} ${futures} and never ${way.up ? 'lowers' : 'raises'} it (by ${amount(k, mean, extra)} on average)`;
}

/** A difference clear on average but not in every future, in words: the mean, its 90% interval and the futures each way. */
function onAverageFinding(k: Key, mean: number, a: NonNullable<ReturnType<typeof clearOnAverage>>): string {
  const usual = differenceUnit(k.metric);
  const extra = decimalsShowingSmall([mean * usual.scale, a.low * usual.scale, a.high * usual.scale], usual.decimals) - usual.decimals;
  const interval = `the mean's 90% interval: ${amount(k, Math.min(Math.abs(a.low), Math.abs(a.high)), extra)} to ${amount(k, Math.max(Math.abs(a.low), Math.abs(a.high)), extra)}`;
  const per = MONEY[k.metric];
  const [up, down] = per !== undefined ? ['more', 'less'] : ['higher', 'lower'];
  const futures = `${a.up ? up : down} in ${a.up ? a.higher : a.lower} of ${a.of} futures, ${a.up ? down : up} in ${a.up ? a.lower : a.higher}${a.same > 0 ? `, the same in ${a.same}` : ''}`;
  if (per !== undefined) return `costs ${amount(k, mean, extra)} ${a.up ? 'more' : 'less'} ${per} on average (${interval}), though not in every future (${futures})`;
  return `${a.up ? 'raises' : 'lowers'} ${NOUNS[k.metric]} by ${amount(k, mean, extra)} on average (${interval}), though not in every future (${futures})`;
}

/**
 * Plain-words findings for each package against the baseline: which key differences are clear
 * (the range holding 90% of paired replications excludes zero), which of those are small (see
 * isSmall), and which are within noise; and caveats, where a finding needs one to be read right.
 * From fewer than 20 replications (see isFewReps) the findings are `indicative`, and their ranges
 * are said to be of all the futures. A difference that is not clear but never goes the other way
 * is said as such (`oneWay`), not as noise; one that is zero in every future is `same`; one that
 * goes both ways but whose mean is clear is said with its mean (`onAverage`).
 * The whole team's yearly cost is given beside the cost per worker-year, and before it where
 * `addsStaff(policy, vs)` says the package staffs differently from the baseline (added seats, float
 * staff, or another number of seats).
 * `burnoutSd`: each package's standard deviation of individual ProQOL burnout scores (the staff in
 * post at the end, replications pooled), which puts the burnout effect on the trials' scale.
 */
export function findings(
  summary: SummaryDocument,
  burnoutSd: Readonly<Record<string, number>> = {},
  addsStaff: (policy: string, vs: string) => boolean = () => false,
): Finding[] {
  // From fewer than 20 replications a range is of all of them, and what it shows is indicative (see isFewReps).
  const indicative = summary.reps !== undefined && isFewReps(summary.reps);
  const futures = indicative ? `all ${summary.reps} futures` : '90% of futures';
  return (summary.differences ?? []).map((d) => {
    const baseline = summary.policies?.find((p) => p.policy === d.vs);
    const clear: string[] = [];
    const oneWayFindings: string[] = [];
    const same: string[] = [];
    const onAverage: string[] = [];
    const noise: string[] = [];
    const unmeasured: string[] = [];
    let anySmall = false;
    let anySmallOnAverage = false;
    // The whole team's yearly cost beside the cost per worker-year (results written before it was
    // kept have none): first when the package staffs differently, whose per-worker figures
    // spread its cost over another number of workers.
    const team: readonly Key[] = d.metrics[TEAM_COST.metric] === undefined ? [] : [TEAM_COST];
    const staffed = addsStaff(d.policy, d.vs);
    const worded: readonly Key[] = KEY_METRICS.flatMap((k): Key[] => (k.metric !== 'costPerWorkerYear' ? [k] : staffed ? [...team, k] : [k, ...team]));
    for (const k of worded) {
      const s = d.metrics[k.metric];
      const noun = NOUNS[k.metric];
      // null in summary.json: no replication paired a value under both.
      if (s.mean === null || s.mean !== s.mean) {
        unmeasured.push(noun);
        continue;
      }
      if (!isClear(s)) {
        const way = oneWay(s);
        const average = clearOnAverage(s);
        if (way) oneWayFindings.push(oneWayFinding(k, s.mean, way));
        else if (isNoDifference(s)) same.push(noun);
        else if (average) {
          const level = baseline?.metrics[k.metric]?.mean;
          const smallOnAverage = level !== undefined && Math.abs(s.mean) < SMALL_SHARE * Math.abs(level);
          if (smallOnAverage) anySmallOnAverage = true;
          onAverage.push(`${onAverageFinding(k, s.mean, average)}${smallOnAverage ? ', a small change' : ''}`);
        }
        else noise.push(`${noun}${noiseCounts(s, MONEY[k.metric] !== undefined)}`);
        continue;
      }
      // A difference paired over fewer replications than the run's (a metric with nothing to measure in some) says over how many.
      const pairs = s.positive !== undefined && s.zero !== undefined && s.negative !== undefined ? s.positive + s.zero + s.negative : summary.reps;
      const over = pairs !== undefined && summary.reps !== undefined && pairs < summary.reps ? (pairs === 1 ? 'the one future with a value under both' : indicative ? `all ${pairs} futures with a value under both` : `90% of the ${pairs} futures with a value under both`) : futures;
      const usual = differenceUnit(k.metric);
      const places = differenceDecimals(s.mean * usual.scale, s.p05 * usual.scale, s.p95 * usual.scale, usual.decimals);
      const low = Math.abs(s.p05) <= Math.abs(s.p95) ? places.p05 : places.p95;
      const high = Math.abs(s.p05) <= Math.abs(s.p95) ? places.p95 : places.p05;
      const up = isIncrease(s);
      const per = MONEY[k.metric];
      const verb = per !== undefined ? (up ? 'costs' : 'saves') : up ? 'raises' : 'lowers';
      const range = `${amount(k, Math.min(Math.abs(s.p05), Math.abs(s.p95)), low - usual.decimals)} to ${amount(k, Math.max(Math.abs(s.p05), Math.abs(s.p95)), high - usual.decimals)}`;
      // A baseline written before a metric existed (teamCostPerYear) has no level to call a change small against.
      const level = baseline?.metrics[k.metric]?.mean;
      const isSmallChange = level !== undefined && isSmall(s, level);
      if (isSmallChange) anySmall = true;
      const small = isSmallChange ? ', a small change' : '';
      clear.push(
        per !== undefined
          ? `${verb} ${amount(k, s.mean, places.mean - usual.decimals)} ${up ? 'more' : ''} ${per} (${over}: ${range})${small}`.replace('  ', ' ')
          : `${verb} ${noun} by ${amount(k, s.mean, places.mean - usual.decimals)} (${over}: ${range})${small}`,
      );
    }
    // Care quality is per contact made: a package that turns clients away (a lower caseload cap) or
    // takes staff off the floor can raise it while fewer contacts are made, which two separate
    // findings do not say.
    const quality = d.metrics.careQuality;
    const unmet = d.metrics.unmetDemandShare;
    const caveats: string[] = [];
    if (isClear(quality) && isIncrease(quality) && isClear(unmet) && isIncrease(unmet)) caveats.push(CARE_QUALITY_CAVEAT);
    const beyond = burnoutBeyondEvidence(d.metrics.proqolBO, Object.hasOwn(burnoutSd, d.vs) ? burnoutSd[d.vs] : undefined);
    if (beyond !== undefined) caveats.push(burnoutEvidenceCaveat(beyond));
    return { policy: d.policy, vs: d.vs, clear, oneWay: oneWayFindings, same, onAverage, noise, anySmall, anySmallOnAverage, caveats, indicative, whoLeaves: whoLeavesFinding(d.groups), unmeasured };
  });
}

/**
 * Who leaves, in words: the groups whose turnover a package changes clearly, each with its paired
 * difference and range, as the key metrics' findings say them ("lowers turnover among Recovery
 * coach (peer) staff by 17.2 percentage points (90% of futures: 4.4 percentage points to 31.2 percentage points)"); indicative where a group
 * pairs fewer than 20 replications; and how many groups show no clear change (a group's few leavers make it harder).
 */
export function whoLeavesFinding(groups: readonly GroupTurnoverDifference[] | undefined): string | undefined {
  if (groups === undefined || groups.length === 0) return undefined;
  const label = (g: GroupTurnoverDifference) => (g.by === 'livedExperience' ? `staff ${g.label.toLowerCase()}` : `${g.label} staff`);
  const said = (g: GroupTurnoverDifference) => {
    const d = g.turnoverPerYear;
    const places = differenceDecimals(d.mean * 100, d.p05 * 100, d.p95 * 100, 1);
    const [near, far] = Math.abs(d.p05) <= Math.abs(d.p95) ? [d.p05, d.p95] : [d.p95, d.p05];
    const [nearPlaces, farPlaces] = Math.abs(d.p05) <= Math.abs(d.p95) ? [places.p05, places.p95] : [places.p95, places.p05];
    const futures = isFewReps(g.reps) ? `indicative: all ${g.reps} futures` : '90% of futures';
    const points = (x: number, decimals: number) => Math.abs(x * 100).toFixed(decimals);
    const range = `${points(near, nearPlaces)} percentage points to ${points(far, farPlaces)} percentage points`;
    // The mean is pooled over worker-days, the range of each replication's own rate: rarely, they disagree in sign, and "lowers ... by" the mean's size would be false.
    if (isIncrease(d) ? !(d.mean > 0) : !(d.mean < 0)) {
      const size = points(d.mean, places.mean);
      const pooled = /[1-9]/.test(size) ? `${size} percentage points ${d.mean > 0 ? 'higher' : 'lower'}` : 'about the same';
      const inFutures = isFewReps(g.reps) ? `all ${g.reps} futures (indicative: ${range})` : `90% of futures (${range})`;
      return `${isIncrease(d) ? 'raises' : 'lowers'} turnover among ${label(g)} in ${inFutures}, though its rate over all the futures together is ${pooled} (futures with more of its worker-days in post weigh more there)`;
    }
    return `${isIncrease(d) ? 'raises' : 'lowers'} turnover among ${label(g)} by ${points(d.mean, places.mean)} percentage points (${futures}: ${range})`;
  };
  const clear = groups.filter((g) => isClear(g.turnoverPerYear));
  // Those lowered first: what a package is for.
  const ordered = [...clear.filter((g) => !isIncrease(g.turnoverPerYear)), ...clear.filter((g) => isIncrease(g.turnoverPerYear))];
  const rest = groups.length - clear.length;
  // From fewer than 20 paired replications what passes is indicative, not clear, and what does not is not even that.
  const how = groups.every((g) => isFewReps(g.reps)) ? 'even indicatively' : 'clearly';
  const unclear = rest === groups.length ? `no group's turnover differs ${how}` : rest === 1 ? `the other group's turnover does not differ ${how}` : `the other ${rest} groups' turnover does not differ ${how}`;
  return [...ordered.map(said), ...(rest > 0 ? [`${unclear} (a group's turnover rests on its own staff's leavers, fewer than the team's, so it takes a larger change to be clear; see ${figureName('who-leaves')})`] : [])].join('; ') + '.';
}
