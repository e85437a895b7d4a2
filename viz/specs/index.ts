import type { TopLevelSpec } from 'vega-lite';
import type { ReportData } from '../report/reportData';
import { breakdownSpec, supportSpec } from './breakdown';
import { acceptabilitySpec, beyondAxisWords, valueAxisEnd } from './acceptability';
import { bestInFuturesNotes, bestInFuturesSpec } from './bestInFutures';
import { bestOnAverageOf } from '../../models/runDocument';
import { ratePercent } from '../../models/discounting';
import { valueWords } from '../report/valueForMoneyWords';
import { valuePerDepartureWords } from '../report/netBenefitWords';
import { costEffectivenessSpec } from './costEffectiveness';
import { reportBestInFutures, reportPlaneFutures, reportValuePerDeparture, reportValueForMoney } from '../report/valueForMoneyData';
import { isFewReps } from '../report/differences';
import { costPartsSpec } from './costParts';
import { distributionSpec } from './distribution';
import { forestSpec } from './forest';
import { separationsSpec } from './separations';
import { groupTurnoverPoints, whoLeavesSpec } from './whoLeaves';
import { proqolBandsSpec, proqolTrajectoriesSpec, staffingSpec } from './timeSeries';
import { reportChanges } from '../report/changes';
import { armWords } from '../report/armWords';
import { addedSeats } from '../../scenarios/fundedSeats';
import type { Scenario } from '../../scenarios/schema';
import { andList } from '../../sim/text/andList';
import { costPartMeans } from '../report/costParts';
import { figureName, REPORT_CHART_IDS } from './chartIds';
import { expressionSafeSpec } from './expressionSafeStrings';

export { figureName, isReportChartId, REPORT_CHART_IDS, type ReportChartId } from './chartIds';

export interface ReportChart {
  /**
   * File-name-safe id: an exported figure's file is named after its figure number and this
   * (`figure-05-differences.svg`, bin/exportedFigures.ts figureFileName).
   */
  readonly id: string;
  readonly caption: string;
  /** Undefined when the results cannot show it (differences need `cfsim compare`). */
  readonly spec: TopLevelSpec | undefined;
  /**
   * The chart as the HTML report's page draws it, where it differs from `spec`, which figures are
   * exported from: the series charts' page answers with the nearest day's values wherever the
   * pointer is over a panel (dayTooltips.ts), the score distributions' with the bin's shares
   * (scoreBinTooltips.ts), drawing nothing more.
   */
  readonly pageSpec?: TopLevelSpec;
  readonly missing?: string;
}

/**
 * " multi-level adds seats, filled by new hires on day 0, ..." for the arms that add seats: their
 * team means start lower on day 0 (new hires start fresher, models/hiring.ts NEW_HIRE_START)
 * before any effect of the package, which the time charts would otherwise show unexplained.
 */
export function freshStartWords(data: Pick<ReportData, 'manifest'>): string {
  const scenarios = data.manifest.scenarios as readonly Partial<Scenario>[];
  const adders = scenarios.flatMap((s) =>
    typeof s.population?.seats === 'number' && typeof s.policy?.staffing?.extraSeatShare === 'number' && addedSeats(s as Scenario) > 0 ? [s.policy.name] : [],
  );
  if (adders.length === 0) return '';
  const one = adders.length === 1;
  return ` ${andList(adders)} add${one ? 's' : ''} seats, filled by new hires on day 0 who start with less strain than the team, so ${one ? 'its' : 'their'} team means start lower before the ${armWords(data.manifest).one} has had any effect.`;
}

/** Every chart of the report, in reading order, built by pure functions from the report data. */
export function reportCharts(data: ReportData): ReportChart[] {
  return chartsOf(data).map((chart) => ({
    ...chart,
    ...(chart.spec ? { spec: expressionSafeSpec(chart.spec) } : {}),
    ...(chart.pageSpec ? { pageSpec: expressionSafeSpec(chart.pageSpec) } : {}),
  }));
}

/** reportCharts' charts before their strings are made safe for Vega's expressions. */
function chartsOf(data: ReportData): ReportChart[] {
  const policies = data.summary.policies.map((p) => p.policy);
  const compareHint = 'Run `cfsim compare --policies A,B,... --out DIR` to see differences from a baseline.';
  const changes = reportChanges(data.manifest);
  const arm = armWords(data.manifest);
  const costParts = costPartMeans(data.summary);
  const turnover = groupTurnoverPoints(data.summary);
  // In full: a chart's rotated label of a change is cut to fit its height.
  const marked = changes.length > 0 ? ` Dashed lines: scheduled changes (${changes.map((c) => c.label).join('; ')}).` : '';
  const fresh = freshStartWords(data);
  const valueForMoney = reportValueForMoney(data);
  const best = reportBestInFutures(data);
  const spans = valueForMoney.length === policies.length - 1 ? bestOnAverageOf(valueForMoney.map((a) => ({ policy: a.policy, vs: a.vs, valueForMoney: a.value }))) : undefined;
  const valueEnd = valueAxisEnd(valueForMoney, spans);
  const chosen = reportValuePerDeparture(data);
  const beyond = beyondAxisWords(valueForMoney, valueEnd, valueWords);
  const chosenWords =
    chosen === undefined ? '' : chosen <= valueEnd ? ` Dotted: the value of the net-benefit table (${valuePerDepartureWords(chosen)}).` : ` The net-benefit table's value (${valuePerDepartureWords(chosen)}) lies beyond the axis.`;
  // A figure shown or exported on its own says its values are discounted, as the section does.
  const rate = valueForMoney[0]?.value.discountRate;
  const discounted = rate !== undefined && rate > 0 ? ` Costs and departures discounted at ${ratePercent(rate)} a year (costs.discountRate).` : '';
  const valueForMoneyMissing =
    (data.summary.differences?.length ?? 0) === 0
      ? compareHint
      : data.replicationValues === undefined && data.summary.policies[0].metrics.leaversPerYear !== undefined
        ? 'These results have no replications.csv, which value for money is computed from: run them again with --out to see it.'
        : 'These results were written before CFSim counted leavers per year (0.10.0): run them again to see value for money.';
  return [
    { id: REPORT_CHART_IDS[0], caption: `Team ProQOL scores over time, per ${arm.one}.${marked}${fresh}`, spec: proqolTrajectoriesSpec(data.series, policies, changes, arm.title), pageSpec: proqolTrajectoriesSpec(data.series, policies, changes, arm.title, true) },
    { id: REPORT_CHART_IDS[1], caption: `Share of staff in the ProQOL risk bands over time.${marked}${fresh}`, spec: proqolBandsSpec(data.series, policies, changes, arm.title), pageSpec: proqolBandsSpec(data.series, policies, changes, arm.title, true) },
    { id: REPORT_CHART_IDS[2], caption: `Headcount, vacancies and cumulative separations.${marked}`, spec: staffingSpec(data.series, policies, changes, arm.title), pageSpec: staffingSpec(data.series, policies, changes, arm.title, true) },
    { id: REPORT_CHART_IDS[3], caption: 'ProQOL score distributions at the end of the horizon.', spec: distributionSpec(data.distributions, policies, arm.title), pageSpec: distributionSpec(data.distributions, policies, arm.title, true) },
    { id: REPORT_CHART_IDS[4], caption: `Each ${arm.one} against the baseline on the key metrics.`, spec: forestSpec(data.summary, arm.title), missing: compareHint },
    { id: REPORT_CHART_IDS[5], caption: `What each ${arm.one} costs and what it buys.`, spec: costEffectivenessSpec(data.summary, arm.title, reportPlaneFutures(data)), missing: compareHint },
    { id: REPORT_CHART_IDS[6], caption: 'Outcomes by role and by lived experience.', spec: breakdownSpec(data.groups, policies, arm.title) },
    { id: REPORT_CHART_IDS[7], caption: 'Supervision offered vs attended.', spec: supportSpec(data.support, policies, arm.title) },
    {
      id: REPORT_CHART_IDS[8],
      caption:
        "Why staff leave: separations split by reason. The compassion-fatigue share rests on an assumed size (coefficients.separationCf, which no study gives: docs/ODD.md §7.18), so read it, and the turnover a package saves through it, as the model's mechanism rather than a measured split.",
      spec: data.separations && separationsSpec(data.separations, policies, arm.title),
      missing: 'These results were written before CFSim split each separation into reasons: run them again to see why staff leave.',
    },
    {
      id: REPORT_CHART_IDS[9],
      caption: `What the cost per worker-year pays for, per ${arm.one}.`,
      spec: costParts && costPartsSpec(costParts, policies, arm.title),
      missing: 'These results were written before CFSim kept the cost in parts: run them again to see what the cost is made of.',
    },
    {
      id: REPORT_CHART_IDS[10],
      caption: 'Who leaves: turnover by role and by lived experience.',
      spec: turnover && whoLeavesSpec(turnover, policies, arm.title),
      missing: 'These results were written before CFSim kept turnover by role and lived experience (0.6.0): run them again to see who leaves.',
    },
    {
      id: REPORT_CHART_IDS[11],
      caption: `Value for money: the share of the team's paired futures in which each ${arm.one} comes out ahead of the baseline (its departures avoided, valued, above its net cost to the whole team), by the value put on a departure avoided beyond what the budget already counts for it.${discounted} A spread of possible futures, not a confidence: more replications do not narrow it (the cost per departure avoided on average, with its interval, is under "Value for money" above). Dashed: half of the futures.${chosenWords}${beyond ? ` ${beyond}` : ''} The whole net cost is set against departures alone; the ${arm.one}'s other effects are not valued here.${isFewReps(data.summary.reps) ? ` Indicative only: from ${data.summary.reps} replications, 5% or 95% of the futures is at most one of them.` : ''}`,
      spec: acceptabilitySpec(valueForMoney, policies, arm.title, valueEnd, chosen),
      missing: valueForMoneyMissing,
    },
    {
      id: REPORT_CHART_IDS[12],
      caption: [
        `Value for money across all the ${arm.many}: the share of the team's paired futures in which each ${arm.one}, the baseline included, has the highest net benefit of all (V × departures avoided − net cost; ${arm.many} tied for it each count the future), by the value V put on a departure avoided, on ${figureName('worth-its-cost')}'s axis.${discounted}`,
        `The thick stretch of each line is where that ${arm.one} has the highest mean net benefit ("Best on average" under "Value for money"): the one to fund on average. It need not be the ${arm.one} best in the most futures: one that wins more often by a little can lose the rest by more.`,
        ...(chosenWords ? [chosenWords.trim()] : []),
        ...(best ? bestInFuturesNotes(best, valueEnd, valueWords, arm.one) : []),
        'A spread of possible futures, not a confidence: more replications do not narrow it. Only departures are valued.',
        ...(isFewReps(data.summary.reps) ? [`Indicative only: from ${data.summary.reps} replications.`] : []),
      ].join(' '),
      spec: best && valueForMoney.length > 0 ? bestInFuturesSpec(best, valueEnd, spans, arm.title, chosen) : undefined,
      missing: valueForMoneyMissing,
    },
  ];
}
