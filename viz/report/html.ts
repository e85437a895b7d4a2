import { andList } from '../../sim/text/andList';
import { killedWords, wasKilled } from './killedWords';
import { stringify as toYaml } from 'yaml';
import type { ReportChart } from '../specs';
import { KEY_METRICS } from '../specs/keyMetrics';
import { escapeHtml, scriptJson, scriptSource } from './escape';
import type { VegaLibraries } from './libraries';
import type { ReportData } from './reportData';
import { findings, staffsDifferently, type Finding } from './words';
import { formatValue } from './metricFormat';
import { fewRepsNote, isFewReps, isMeanOutsideRange, OUTSIDE_RANGE_MARK, OUTSIDE_RANGE_NOTE, smallNote, smallOnAverageNote } from './differences';
import { PROQOL_HIGH, PROQOL_LOW } from '../../models/proqol';
import { OUTCOME_WINDOW_DAYS } from '../../models/metrics';
import { changesUnderEveryArm, reportChanges } from './changes';
import { armList, armWords, type ArmWords } from './armWords';
import { unpricedLevers, unpricedSentence } from '../../models/leverPrices';
import { LEVERS } from '../app/levers';
import type { Scenario } from '../../scenarios/schema';
import { departuresText, packageDepartures, practiceDepartures, presetDepartures, presetDeparturesSentence, runsStatusQuo } from '../../scenarios/packageDepartures';
import { armKind, type Manifest } from '../../models/resultsManifest';
import { isLeverRun, leverChanges, leverChangesText, ONE_LEVER_ADVICE } from '../../scenarios/leverChanges';
import { armDifferenceLines, armDifferences, differencesHeading, outsidePackageWarning, WHOLE_SCENARIOS, type ArmDifferences } from '../../scenarios/scenarioDifferenceWords';
import { isPackageId, PACKAGES, type PackageId } from '../../scenarios/presets/packages';
import { POPULATION_IDS, POPULATIONS } from '../../scenarios/presets/populations';
import { isObject } from '../../scenarios/resolve';
import { fundedSeatsWarning, seatsSentence } from '../../scenarios/fundedSeats';
import { isSetAssignment, setAssignmentsSentence } from '../../scenarios/setAssignments';
import { uncertaintyLines } from '../../scenarios/uncertaintyWords';
import { teamCostGapNote } from './teamCostGap';
import { BUDGET_GROUPS, changesApart, printedBudgetRows, printedChanges, teamBudgetRows, type ReplicationSpendingRow } from './teamBudget';
import { budgetFutures, budgetSentences, netBenefitBudgetNote, spendingByYearSentence } from './budgetWords';
import { everyFutureSpending, reportBudgetFit } from './budgetData';
import { meanSpending, spendingOverBaseline } from '../../models/budgetFit';
import { DRAW_SENSITIVITY_INTRO, drawSensitivityTable } from './drawSensitivityTable';
import { drawsAlsoIn } from '../../models/uncertainty';
import { uncalibratedSentence, uncalibratedStatusQuo } from '../../models/calibrationBands';
import { packageName, populationName } from '../../scenarios/presets/names';
import { reportNetBenefit, reportValueForMoney, reportValueOfInformation } from './valueForMoneyData';
import { VALUE_OF_INFORMATION_HEADER, valueOfInformationLead, valueOfInformationReading, valueOfInformationRows } from './valueOfInformationWords';
import { bestOnAverageSentence, discountWords, freeLeverNote, griefLeaveNote, griefLeaveNotes, mechanismOnlyNote, mechanismOnlyReliance, spendingPerDepartureNote, unmetDemandNote, unpricedEffects, valueForMoneySentences, type BestCaveats } from './valueForMoneyWords';
import { bestOnAverageOf } from '../../models/runDocument';
import type { NetBenefitAtValue } from '../../models/netBenefit';
import { netBenefitHeader, netBenefitLead, netBenefitReading, netBenefitRows, valuePerDepartureWords } from './netBenefitWords';
import { figureName, REPORT_CHART_IDS } from '../specs';
import { teamLines } from '../../scenarios/teamMakeup';
import { plainForms } from '../specs/expressionSafeStrings';
import { TOOLTIP_ROW_KEY_PREFIX } from '../specs/tooltipRowKeys';
import { TOOLTIP_FORMATTER_SOURCE } from './tooltipFormatter';
import { CHART_FIT_SOURCE } from './chartFit';
import { CONFIG } from '../specs/theme';
import { redrawCommand } from './shellWords';

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.45; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 60px; }
/* A name or path with no space to break at (a package named with underscores, the command's comma-joined scenario files)
   is broken where it meets the edge, not carried past it: the whole page scrolled sideways on a phone. A table cell's
   words keep their width (the wide tables scroll in their own box), but for the command's. */
main { overflow-wrap: break-word; } table.reproduce code { overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #444; margin: 0 0 16px; } .warning { background: #fff4e5; border-left: 4px solid #D55E00; padding: 8px 12px; }
table { border-collapse: collapse; font-size: 0.92rem; margin: 8px 0; } th, td { border-bottom: 1px solid #e3e3e3; padding: 5px 10px; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; } thead th { background: #f5f5f5; } thead th + th { white-space: nowrap; }
figure { margin: 18px 0 28px; overflow-x: auto; } figcaption { color: #444; font-size: 0.9rem; margin-top: 4px; }
/* A chart wider than its figure is drawn again laid out for it (chartFit.ts); what is still too wide shrinks to it. */
.chart svg { max-width: 100%; height: auto; }
/* A phone is narrower than a day tooltip of two arms (about 420 px), which vega-tooltip then set partly off the
   screen's left edge: there it spans the screen, its values wrapping. */
@media (max-width: 480px) { #vg-tooltip-element { left: 4px !important; right: 4px; } #vg-tooltip-element table tr td.value { max-width: none; } }
td small, .num, .id { white-space: nowrap; } .table-scroll { overflow-x: auto; }
dl.terms dt { font-weight: 600; margin-top: 6px; } dl.terms dd { margin: 0 0 0 1.2em; }
@media print { main { max-width: none; padding: 0; } figure { overflow: visible; break-inside: avoid; } h2 { break-after: avoid; }
  #vg-tooltip-element { display: none !important; } /* one shown as printing began (the pointer left on a chart, a tap) was printed with the page */
  /* Paper does not scroll: the tables fit the page (a six-package comparison's, about 1,150 px on screen, printed three packages). */
  .table-scroll { overflow: visible; } table { font-size: 7.5pt; } th, td { padding: 2px 4px; } tr { break-inside: avoid; }
  td small { white-space: normal; } /* wraps at its spaces: each value and name in it is nowrap (.num, .id) */ pre { white-space: pre-wrap; overflow-wrap: anywhere; } }
.note { color: #555; font-style: italic; } details { margin: 8px 0; } pre { background: #f7f7f7; padding: 10px; overflow-x: auto; font-size: 0.8rem; }
ul.findings li { margin: 4px 0; } ul.effects { margin: 2px 0 8px; padding-left: 1.4em; } ul.effects li { margin: 2px 0; }
`;

function summaryTable(data: ReportData): string {
  const policies = data.summary.policies;
  // From one replication there is no spread: a range of one value would read as certainty.
  const ranged = data.summary.reps > 1;
  const head = `<tr><th>Outcome (${ranged ? 'mean and range holding 90% of replications' : 'one replication: no range'})</th>${policies.map((p) => `<th>${escapeHtml(p.policy)}</th>`).join('')}</tr>`;
  const range = (metric: Parameters<typeof formatValue>[0], s: { p05: number; p95: number }) =>
    ranged ? `<br><small><span class="num">${formatValue(metric, s.p05)}</span> – <span class="num">${formatValue(metric, s.p95)}</span></small>` : '';
  let outside = false;
  const rows = KEY_METRICS.map((k) => {
    const cells = policies.map((p) => {
      const s = p.metrics[k.metric];
      const shown = formatValue(k.metric, s.mean);
      const mark = ranged && isMeanOutsideRange(s, (x) => formatValue(k.metric, x)) ? OUTSIDE_RANGE_MARK : '';
      if (mark) outside = true;
      return `<td>${shown}${mark}${range(k.metric, s)}</td>`;
    });
    return `<tr><td>${escapeHtml(k.label)} <small>(${k.betterWhen} is better)</small></td>${cells.join('')}</tr>`;
  });
  // The whole team, which per-worker figures hide when packages add staff. Staff in post is a mean
  // of the daily series (which keep no per-replication totals); the yearly cost has its range from
  // the teamCostPerYear metric, or, in results written before it existed, the series' mean alone.
  const team = (label: string, value: (t: ReportData['teams'][number]) => string) =>
    `<tr><td>${escapeHtml(label)} <small>(mean)</small></td>${data.teams.map((t) => `<td>${value(t)}</td>`).join('')}</tr>`;
  const teamCost = policies.every((p) => p.metrics.teamCostPerYear !== undefined)
    ? `<tr><td>Cost per year, whole team ($) <small>(lower is better)</small></td>${policies
        .map((p) => {
          const s = p.metrics.teamCostPerYear;
          return `<td>${formatValue('teamCostPerYear', s.mean)}${range('teamCostPerYear', s)}</td>`;
        })
        .join('')}</tr>`
    : team('Cost per year, whole team ($)', (t) => formatValue('costPerWorkerYear', t.costPerYear));
  // Leavers, not the rate: a package that adds staff lowers turnover per worker-year by its larger denominator too.
  const leavers = policies.every((p) => p.metrics.leaversPerYear !== undefined)
    ? [`<tr><td>Leavers per year, whole team <small>(lower is better)</small></td>${policies.map((p) => `<td>${formatValue('leaversPerYear', p.metrics.leaversPerYear.mean)}${range('leaversPerYear', p.metrics.leaversPerYear)}</td>`).join('')}</tr>`]
    : [];
  // Leave a package grants (paid time off, grief leave) is neither better nor worse: what the staff get, and what the cost pays for.
  const leave = policies.every((p) => p.metrics.leaveDaysPerWorkerYear !== undefined)
    ? [`<tr><td>Leave per worker-year <small>(calendar days: paid time off and grief leave)</small></td>${policies.map((p) => `<td>${formatValue('leaveDaysPerWorkerYear', p.metrics.leaveDaysPerWorkerYear.mean)}${range('leaveDaysPerWorkerYear', p.metrics.leaveDaysPerWorkerYear)}</td>`).join('')}</tr>`]
    : [];
  rows.push(...leave, team('Staff in post', (t) => t.staffInPost.toFixed(1)), ...leavers, teamCost);
  const arm = armWords(data.manifest);
  const notes = [
    policies.length > 1
      ? `The ranges are the spread of each ${arm.one}'s outcome across replications, not the uncertainty of a difference: two ${arm.many}' ranges can overlap while the paired difference between them is clear. ${(data.summary.differences?.length ?? 0) > 0 ? `The findings above and ${figureName('differences')} give the paired differences.` : 'cfsim compare gives the paired differences.'}`
      : ranged
        ? 'The ranges are the spread of the outcome across replications.'
        : 'One replication is one simulated future: it shows no spread between futures, and its values can lie far from another seed\'s. Run 2 or more replications (--reps) for the spread.',
    ...(outside ? [OUTSIDE_RANGE_NOTE] : []),
    `Cost per worker-year and turnover per year are per worker in post. A ${arm.one} that adds staff has more workers in post, so its yearly cost for the whole team is the last row, not the cost per worker-year times the funded seats, and its turnover falls with the larger team even when as many leave: leavers per year, whole team, counts who leaves.`,
    ...[teamCostGapNote(policies, data.teams)].filter((n): n is string => n !== undefined),
  ];
  return `<div class="table-scroll"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>\n${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}`;
}

/**
 * The whole team's yearly cost beyond the funded salaries in a budget holder's three groups (new
 * spending; turnover and absence; vacant seats), with each arm's change from the first under it
 * when there are several: means over replications, from the daily cost series (the spending on the
 * package from replications.csv where the folder has it, as the budget paragraph). Nothing for
 * results written before the cost had parts.
 */
function budgetTable(data: ReportData): string {
  const given = teamBudgetRows(data.teams, replicationSpendingRow(data));
  if (!given) return '';
  // Each group's parts add up to the group's figure printed beside them.
  const rows = printedBudgetRows(given);
  const arm = armWords(data.manifest);
  // A sign must not wrap away from its number ("−" above "$104,330" reads as a positive amount).
  const money = (x: number) => `<span class="num">${formatValue('teamCostPerYear', x)}</span>`;
  // The sign inside the nowrap span: a printed cell wraps (at its spaces only), and "−" alone at a line's end would read as a dash.
  const change = (x: number) => (Math.round(x) === 0 ? 'no change' : `<span class="num">${x > 0 ? '+' : '−'}${formatValue('teamCostPerYear', Math.abs(x))}</span>`);
  const baseline = data.teams[0].policy;
  const head = `<tr><th>Per year, whole team (mean)</th>${data.teams.map((t) => `<th>${escapeHtml(t.policy)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => {
    const label = r.kind === 'part' ? `&nbsp;&nbsp;${escapeHtml(r.label)}` : `<strong>${escapeHtml(r.label)}</strong>`;
    // Each change the difference of the figures printed, so that the groups' changes add up to the total's (printedChanges).
    const changes = printedChanges(r);
    const cells = r.values.map((v, k) => `<td>${r.kind === 'part' ? money(v) : `<strong>${money(v)}</strong>`}${k > 0 ? `<br><small>${change(changes[k])} vs <span class="id">${escapeHtml(baseline)}</span></small>` : ''}</td>`);
    return `<tr><td>${label}</td>${cells.join('')}</tr>`;
  });
  const apart = rows.flatMap((r) => changesApart(r).map((a) => ({ label: r.label, policy: data.teams[a.column].policy, paired: a.paired })));
  const notes = [
    `The cost beyond the funded seats' salaries at full staffing (the same under every ${arm.one}, and in none of these rows), in three groups. ${BUDGET_GROUPS.map((g) => `${g.label}: ${g.reading}.`).join(' ')} The total is the whole-team cost per year above. Each change is the difference of the figures printed above it, so that the groups' changes add up to the total's.`,
    ...(apart.length === 0
      ? []
      : [
          `Elsewhere the report gives the change in the spending on the ${arm.one} as the mean of the futures' paired differences, rounded on its own, which reads $1 apart from the difference of the rounded figures here: ${apart.map((a) => `${a.policy} ${a.paired >= 0 ? '+' : '−'}${formatValue('teamCostPerYear', Math.abs(a.paired))}`).join(', ')}.`,
        ]),
  ];
  return `<h3>Whole-team cost per year, by what it pays for</h3>\n<div class="table-scroll"><table><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div>\n${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}`;
}

/**
 * The table's "Spending on the package" figures from replications.csv, as the budget paragraph
 * gives them (its baseline's own spending, each arm's change): from the daily series' means they
 * read a dollar apart ($36,547 in the table beside "status-quo's own $36,548 a year"). Undefined
 * without replications.csv or the spending's parts, or where a future's spending cannot be rebuilt.
 */
function replicationSpendingRow(data: ReportData): ReplicationSpendingRow | undefined {
  // Where a future's spending cannot be rebuilt (results of an older version, or a whole cost of exactly 0 with no leavers: the budget paragraph
  // says how many it leaves out), the daily series' means over every future stand, as its parts do.
  const spending = everyFutureSpending(data);
  if (!spending) return undefined;
  const of = (policy: string) => spending[data.summary.policies.findIndex((p) => p.policy === policy)];
  if (!data.teams.every((t) => of(t.policy))) return undefined;
  const base = of(data.teams[0].policy);
  return { values: data.teams.map((t) => meanSpending(of(t.policy))), changes: data.teams.map((t) => spendingOverBaseline(of(t.policy), base).mean) };
}

/** The arms whose departures avoided rest, wholly or partly, on the mindfulness programme's untested turnover channel. */
function mechanismOnlyArms(arms: readonly { policy: string; vs: string }[], scenarioOf: (policy: string) => unknown) {
  return arms.flatMap((a) => {
    const reliance = mechanismOnlyReliance(scenarioOf(a.policy), scenarioOf(a.vs));
    return reliance ? [{ arm: a.policy, reliance }] : [];
  });
}

/** For each arm compared with the first: what its net cost buys in departures avoided, in the words `cfsim compare` prints (Figure 12 draws the curves). */
function valueForMoneySection(data: ReportData): string {
  const arms = reportValueForMoney(data);
  if (arms.length === 0) {
    // Results without replications.csv: only the net-benefit table summary.json holds, if any.
    const table = netBenefitTable(reportNetBenefit(data), armWords(data.manifest).one, data);
    const budget = budgetParagraphs(data, {}, false);
    return (table || budget) && `<h3>Value for money: departures avoided for the net cost</h3>${budget}${table}`;
  }
  const figure = REPORT_CHART_IDS.indexOf('worth-its-cost') + 1;
  const scenarioOf = (policy: string) => data.manifest.scenarios[data.summary.policies.findIndex((p) => p.policy === policy)];
  // Spending on the package a year (BUDGET_GROUPS' first group), NaN for results without the cost's parts.
  const spendingOf = (policy: string) => {
    const parts = data.teams.find((t) => t.policy === policy)?.costParts;
    return parts ? BUDGET_GROUPS[0].series.reduce((sum, series) => sum + parts[series], 0) : Number.NaN;
  };
  // The change from the replications where replications.csv gives them, as the budget paragraph's (to the last digit);
  // where a future's spending cannot be rebuilt, the daily series' over every future, as the departures avoided are.
  const replications = everyFutureSpending(data);
  const indexOf = (policy: string) => data.summary.policies.findIndex((p) => p.policy === policy);
  const spendingChangeOf = (policy: string, vs: string) =>
    replications ? spendingOverBaseline(replications[indexOf(policy)], replications[indexOf(vs)]).mean : spendingOf(policy) - spendingOf(vs);
  // Where the budget below leaves futures out, the spending per departure avoided (over every future, as the departures avoided are) says so.
  const fit = reportBudgetFit(data);
  const futures = fit && budgetFutures(fit);
  const outcomeOf = (policy: string) => data.summary.policies.find((p) => p.policy === policy)?.metrics.unmetDemandShare?.mean ?? Number.NaN;
  // Said once where several arms grant grief leave differently from the same baseline (griefLeaveNotes).
  const sameBaseline = arms.every((a) => a.vs === arms[0].vs);
  const griefNotes = sameBaseline ? griefLeaveNotes(arms.map((a) => ({ label: a.policy, scenario: scenarioOf(a.policy) })), arms[0].vs, scenarioOf(arms[0].vs)) : undefined;
  const items = arms.map((a, k) => {
    const note = mechanismOnlyNote(a.policy, scenarioOf(a.policy), scenarioOf(a.vs));
    const difference = data.summary.differences?.find((d) => d.policy === a.policy && d.vs === a.vs)?.metrics.unmetDemandShare;
    const unmet = unmetDemandNote(a.policy, a.vs, difference, { baseline: outcomeOf(a.vs), arm: outcomeOf(a.policy) }, data.summary.reps);
    const spent = spendingChangeOf(a.policy, a.vs);
    const leavers = data.summary.differences?.find((d) => d.policy === a.policy && d.vs === a.vs)?.metrics.leaversPerYear?.mean;
    const cash = Number.isFinite(spent) ? spendingPerDepartureNote(a.policy, spent, a.value, leavers === undefined ? undefined : -leavers, futures) : undefined;
    const free = freeLeverNote(a.policy, scenarioOf(a.policy), a.vs, scenarioOf(a.vs));
    const grief = griefNotes ? griefNotes[k] : griefLeaveNote(a.policy, scenarioOf(a.policy), a.vs, scenarioOf(a.vs));
    return `<li>${escapeHtml([...valueForMoneySentences(a.value, a.policy, a.vs, Number.isFinite(spent) ? spent : undefined), ...(note ? [note] : []), ...(free ? [free] : []), ...(grief ? [grief] : []), ...(cash ? [cash] : []), ...(unmet ? [unmet] : [])].join(' '))}</li>`;
  });
  const policies = data.summary.policies.map((p) => p.policy);
  const caveats = { unclear: arms.filter((a) => a.value.reading === 'leavers-unclear').map((a) => a.policy), mechanismOnly: mechanismOnlyArms(arms, scenarioOf) };
  const best = arms.length === policies.length - 1 ? bestOnAverageOf(arms.map((a) => ({ policy: a.policy, vs: a.vs, valueForMoney: a.value }))) : undefined;
  return (
    `<h3>Value for money: departures avoided for the net cost</h3>\n<p class="note">${escapeHtml(`Each replication's paired difference in leavers per year and in the whole team's cost per year (net of what the ${armWords(data.manifest).one} changes in replacing leavers, absence and vacant seats)${arms[0].value.discountRate ? `, ${discountWords(arms[0].value.discountRate)}` : ''}. On average: the cost per departure avoided, with its 90% interval. Across the team's possible futures: the values of a departure avoided at which the ${armWords(data.manifest).one} comes out ahead of the baseline in 5%, half and 95% of them (Figure ${figure} draws every share, and Figure ${figure + 1} how often each ${armWords(data.manifest).one} is the best of all in the same future). ${unpricedEffects(armWords(data.manifest).one)}`)}</p>\n<ul class="findings">${items.join('')}</ul>` +
    (best ? `\n<p>${escapeHtml(bestOnAverageSentence(best, policies, data.summary.reps, caveats.unclear, caveats.mechanismOnly))}</p>` : '') +
    budgetParagraphs(data, caveats) +
    netBenefitTable(reportNetBenefit(data), armWords(data.manifest).one, data)
  );
}

/**
 * The spending year by year (compare over more than a year) and, with `compare --budget`, which
 * arms fit the budget, as the terminal says them (with the caveats of "Best on average" for the
 * arms best within it, where the results give them); "" for neither. `bestAbove`: the comparison's
 * "Best on average" is said before it (not for results without replications.csv).
 */
function budgetParagraphs(data: ReportData, caveats: BestCaveats = {}, bestAbove = true): string {
  const one = armWords(data.manifest).one;
  const years = data.summary.spendingByYear;
  const budget = reportBudgetFit(data);
  const discounted = (data.summary.differences ?? []).some((d) => (d.valueForMoney?.discountRate ?? 0) > 0);
  return (
    (years && years.length > 0 ? `\n<p>${escapeHtml(spendingByYearSentence(years, discounted))}</p>` : '') +
    (budget ? `${budgetRedrawnNote(data)}\n<p>${escapeHtml(budgetSentences(budget, data.summary.reps, one, discounted, caveats, { days: data.summary.days, years }, bestAbove).join(' '))}</p>` : '')
  );
}

/** With `cfsim report --budget` at another budget than the comparison's: that it was chosen for the report, as for --value-per-departure's table; "" otherwise. */
function budgetRedrawnNote(data: ReportData): string {
  const ran = data.summary.budget?.perYear;
  if (data.budget === undefined || data.budget === ran) return '';
  return `\n<p class="note">${escapeHtml(`This budget was chosen when the report was drawn (cfsim report --budget ${data.budget}), from the same replications; the comparison was run ${ran === undefined ? 'without one' : `with a budget of ${formatValue('teamCostPerYear', ran)} a year`}.`)}</p>`;
}

/** With `compare --value-per-departure`: every arm's net benefit at that value, as the terminal shows it. */
function netBenefitTable(nb: NetBenefitAtValue | undefined, arm: string, data: ReportData): string {
  if (!nb) return '';
  const ran = data.summary.netBenefit?.valuePerDeparture;
  const redrawn =
    data.valuePerDeparture === undefined || data.valuePerDeparture === ran
      ? ''
      : `\n<p class="note">${escapeHtml(`This value was chosen when the report was drawn (cfsim report --value-per-departure ${data.valuePerDeparture}), from the same replications; the comparison was run ${ran === undefined ? 'without one' : `with ${valuePerDepartureWords(ran)}`}.`)}</p>`;
  const budget = reportBudgetFit(data);
  const overBudget = budget && netBenefitBudgetNote(budget, arm);
  const head = `<tr>${netBenefitHeader(arm).map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = netBenefitRows(nb).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
  return `\n<h4>At ${escapeHtml(valuePerDepartureWords(nb.valuePerDeparture))} per departure avoided</h4>${redrawn}\n<p>${escapeHtml(netBenefitLead(nb, arm))}</p>\n<div class="table-scroll"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>\n<p>${escapeHtml(netBenefitReading(nb, arm))}</p>${overBudget ? `\n<p>${escapeHtml(overBudget)}</p>` : ''}`;
}

const SENSITIVITY_LABELS: Readonly<Record<string, string>> = {
  turnoverPerYear: 'Turnover per year',
  teamCostPerYear: 'Cost per year, whole team',
  proqolSTS: 'ProQOL STS (points)',
  proqolBO: 'ProQOL burnout (points)',
};

/**
 * For each arm compared with the first whose scenarios both draw fields (scenario.uncertainty):
 * how its key differences move with each drawn value, as under `cfsim compare`. The draws are the
 * replications' own, recomputed from the manifest's scenarios and seed; nothing for results
 * without replications.csv or drawn fields, or from fewer than 10 replications.
 */
function sensitivitySection(data: ReportData): string {
  const values = data.replicationValues;
  const scenarios = data.manifest.scenarios as readonly Scenario[];
  if (!values || scenarios.length < 2 || !scenarios.every((s) => typeof s?.uncertainty === 'object' && s.uncertainty !== null)) return '';
  const policies = data.summary.policies.map((p) => p.policy);
  const tables = scenarios.slice(1).flatMap((scenario, i) => {
    const draws = drawsAlsoIn(scenarios[0], [scenario], data.manifest.seed, data.manifest.completedReps);
    const base = values.get(policies[0]);
    const mine = values.get(policies[i + 1]);
    if (!base || !mine) return [];
    const table = drawSensitivityTable(draws, (metric) => (mine[metric] && base[metric] ? mine[metric].map((v, r) => v - base[metric][r]) : new Float64Array(0)), (metric) => SENSITIVITY_LABELS[metric] ?? metric);
    if (!table) return [];
    const head = `<tr>${table.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
    const rows = table.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
    return [`<p>${escapeHtml(`${policies[i + 1]} against ${policies[0]}:`)}</p>\n<div class="table-scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>`];
  });
  if (tables.length === 0) return '';
  return `<h3>How the differences move with the drawn values</h3>\n<p class="note">${escapeHtml(`Each replication drew the fields under Parameter uncertainty (below). For each: ${DRAW_SENSITIVITY_INTRO}.`)}</p>\n${tables.join('\n')}`;
}

/** With a value per departure avoided and drawn fields: what learning each would be worth, as under `cfsim compare`, on a line of its own ("" otherwise). */
function valueOfInformationSection(data: ReportData): string {
  const voi = reportValueOfInformation(data);
  if (!voi) return '';
  const head = `<tr>${VALUE_OF_INFORMATION_HEADER.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = valueOfInformationRows(voi).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  return `\n<h3>What learning a drawn value is worth</h3>\n<p class="note">${escapeHtml(valueOfInformationLead(voi))}</p>\n<div class="table-scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>\n<p>${escapeHtml(valueOfInformationReading(voi))}</p>`;
}

/** What the report's terms mean, and what each arm is (from the resolved scenarios). */
function termsList(data: ReportData): string {
  const arm = armWords(data.manifest);
  const scenarios = data.manifest.scenarios;
  const terms: [string, string][] = [
    [
      'ProQOL scores',
      `The model's equivalent of the Professional Quality of Life scale (ProQOL 5): three scores from 10 to 50 for each worker, measured from the model's latent states (each worker's 0–1 levels of STS, burnout and satisfaction, day by day) with each person's own response style. Low is ${PROQOL_LOW} or less, high is ${PROQOL_HIGH} or more, and moderate in between.`,
    ],
    ['Secondary traumatic stress (STS)', 'Fear, intrusive images and avoidance that come from exposure to other people\'s trauma. Lower is better.'],
    ['Burnout', 'Exhaustion and frustration from the work and its conditions (caseload, unmet demand, stigma, barriers). Lower is better.'],
    ['Compassion satisfaction', 'The pleasure of doing the work well and of clients\' progress. Higher is better.'],
    ['Care quality', 'How well each client contact is met, from 0 to 1: falls with burnout and numbing, rises with empathic response and trauma-informed training.'],
    ['Turnover per year', `Workers leaving (for burnout, compassion fatigue, compassion satisfaction short of full, pay short of adequate, the first months in the job, or reasons any worker has: ${figureName('why-staff-leave')} splits them) per average headcount per year; ${figureName('who-leaves')} gives it for each role and for staff with and without lived experience.`],
    ['Sickness absence', 'Sick days per scheduled workday, over the whole horizon.'],
    ['Client demand unmet', 'The share of the contacts clients needed that nobody could make, because too few staff were present (absence, leave, vacancies) or the caseload cap was reached.'],
    [
      'Cost per worker-year',
      `Cost beyond the funded seats' salaries at full staffing: support programmes, sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary vacant seats do not draw (so filling more seats shows as a cost), per worker-year in post. Not the total cost of the team. ${figureName('what-the-cost-is-made-of')} splits it into what it pays for. Amounts are in the currency of the scenario's prices (costs.*): the built-in prices are US dollars from US sources, whatever the population, so a scenario for another country shows US-dollar costs until its prices are set.${unpricedNote(scenarios)}`,
    ],
    ['Worker-year', `One worker in post for a year. Rates per worker-year divide by the time staff were in post, so a ${arm.one} that adds staff spreads the same events over more worker-years.`],
    [
      'Separation hazard',
      `A worker's daily chance of leaving: a base rate raised by burnout, compassion fatigue and the first months in the job, and lowered by compassion satisfaction and adequate pay (docs/ODD.md §7.18). ${figureName('why-staff-leave')} splits each leaver among the terms that raised their chance above a reference worker's, in proportion to how much each raised it.`,
    ],
    ['Replication', `One simulated future of the team.${scenarios.length > 1 ? ` ${sameFutures(arm)}` : ''}`],
    [
      'How far the effects are checked',
      `The presets' status-quo outcomes are calibrated to published figures (ProQOL bands, turnover, support uptake: docs/VALIDATION.md); a scenario that changes a preset's population, community or practice is not, and the report warns at the top when its status quo's turnover or ProQOL scores leave the calibrated ranges${arm.one === 'scenario' ? ' (here, those of each scenario whose support package has the status quo\'s levers, whatever its name)' : ''}. Of the packages' effects, three are checked against trials: the uptake of pre-booked (opt-out) supervision, the size of the mindfulness programme's effect on burnout, and the single-session debrief's lack of benefit. The rest follow from the model's mechanisms and coefficients, each traced to its source in docs/ODD.md. Turnover effects, and the replacement costs they save, rest mostly on one assumed size: compassion fatigue's weight in the separation hazard (coefficients.separationCf: in the reference run of docs/ODD.md §7.18, not this one, about 70% of opt-out-support's turnover effect on the ma-outreach preset comes through it); ${scenarios.every((s) => typeof s?.uncertainty === 'object' && s.uncertainty !== null && Object.hasOwn(s.uncertainty, 'coefficients.separationCf')) ? 'this run draws it in every replication (Parameter uncertainty, below), so its ranges and verdicts carry that uncertainty, and uncertainty.csv shows how each difference moves with it' : 'a sweep over it shows how they move'}.${scenarios.some((s) => s.policy?.name === 'multi-level') ? " The multi-level package's combined effect on burnout is about three times what trials of single organisational changes report (ODD deviation 22): read its size as an upper scenario." : ''}${scenarios.some((s) => s.policy?.resilience?.mindfulness === true) ? " The mindfulness programme's effect on burnout is set to the trials' size; its effects on compassion fatigue, numbing and turnover, which can be as large as a structural package's, come from self-care's other roles in the model (the resilience buffer, numbing, compassion fatigue's protection: docs/ODD.md §7.7), whose weights no trial of such programmes measured: read them as the model's mechanism, not as evidence." : ''}`,
    ],
  ];
  const practice = practiceTerm(scenarios as readonly Scenario[], arm);
  if (practice) terms.push(practice);
  const debrief = singleSessionTerm(scenarios as readonly Scenario[], arm);
  if (debrief) terms.push(debrief);
  // The run is labelled by the population preset's id: what the scenario file or --set changed of it.
  const changedPreset = arm.one === 'package' && scenarios[0] ? presetDeparturesSentence(scenarios[0] as Scenario) : '';
  if (changedPreset) terms.push(['Scenario', `${changedPreset}.`]);
  const set = Array.isArray(data.manifest.set) ? setAssignmentsSentence((data.manifest.set as readonly unknown[]).filter(isSetAssignment), armKind(data.manifest), scenarios.map((s) => String(s?.name ?? ''))) : '';
  if (set) terms.push(['Set by --set', `${set.replace(/^Set by --set /, '')}.`]);
  // Which seats each arm had, where a package adds some, or for scenario files (which may fund different numbers, warned of at the top).
  const seated = seatedScenarios(data);
  const seats = seated.length > 0 ? seatsSentence(seated, arm.one === 'scenario' ? 'scenario' : 'package') : '';
  if (seats) terms.push(['Seats', `${seats.replace(/^Seats: /, '')}.`]);
  // What each replication drew (results written before 0.9.0 have no uncertainty: nothing drawn).
  const uncertain = scenarios.every((s) => typeof s?.uncertainty === 'object' && s.uncertainty !== null) ? uncertaintyLines(scenarios as readonly Scenario[], arm.one === 'scenario' ? 'scenario' : 'package') : '';
  if (uncertain) terms.push(['Parameter uncertainty', uncertain.replace(/^Parameter uncertainty:? ?/, '').replace(/\n\s*/g, ' ').trim()]);
  const levers = arm.one === 'package' && scenarios.every((s) => s?.policy) && isLeverRun(scenarios as readonly Scenario[]);
  const described = scenarios.map((s, k): [string, string] => [`${arm.title} ${arm.one === 'package' ? withName(s.policy?.name ?? '', packageName) : (s.policy?.name ?? '')}`, `${armDescription(s, arm, basedOn(data.manifest, k))}${arm.one === 'package' && k > 0 ? leversSentence(scenarios[0], s, (data.summary.differences?.length ?? 0) > 0, k === scenarios.length - 1 && levers) : ''}`]);
  const items = [...terms, ...described].map(([t, d]) => `<dt>${escapeHtml(t)}</dt><dd>${escapeHtml(d)}</dd>`);
  const differ = differencesTerm(data);
  if (differ) items.push(differ);
  const changes = reportChanges(data.manifest);
  if (changes.length > 0) {
    items.push(
      `<dt>Scheduled changes</dt><dd>${escapeHtml(
        `The scenario changed during the run: each change below took effect at the start of its day (days count from 0, so day 365 starts year 2)${scenarios.length > 1 ? (changesUnderEveryArm(data.manifest) ? ` under every ${arm.one}${arm.one === 'package' ? ', on top of the package' : ''}` : ' in the scenarios named after it') : ''}, and holds until a later change. The charts over time mark each with a dashed line. Outcomes over the whole horizon (turnover, absence, uptake, cost) mix the periods before and after each change; ProQOL scores and shares are those of the last ${Math.min(OUTCOME_WINDOW_DAYS, data.manifest.days)} days.`,
      )}<ul class="changes">${changes.map((c) => `<li>${escapeHtml(c.label)}</li>`).join('')}</ul></dd>`,
    );
  }
  return `<dl class="terms">${items.join('')}</dl>`;
}

/** The manifest's scenarios, where each gives its seats and added-seat share (every version that writes reports does; [] otherwise). */
/** The report's line on who the team is ("" for results written before their scenarios held the population's roles and traits). */
function teamMeta(data: ReportData): string {
  const scenarios = data.manifest.scenarios;
  const complete = (s: (typeof scenarios)[number]) =>
    typeof s.population?.seats === 'number' && typeof s.population?.teamSize === 'number' && typeof s.population?.livesInCommunityShare === 'number' && isObject(s.population?.roleMix) && isObject(s.population?.livedExperience);
  if (scenarios.length === 0 || !scenarios.every(complete)) return '';
  const lines = teamLines(scenarios as readonly Scenario[]);
  return `\n<p class="meta">${escapeHtml(lines.length === 1 ? lines[0] : `${lines[0]} ${lines.slice(1).map((l) => l.trim()).join('; ')}`)}</p>`;
}

function seatedScenarios(data: ReportData): readonly Scenario[] {
  const scenarios = data.manifest.scenarios;
  return scenarios.every((s) => typeof s.population?.seats === 'number' && typeof s.policy?.staffing?.extraSeatShare === 'number') ? (scenarios as readonly Scenario[]) : [];
}

/** The scenario's current practice, where a scenario sets one (the status quo's otherwise: no term). */
function practiceTerm(scenarios: readonly Scenario[], arm: ArmWords): [string, string] | undefined {
  const texts = scenarios.map((s) => departuresText(practiceDepartures(s), 'status quo'));
  if (texts.every((t) => t === '')) return undefined;
  const warmedUp = scenarios.some((s) => s.population?.warmUpDays > 0) ? 'the team worked under it for the warm-up before day 0, and ' : '';
  const what = `What the organization already did: ${warmedUp}${arm.one === 'package' ? 'each package' : "each scenario's package"} applied on top of it from day 0 (a lever the package sets replaced the practice's; the others stayed as practised).`;
  const shared = texts.every((t) => t === texts[0]);
  return ['Current practice', shared ? `${what} It differs from the status quo in: ${texts[0]}.` : `${what} ${scenarios.map((s, k) => `${s.policy.name}: ${texts[k] || 'the status quo'}.`).join(' ')}`];
}

/**
 * Where an arm runs mandatory single-session debriefs: what the model lets them do. With the
 * default coefficients they process none of the day's trace (the trials found no benefit) and add
 * a little re-exposure, so a planner expecting them to help sees why they do not.
 */
function singleSessionTerm(scenarios: readonly Scenario[], arm: ArmWords): [string, string] | undefined {
  const debriefing = scenarios.filter((s) => s.policy?.debrief?.mode === 'single-session');
  if (debriefing.length === 0) return undefined;
  const who = andList(debriefing.map((s) => s.policy.name));
  const shares = [...new Set(debriefing.map((s) => s.coefficients.singleSessionProcessing))];
  const harms = [...new Set(debriefing.map((s) => s.coefficients.singleSessionHarm))];
  const processing = shares.length === 1 && shares[0] === 0 ? 'processes none of the day\'s traumatic material (coefficients.singleSessionProcessing is 0: trials of single-session debriefing found no benefit over natural recovery, van Emmerik et al. 2002, Rose et al. in the Cochrane review)' : `processes ${andList(shares.map((x) => `${Math.round(x * 100)}%`))} of the day's traumatic material (coefficients.singleSessionProcessing; the default is 0, as trials of single-session debriefing found no benefit over natural recovery)`;
  const harm = harms.length === 1 && harms[0] === 0 ? 'and adds no stress (coefficients.singleSessionHarm is 0)' : `and adds a little stress from going over the event again (coefficients.singleSessionHarm ${andList(harms.map(String))}, for the possible harm the Cochrane review reports)`;
  const trigger = (s: Scenario) => (s.policy.debrief.after === 'death' ? "a client's death" : "a crisis or a client's death");
  const triggers = [...new Set(debriefing.map(trigger))];
  const when = triggers.length === 1 ? `In ${who}, every worker who meets ${triggers[0]} is debriefed that day.` : `${debriefing.map((s) => `In ${s.policy.name}, every worker who meets ${trigger(s)} is debriefed that day.`).join(' ')}`;
  // Against the baseline only where there is one (a comparison) and the arms that debrief are not all of them.
  const others = debriefing.filter((s) => s !== scenarios[0]);
  const so =
    scenarios.length === 1
      ? "So its results carry that stress and the debriefs' cost, and no help from them."
      : debriefing.length === scenarios.length
        ? `Every ${arm.one} debriefs so, the baseline included: each carries that stress and cost, and no difference between them comes from the debriefs helping.`
        : others.length === 0
          ? `Only the baseline debriefs so: the other ${arm.many}' differences from it include being spared that stress and cost, not the loss of any help from the debriefs.`
          : `So what ${others.length === 1 ? `this ${arm.one}` : `these ${arm.many}`} change${others.length === 1 ? 's' : ''} against the baseline comes from that stress, the debriefs' cost and any other lever set, not from the debriefs helping.`;
  return ['Single-session debrief', `${when} In the model such a debrief ${processing}, ${harm}; its sessions are costed. ${so} docs/ODD.md gives the evidence.`];
}

/** " " and which levers the cost leaves out (see unpricedLevers), or "". */
function unpricedNote(scenarios: readonly Scenario[]): string {
  const unpriced = unpricedLevers(scenarios);
  // The app's words for the levers; planners read the report, field paths are for scenario files.
  const name = (path: string) => {
    const label = LEVERS.find((l) => l.path === path)?.label.replace(/ \([^)]*\)$/, '');
    return label ? `${label.toLowerCase()} (${path})` : path;
  };
  return unpriced.length === 0 ? '' : ` ${unpricedSentence(unpriced, scenarios[0].policy.name, name)}. A package that uses more of ${unpriced.length === 1 ? 'it' : 'them'} costs more than shown; a price set in the scenario's costs counts ${unpriced.length === 1 ? 'it' : 'them'}.`;
}

/** How the arms share their futures (common random numbers), in the report's words for them. */
function sameFutures(arm: ArmWords): string {
  return arm.one === 'package'
    ? 'Every package ran the same futures (the same seeds), so they met the same community events.'
    : 'Every scenario ran the same futures (the same seeds): where the scenarios agree they met the same community events, so their differences come from what the files set, not from luck.';
}

/** "Terms and packages" or "Terms and scenarios". */
function termsHeading(arm: ArmWords): string {
  return `Terms and ${arm.many}`;
}

/**
 * An arm's entry in the terms: a package's description, or a scenario file's and the package it
 * runs. A file that changes the levers of the package it builds on (`based`, where the manifest
 * says) runs that package so changed, and its entry lists the changes rather than passing the
 * package's description off as its own.
 */
function armDescription(scenario: ReportData['manifest']['scenarios'][number], arm: ArmWords, based?: PackageId): string {
  const policy = scenario.policy?.description || 'No description.';
  if (arm.one === 'package') {
    // The arm keeps the package's name even when the scenario file or --set changed its levers.
    const departures = scenario.policy ? packageDepartures(scenario as Scenario) : [];
    return departures.length > 0 ? `${policy} Run here with levers changed from the package's own by the scenario file or --set: ${departuresText(departures)}.` : policy;
  }
  const file = fileDescription(scenario);
  const departures = based && scenario.policy ? packageDepartures({ ...(scenario as Scenario), policy: { ...(scenario as Scenario).policy, name: based } }) : [];
  if (based === undefined || departures.length === 0) return `${file}Its support package: ${policy}`;
  const own = PACKAGES[based].patch.policy?.description;
  // A file that describes its policy in its own words keeps them; the package's own words describe the package unchanged.
  const words = scenario.policy?.description && scenario.policy.description !== own ? `${scenario.policy.description} ` : '';
  return `${file}Its support package: ${words}${words ? 'Based' : 'based'} on the ${based} package${own ? ` (${own.replace(/\.$/, '')})` : ''}, with levers changed by the file: ${departuresText(departures)}.`;
}

/**
 * A scenario file's description, followed by a space ('' for none). A file that gives none keeps
 * its population preset's, which describes the preset's team: a planner's 12-seat team of peers and
 * nurses read "38 staff, 11 programs, mixed police/peer/clinical teams". Such a file is said to be
 * based on the preset, with what it changed of the preset's setting.
 */
function fileDescription(scenario: ReportData['manifest']['scenarios'][number]): string {
  if (!scenario.description) return '';
  const preset = POPULATION_IDS.find((id) => POPULATIONS[id].patch.description === scenario.description);
  const changed = preset && typeof scenario.population === 'object' ? presetDepartures(scenario as Scenario, preset) : [];
  if (!preset || changed.length === 0) return `${scenario.description} `;
  return `Based on the ${preset} preset ("${scenario.description.replace(/\.$/, '')}"), with its setting changed by the file or --set: ${departuresText(changed, 'preset')}. `;
}

/**
 * " Sets differently from status-quo: supervision (mode opt-in → opt-out, ...); ..." after a package's
 * description where several packages ran, and, for one that sets several lever groups in a comparison, that its
 * differences are theirs together (`afterItsLevers`: the last arm of compare --levers, whose groups the arms
 * before it set one at a time); nothing where the manifest's scenarios lack their policies.
 */
function leversSentence(baseline: ReportData['manifest']['scenarios'][number], scenario: ReportData['manifest']['scenarios'][number], compared: boolean, afterItsLevers: boolean): string {
  if (!baseline?.policy || !scenario?.policy) return '';
  const changes = leverChanges(baseline as Scenario, scenario as Scenario);
  const vs = baseline.policy.name;
  if (changes.length === 0) return ` It sets every lever as ${vs} does.`;
  const together = compared && changes.length > 1 ? ` Its differences from ${vs} are those of its ${changes.length} lever groups together. ${afterItsLevers ? `Each package before it, labelled ${scenario.policy.name}:group (compare --levers), sets one of the groups as it does and the rest as ${vs} does; what groups do together need not be the sum of what each does alone.` : ONE_LEVER_ADVICE}` : '';
  return ` Sets differently from ${vs}: ${leverChangesText(changes)}.${together}`;
}

/** The package arm `k` of a comparison of scenario files builds on, where the manifest says (Manifest.basedOn). */
function basedOn(manifest: ReportData['manifest'], k: number): PackageId | undefined {
  if (armKind(manifest) !== 'scenarios' || !Array.isArray(manifest.basedOn) || manifest.basedOn.length !== manifest.scenarios.length) return undefined;
  const id = manifest.basedOn[k];
  return isPackageId(id) ? id : undefined;
}

/** A comparison of scenario files' arms, each with its differences from the first (armDifferences); none for packages' arms or scenarios lacking their fields. */
function reportArmDifferences(data: ReportData): ArmDifferences[] {
  const scenarios = data.manifest.scenarios;
  if (armKind(data.manifest) !== 'scenarios' || scenarios.length < 2 || !scenarios.every((s) => isObject(s) && isObject(s.policy))) return [];
  return armDifferences(scenarios as readonly Scenario[]);
}

/** The term listing how each scenario differs from the first (as the terminal does), or "" for packages' arms. */
function differencesTerm(data: ReportData): string {
  const arms = reportArmDifferences(data);
  if (arms.length === 0) return '';
  const first = data.manifest.scenarios[0].policy.name;
  const list = arms.map((a) => `<li>${escapeHtml(a.label)}: ${armDifferenceLines(a).map((l) => escapeHtml(l)).join('; ')}</li>`).join('');
  const whole = `Each resolved scenario in full is under Reproduce this report (and ${WHOLE_SCENARIOS.replace(/, and manifest.json.*$/, '')}).`;
  const outside = arms.some((a) => a.outsidePackage.length > 0) ? ' A scenario that differs outside its package (warned of at the top) is not compared on its package alone.' : '';
  return `<dt>${escapeHtml(differencesHeading(first, 'scenarios'))}</dt><dd>${escapeHtml(`The fields in which each scenario, resolved, differs from ${first}: its package's levers and scheduled changes of policy are the package; the rest is the setting it runs in.${outside}`)}<ul class="changes">${list}</ul><span class="note">${escapeHtml(whole)}</span></dd>`;
}

/** The warnings at the top for scenarios that differ from the first outside their package. */
function outsidePackageWarnings(data: ReportData): string {
  const arms = reportArmDifferences(data);
  if (arms.length === 0) return '';
  const first = data.manifest.scenarios[0].policy.name;
  return arms
    .map((a) => outsidePackageWarning(a, first))
    .filter((w) => w !== '')
    .map((w) => `\n<p class="warning"><strong>Not the package's alone:</strong> ${escapeHtml(w)}</p>`)
    .join('');
}

/** " · levers changed from the packages' own (see Terms)" for the line under the title, when a file or --set changed any; likewise for the population preset. */
function departuresMeta(data: ReportData): string {
  const arm = armWords(data.manifest);
  if (arm.one !== 'package') return '';
  const preset = data.manifest.scenarios[0] && presetDepartures(data.manifest.scenarios[0] as Scenario).length > 0 ? ` · scenario changed from the ${data.manifest.scenarios[0].name} preset by the scenario file or --set (see ${termsHeading(arm)})` : '';
  if (!data.manifest.scenarios.some((s) => s.policy && packageDepartures(s as Scenario).length > 0)) return preset;
  return `${preset} · levers changed from the package's own by the scenario file or --set (see ${termsHeading(arm)})`;
}

/** " · 2 scheduled changes (see Terms)" for the line under the title, when the run had any. */
function changesMeta(data: ReportData): string {
  const n = reportChanges(data.manifest).length;
  return n === 0 ? '' : ` · ${n} scheduled change${n === 1 ? '' : 's'} (see ${termsHeading(armWords(data.manifest))})`;
}

function findingsList(data: ReportData): string {
  const list = findings(data.summary, data.burnoutSd, staffsDifferently(data.manifest.scenarios));
  if (list.length === 0) {
    return data.summary.policies.length > 1
      ? `<p class="note">No paired differences: <code>cfsim run</code> reports each package on its own. <code>cfsim compare --policies A,B,...</code> runs them on the same seeds and gives each one's difference from the first, with these findings and ${figureName('differences')}.</p>`
      : '<p class="note">One package only: run <code>cfsim compare --policies A,B,...</code> to compare packages on the same seeds.</p>';
  }
  return `<ul class="findings">${list.map((f) => `<li><strong>${escapeHtml(f.policy)}</strong> against ${escapeHtml(f.vs)}${f.indicative ? `, indicative only (${data.summary.reps} replications)` : ''}:${findingItems(f)}</li>`).join('')}</ul>${smallChangeNote(data, list[0].vs, list.some((f) => f.anySmall), list.some((f) => f.anySmallOnAverage))}`;
}

/**
 * One package's findings as a list: each clear difference an item of its own, then those clear on
 * average only (each an item under that heading), what is within noise or the same, who leaves and
 * the caveats. A planner read them run together as one long paragraph per package.
 */
function findingItems(f: Finding): string {
  // Each item a sentence of its own, with its full stop (the caveats have theirs).
  const items = (texts: readonly string[], stop = '.') => texts.map((t) => `<li>${escapeHtml(t)}${stop}</li>`).join('');
  const clear = [...f.clear, ...f.oneWay];
  return (
    '<ul class="effects">' +
    (clear.length > 0 ? items(clear) : `<li>No ${f.indicative ? 'indicative' : 'clear'} difference on the key metrics.</li>`) +
    (f.onAverage.length > 0 ? `<li>On average, not in every future:<ul>${items(f.onAverage)}</ul></li>` : '') +
    (f.noise.length > 0 ? `<li>Within noise: ${escapeHtml(f.noise.join('; '))}.</li>` : '') +
    (f.same.length > 0 ? `<li>The same in every future: ${escapeHtml(f.same.join(', '))}.</li>` : '') +
    (f.unmeasured.length > 0 ? `<li>No replication had a value under both (nobody in post to measure): ${escapeHtml(f.unmeasured.join(', '))}.</li>` : '') +
    (f.whoLeaves ? `<li><em>Who leaves:</em> ${escapeHtml(f.whoLeaves)}</li>` : '') +
    items(f.caveats, '') +
    '</ul>'
  );
}

/**
 * What "a small change" means, under findings that use the words (`clearUsed` of a clear finding,
 * `onAverageUsed` of one on average, which the note of clear ones did not cover), with the
 * baseline's own levels as examples.
 */
function smallChangeNote(data: ReportData, vs: string, clearUsed: boolean, onAverageUsed = false): string {
  const baseline = data.summary.policies.find((p) => p.policy === vs);
  if ((!clearUsed && !onAverageUsed) || baseline === undefined) return '';
  const levels = { proqolSTS: baseline.metrics.proqolSTS.mean, turnoverPerYear: baseline.metrics.turnoverPerYear.mean };
  const notes = [...(clearUsed ? [smallNote(vs, levels, data.summary.reps)] : []), ...(onAverageUsed ? [smallOnAverageNote(vs, levels, clearUsed)] : [])];
  return `\n<p class="note">${escapeHtml(notes.join(' '))}</p>`;
}

/**
 * The whole report as one self-contained HTML file: vega, vega-lite and vega-embed inlined once,
 * data inline, no network. Every user-supplied string is escaped (HTML text via escapeHtml, JSON
 * via scriptJson, so "</script>" in a scenario name stays text). `drawnBy` is the CFSim version
 * drawing it (default: the results' own); another than the results' is said under the title and
 * in the table to reproduce them.
 */
export function reportHtml(data: ReportData, charts: readonly ReportChart[], libraries: VegaLibraries, drawnBy: string = data.manifest.cfsim): string {
  const m = data.manifest;
  const otherVersion = drawnBy !== m.cfsim;
  const title = `CFSim report: ${withName(data.summary.scenario, populationName)}`;
  const figures = figuresHtml(charts);
  const specs = charts.map((c) => c.pageSpec ?? c.spec ?? null);
  const status = m.status === 'complete' ? '' : `<p class="warning">This run did not complete (status: ${escapeHtml(m.status)}): ${m.completedReps} of ${m.reps} replications are shown.</p>`;
  // Arms of scenario files are labelled by file: those running the status-quo package are found by their levers.
  const byLevers = armKind(m) === 'scenarios' ? (k: number) => m.scenarios[k] !== undefined && runsStatusQuo(m.scenarios[k]) : undefined;
  const uncalibrated = uncalibratedStatusQuo(data.summary.policies, data.summary.reps, data.manifest.scenarios.map((s) => s?.name), byLevers, m.days)
    .map((arm) => `<p class="warning"><strong>Outside the calibrated range:</strong> ${escapeHtml(uncalibratedSentence(arm))}</p>`)
    .join('\n');
  const seatsWarning = fundedSeatsWarning(seatedScenarios(data));
  const differentSizes = seatsWarning ? `\n<p class="warning"><strong>Programmes of different sizes:</strong> ${escapeHtml(seatsWarning.charAt(0).toUpperCase() + seatsWarning.slice(1))}</p>` : '';
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(armList(data.summary.policies.map((p) => p.policy)))} · ${m.completedReps} replications × ${m.days} days${changesMeta(data)}${escapeHtml(departuresMeta(data))} · seed ${m.seed} · CFSim ${escapeHtml(m.cfsim)}${otherVersion ? ` (report drawn by CFSim ${escapeHtml(drawnBy)})` : ''}</p>${teamMeta(data)}
${status}${uncalibrated ? `\n${uncalibrated}` : ''}${differentSizes}${outsidePackageWarnings(data)}
<h2>At a glance</h2>
${findingsList(data)}
${data.summary.differences?.length ? `<p class="${isFewReps(data.summary.reps) ? 'warning' : 'note'}">${isFewReps(data.summary.reps) ? escapeHtml(fewRepsNote(data.summary.reps)) : '"Clear" means the difference has the same sign in at least 95% of the paired replications (its 90% range excludes zero).'} ${escapeHtml(sameFutures(armWords(m)))}</p>` : ''}
${summaryTable(data)}
${budgetTable(data)}
${valueForMoneySection(data)}
${sensitivitySection(data)}${valueOfInformationSection(data)}
<h2>${escapeHtml(termsHeading(armWords(m)))}</h2>
${termsList(data)}
<h2>Charts</h2>
${figures}
<h2>Reproduce this report</h2>
<table class="reproduce">
<tr><td>Command</td><td style="text-align:left"><code>${escapeHtml(m.command)}</code></td></tr>${redrawnRow(data)}
<tr><td>CFSim version</td><td style="text-align:left">${escapeHtml(m.cfsim)}${otherVersion ? ` (this report was drawn by CFSim ${escapeHtml(drawnBy)} from that version's results: the numbers are ${escapeHtml(m.cfsim)}'s; rerun the command with ${escapeHtml(drawnBy)} to compare with its results)` : ''}</td></tr>
<tr><td>Seed</td><td style="text-align:left">${m.seed}</td></tr>
<tr><td>Replications</td><td style="text-align:left">${m.completedReps} of ${m.reps} requested (status: ${escapeHtml(m.status)})</td></tr>
<tr><td>Days</td><td style="text-align:left">${m.days}</td></tr>
<tr><td>Threads</td><td style="text-align:left">${m.threads} (results do not depend on it)</td></tr>
<tr><td>Run</td><td style="text-align:left">${escapeHtml(m.startedAt)} – ${escapeHtml(m.endedAt ?? 'unfinished')}</td></tr>${sessionsRow(m)}
</table>
${m.scenarios.map((s) => `<details><summary>Resolved scenario: ${escapeHtml(String((s as { policy?: { name?: string } }).policy?.name ?? ''))}</summary><pre>${escapeHtml(toYaml(s, { lineWidth: 0 }))}</pre></details>`).join('\n')}`;
  return htmlPage(title, body, specs, libraries);
}

/**
 * Of a run stopped and continued by `--resume` (manifest `sessions`, since 0.35.0): each command
 * that wrote its results, when, how it ended and the replications done before and after it, so the
 * Run row's span (which holds the pause between them) and the Threads row (the last one's) are read
 * for what they are. The manifest is read as written: a field it lacks shows as a dash.
 */
export function sessionsRow(m: Manifest): string {
  const sessions = Array.isArray(m.sessions) ? m.sessions : [];
  if (sessions.length < 2) return '';
  const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '–');
  const items = sessions.map((s, k) => {
    const reps = typeof s.completedRepsBefore === 'number' && s.completedRepsBefore > 0 ? `replications ${text(s.completedRepsBefore)} → ${text(s.completedReps)}` : `replications 0 → ${text(s.completedReps)}`;
    const cwd = typeof s.environment?.cwd === 'string' ? `, in ${s.environment.cwd}` : '';
    const killed = wasKilled(s.status, k < sessions.length - 1);
    const span = killed ? `${text(s.startedAt)} – ${killedWords(s.lastHeartbeatAt)}` : `${text(s.startedAt)} – ${s.endedAt === null ? 'unfinished' : text(s.endedAt)}, ${text(s.status)}`;
    return `<li><code>${escapeHtml(text(s.command))}</code>: ${escapeHtml(`${span}, ${reps}, threads ${text(s.threads)}, CFSim ${text(s.cfsim)}${cwd}`)}</li>`;
  });
  return `
<tr><td>Sessions</td><td style="text-align:left">Stopped and resumed (--resume) ${sessions.length - 1 === 1 ? 'once' : `${sessions.length - 1} times`}; the results are those of the command above run uninterrupted.<ol>${items.join('')}</ol></td></tr>`;
}

/**
 * Where `cfsim report --budget` or `--value-per-departure` redrew the report at figures other than
 * the comparison's, the command that redraws it so: the command above alone gives the comparison's
 * own, and a reader rerunning it would not find this report's budget and net-benefit figures.
 */
function redrawnRow(data: ReportData): string {
  const flags: string[] = [];
  if (data.valuePerDeparture !== undefined && data.valuePerDeparture !== data.summary.netBenefit?.valuePerDeparture) flags.push(`--value-per-departure ${data.valuePerDeparture}`);
  if (data.budget !== undefined && data.budget !== data.summary.budget?.perYear) flags.push(`--budget ${data.budget}`);
  if (flags.length === 0) return '';
  return `\n<tr><td>Then</td><td style="text-align:left"><code>${escapeHtml(redrawCommand(data.manifest.command, flags, data.output))}</code> (redraws this report at its ${flags.length === 2 ? 'value per departure and budget' : flags[0].startsWith('--budget') ? 'budget' : 'value per departure'} from the same replications; the command above alone gives the comparison's own)</td></tr>`;
}

/** Escaped text with `backticked` spans set as code. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Figures for charts, with captions (and a note where a chart cannot be drawn). */
export function figuresHtml(charts: readonly ReportChart[]): string {
  return charts
    .map(
      (c, i) =>
        `<figure><div class="chart" id="chart-${i}" role="img" aria-label="${escapeHtml(c.caption)}"></div>` +
        `<figcaption>Figure ${i + 1}. ${escapeHtml(c.caption)}${c.spec ? '' : ` <span class="note">${withCode(c.missing ?? 'Not available for these results.')}</span>`}</figcaption></figure>`,
    )
    .join('\n');
}

/**
 * A self-contained page: vega, vega-lite and vega-embed inlined once, specs inline as escaped
 * JSON, each drawn into #chart-i. The body must already be escaped. A tooltip shows each name as
 * it was given, without the zero-width space expressionSafeSpec gave it in the spec: a name copied
 * from it matches the name in the tables and CSV files.
 */
export function htmlPage(title: string, body: string, specs: readonly unknown[], libraries: VegaLibraries): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<script>${scriptSource(libraries.vega)}</script>
<script>${scriptSource(libraries.vegaLite)}</script>
<script>${scriptSource(libraries.vegaEmbed)}</script>
<script type="application/json" id="cfsim-specs">${scriptJson(specs)}</script>
<script type="application/json" id="cfsim-plain-names">${scriptJson(plainForms(specs))}</script>
<script>
(function () {
  var specs = JSON.parse(document.getElementById('cfsim-specs').textContent);
  var plainNames = new Map(JSON.parse(document.getElementById('cfsim-plain-names').textContent));
  // vega-tooltip's own escaping (of & and <), of the plain name.
  function tooltipHtml(value) {
    var text = String(value);
    return (plainNames.has(text) ? plainNames.get(text) : text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  }
  var tooltipContent = (${TOOLTIP_FORMATTER_SOURCE})(new RegExp(${scriptJson(TOOLTIP_ROW_KEY_PREFIX.source)}));
  var measure = document.createElement('canvas').getContext('2d');
  function textWidth(text, fontSize, bold) {
    measure.font = (bold ? 'bold ' : '') + fontSize + 'px ' + ${scriptJson(CONFIG.font)};
    return measure.measureText(text).width;
  }
  function embed(el, spec) {
    return vegaEmbed(el, spec, { actions: false, renderer: 'svg', tooltip: { theme: 'light', sanitize: tooltipHtml, formatTooltip: tooltipContent } });
  }
  // Vega shows a tooltip on pointermove, which a tap does not fire: a tap's click shows the tapped mark's.
  function onDrawn(el) {
    var svg = el.querySelector('svg');
    if (svg) svg.addEventListener('click', function (e) { if (e.pointerType !== 'mouse') e.target.dispatchEvent(new PointerEvent('pointermove', e)); });
  }
  var charts = (${CHART_FIT_SOURCE})(embed, textWidth);
  var rendered = 0;
  specs.forEach(function (spec, i) {
    if (!spec) { rendered++; return; }
    var el = document.getElementById('chart-' + i);
    charts.draw(el, spec, onDrawn)
      .then(function () {
        rendered++;
        if (rendered === specs.length) document.body.setAttribute('data-rendered', 'true');
      })
      .catch(function (error) { el.textContent = 'This chart could not be drawn: ' + error.message; console.error(error); });
  });
  if (specs.every(function (s) { return !s; })) document.body.setAttribute('data-rendered', 'true');
  // A window resized or a phone turned: the charts fitted to their figures again, once it has settled.
  var resizing;
  window.addEventListener('resize', function () { clearTimeout(resizing); resizing = setTimeout(charts.refit, 200); });
  // For tests and scripts: fits the charts to the window now, resolving once they are drawn.
  window.cfsimReport = { fitted: function () { clearTimeout(resizing); return charts.refit(); } };
})();
</script>
</body>
</html>
`;
}

/** A preset's id with the readable name the app shows for it ("multi-level (Multi-level support)"); other names as they are. */
function withName(id: string, name: (id: string) => string | undefined): string {
  const readable = name(id);
  return readable ? `${id} (${readable})` : id;
}
