import { show, type InputIssue } from '../../sim/params/issues';
import { ARM_KINDS } from '../../models/resultsManifest';
import { KEY_METRICS } from '../specs/keyMetrics';
import { GROUP_BREAKDOWNS } from '../../models/groups';

// The shape of a results folder's manifest.json and summary.json, checked before the report
// reads them: a field that is missing or of the wrong kind is named with its file and what is
// expected, rather than failing somewhere in the report.

const STATUSES = ['running', 'complete', 'interrupted', 'failed'] as const;

type Rule = readonly [field: string, expected: string, ok: (value: unknown) => boolean, optional?: boolean];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string';
const whole = (min: number) => (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= min;
/** A statistic as JSON holds it: a number, or null for one that was not a number (NaN). */
const statistic = (v: unknown) => typeof v === 'number' || v === null;
/** A standard deviation or error as JSON holds it: a number from 0, or null. */
const spread = (v: unknown) => v === null || (typeof v === 'number' && v >= 0);
const number = (v: unknown) => typeof v === 'number';
const numberOrNull = (v: unknown) => v === null || typeof v === 'number';
const texts = (v: unknown) => Array.isArray(v) && v.every(text);

/** Checks `value`'s fields (`prefix` names it within the file) against `rules`, adding an issue per problem. */
function checkFields(issues: InputIssue[], file: string, prefix: string, value: Record<string, unknown>, rules: readonly Rule[]): void {
  for (const [field, expected, ok, optional] of rules) {
    const v = value[field];
    if (v === undefined && optional) continue;
    const name = `${prefix}${field}`;
    if (v === undefined) issues.push({ path: file, value: v, message: `${name} is missing; expected ${expected}` });
    else if (!ok(v)) issues.push({ path: file, value: v, message: `${name} is ${show(v)}; expected ${expected}` });
  }
}

/** Checks a list field (non-empty unless `mayBeEmpty`): each item an object, checked by `each`. */
function checkList(issues: InputIssue[], file: string, name: string, value: unknown, expected: string, each: (item: Record<string, unknown>, at: string) => void, mayBeEmpty = false): void {
  if (value === undefined) return void issues.push({ path: file, value, message: `${name} is missing; expected ${expected}` });
  if (!Array.isArray(value) || (value.length === 0 && !mayBeEmpty)) return void issues.push({ path: file, value, message: `${name} is ${show(value)}; expected ${expected}` });
  value.forEach((item, i) => {
    const at = `${name}[${i}]`;
    if (isObject(item)) each(item, at);
    else issues.push({ path: file, value: item, message: `${at} is ${show(item)}; expected an object` });
  });
}

/** The problems with a parsed manifest.json (`file` names it in messages). */
export function manifestIssues(manifest: unknown, file: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isObject(manifest)) return [{ path: file, value: manifest, message: `${show(manifest)} is not a manifest; expected an object of fields (cfsim, command, scenarios, seed, reps, ...)` }];
  checkFields(issues, file, '', manifest, [
    ['cfsim', 'the CFSim version that wrote it (text)', text],
    ['command', 'the command line that wrote it (text)', text],
    ['arms', `one of ${ARM_KINDS.join(', ')}`, (v) => (ARM_KINDS as readonly unknown[]).includes(v), true],
    ['seed', 'a whole number from 0', whole(0)],
    ['reps', 'a whole number from 1', whole(1)],
    ['completedReps', `a whole number from 0 to reps`, (v) => whole(0)(v) && (typeof manifest.reps !== 'number' || (v as number) <= manifest.reps)],
    ['days', 'a whole number from 1', whole(1)],
    ['threads', 'a whole number from 1', whole(1)],
    ['startedAt', 'a date and time (text)', text],
    ['endedAt', 'a date and time (text), or null', (v) => v === null || text(v), true],
    ['status', `one of ${STATUSES.join(', ')}`, (v) => (STATUSES as readonly unknown[]).includes(v)],
  ]);
  checkList(issues, file, 'scenarios', manifest.scenarios, 'a non-empty list of the resolved scenarios, one per package (or scenario file)', (scenario, at) => {
    if (!isObject(scenario.policy)) issues.push({ path: file, value: scenario.policy, message: `${at}.policy is ${show(scenario.policy)}; expected the scenario's policy, an object with its name` });
    else checkFields(issues, file, `${at}.policy.`, scenario.policy, [['name', "the package's (or scenario's) label (text)", text]]);
    if (scenario.changes !== undefined && !(Array.isArray(scenario.changes) && scenario.changes.every((c) => isObject(c) && whole(1)(c.day) && isObject(c.set)))) {
      issues.push({ path: file, value: scenario.changes, message: `${at}.changes is ${show(scenario.changes)}; expected a list of scheduled changes ({ day, set })` });
    }
  });
  return issues;
}

/** Checks the key metrics of one package's outcomes or differences. */
function checkMetrics(issues: InputIssue[], file: string, at: string, metrics: unknown): void {
  if (!isObject(metrics)) return void issues.push({ path: file, value: metrics, message: `${at}.metrics is ${show(metrics)}; expected an object of metrics (${KEY_METRICS.map((k) => k.metric).join(', ')}, ...)` });
  for (const { metric } of KEY_METRICS) {
    checkStatistics(issues, file, `${at}.metrics.${metric}`, metrics[metric]);
  }
  // The others the report reads where present (teamCostPerYear, leaversPerYear, ...: results of older versions lack some).
  const keys = new Set<string>(KEY_METRICS.map((k) => k.metric));
  for (const [metric, m] of Object.entries(metrics)) if (!keys.has(metric)) checkStatistics(issues, file, `${at}.metrics.${metric}`, m);
}

/** Checks one metric's { mean, p05, p95 } (`at` names it). */
function checkStatistics(issues: InputIssue[], file: string, at: string, m: unknown): void {
  if (!isObject(m)) issues.push({ path: file, value: m, message: `${at} is ${m === undefined ? 'missing' : show(m)}; expected { mean, p05, p95 }` });
  else checkFields(issues, file, `${at}.`, m, (['mean', 'p05', 'p95'] as const).map((f): Rule => [f, 'a number', statistic]));
}

/**
 * Checks the turnover by role and by lived experience of one package's outcomes or differences
 * (`groups`, where given: results written before CFSim kept it have none), which the who-leaves
 * chart and findings read.
 */
function checkGroups(issues: InputIssue[], file: string, at: string, groups: unknown, outcomes: boolean): void {
  if (groups === undefined) return;
  checkList(issues, file, `${at}.groups`, groups, 'a list of the turnover of each role and of staff with and without lived experience ({ by, group, label, turnoverPerYear, ... })', (g, item) => {
    checkFields(issues, file, `${item}.`, g, [
      ['by', `one of ${GROUP_BREAKDOWNS.join(', ')}`, (v) => (GROUP_BREAKDOWNS as readonly unknown[]).includes(v)],
      ['group', "the group's id (text)", text],
      // A paired difference's is absent from results written by 0.6.0 before it carried one (the loader names it from GROUPS).
      ['label', "the group's name (text)", text, !outcomes],
      ['reps', 'a whole number from 0', whole(0)],
      ...(outcomes ? [['workerYears', 'a number (worker-years in post per replication)', number] as Rule] : []),
    ]);
    checkStatistics(issues, file, `${item}.turnoverPerYear`, g.turnoverPerYear);
  }, true);
}

/** Checks "best on average" spans ({ policies, from, to }) at `at`, where given. */
function checkBestSpans(issues: InputIssue[], file: string, at: string, spans: unknown): void {
  if (spans === undefined) return;
  checkList(issues, file, at, spans, 'a list of the spans of values of a departure avoided at which each arm is best on average ({ policies, from, to })', (span, item) => {
    checkFields(issues, file, `${item}.`, span, [
      ['policies', "a list of the arms' labels (text)", texts],
      ['from', 'a number', number],
      ['to', 'a number, or null (no end)', numberOrNull],
    ]);
  }, true);
}

/**
 * Checks the spending year by year (compare over more than a year, since 0.29.0), where given:
 * each year's spending and net cost of every arm, in summary.json's policy order.
 */
function checkSpendingByYear(issues: InputIssue[], file: string, years: unknown, policies: unknown): void {
  if (years === undefined) return;
  const labels = Array.isArray(policies) ? policies.map((p) => (isObject(p) ? p.policy : undefined)) : [];
  checkList(issues, file, 'spendingByYear', years, "a list of each year's spending on the package ({ year, fromDay, days, policies })", (year, at) => {
    checkFields(issues, file, `${at}.`, year, [
      ['year', 'a whole number from 1', whole(1)],
      ['fromDay', 'a whole number from 0', whole(0)],
      ['days', 'a whole number from 1 to 365', (v) => whole(1)(v) && (v as number) <= 365],
    ]);
    checkList(issues, file, `${at}.policies`, year.policies, "a non-empty list of each arm's spending and net cost that year ({ policy, spending, netCost })", (arm, armAt) => {
      checkFields(issues, file, `${armAt}.`, arm, [
        ['policy', "the arm's label (text)", text],
        ['spending', 'a number', number],
        ['netCost', 'a number', number],
      ]);
    });
    const armLabels = Array.isArray(year.policies) ? year.policies.map((a) => (isObject(a) ? a.policy : undefined)) : undefined;
    if (armLabels && labels.length > 0 && JSON.stringify(armLabels) !== JSON.stringify(labels)) {
      issues.push({ path: file, value: armLabels, message: `${at}.policies gives ${show(armLabels)}; expected the arms of policies in their order, ${show(labels)}` });
    }
  });
}

/**
 * Checks the net benefit's lead as the report reads it: as cfsim writes it, or as 0.11.0 wrote it
 * before the lead counted futures ({ policy, over, mean, low, high }, `over` one label as text).
 */
function checkLead(issues: InputIssue[], file: string, lead: Record<string, unknown>): void {
  const older = typeof lead.over === 'string';
  checkFields(issues, file, 'netBenefit.lead.', lead, [
    ...(older
      ? [['policy', "the leading arm's label (text)", text] as Rule]
      : [
          ['policies', "a list of the leading arms' labels (text)", texts] as Rule,
          ['over', "a list of the next arms' labels (text), or one label as text (0.11.0)", texts] as Rule,
          ['ahead', 'a number from 0 to 1 (the share of futures it is ahead in)', (v) => typeof v === 'number' && v >= 0 && v <= 1] as Rule,
          ['clear', 'true or false', (v) => typeof v === 'boolean'] as Rule,
          ['identical', 'true or false', (v) => typeof v === 'boolean'] as Rule,
        ]),
    ['mean', 'a number', number],
    ['low', 'a number, or null', numberOrNull],
    ['high', 'a number, or null', numberOrNull],
  ]);
}

/**
 * Checks the tables compare wrote that the report shows as they are (where given): the budget of
 * `compare --budget` and, for results without replications.csv, the net benefit of
 * `--value-per-departure`.
 */
function checkComparisonTables(issues: InputIssue[], file: string, summary: Record<string, unknown>): void {
  const { budget, netBenefit } = summary;
  if (budget !== undefined) {
    if (!isObject(budget)) issues.push({ path: file, value: budget, message: `budget is ${show(budget)}; expected the budget's answer ({ perYear, baseline, baselineSpendingPerYear, arms, ... })` });
    else {
      checkFields(issues, file, 'budget.', budget, [
        ['perYear', 'a number (the budget a year)', number],
        ['baseline', "the baseline's label (text)", text],
        ['baselineSpendingPerYear', 'a number, or null', numberOrNull],
      ]);
      checkList(issues, file, 'budget.arms', budget.arms, "a non-empty list of each arm's fit to the budget ({ policy, spendingPerYear, overBaselinePerYear, withinBudget, futuresWithin, futures })", (arm, at) => {
        checkFields(issues, file, `${at}.`, arm, [
          ['policy', "the arm's label (text)", text],
          ['spendingPerYear', 'a number, or null', numberOrNull],
          ['overBaselinePerYear', 'a number, or null', numberOrNull],
          ['withinBudget', 'true or false', (v) => typeof v === 'boolean'],
          ['futuresWithin', 'a whole number from 0', whole(0)],
          ['futures', 'a whole number from 0', whole(0)],
          ['yearsOver', 'a list of year numbers', (v) => Array.isArray(v) && v.every(number), true],
        ]);
      });
      if (budget.futuresLeftOut !== undefined && !Array.isArray(budget.futuresLeftOut)) issues.push({ path: file, value: budget.futuresLeftOut, message: `budget.futuresLeftOut is ${show(budget.futuresLeftOut)}; expected a list of the futures left out` });
      checkBestSpans(issues, file, 'budget.bestOnAverage', budget.bestOnAverage);
    }
  }
  if (netBenefit !== undefined) {
    if (!isObject(netBenefit)) issues.push({ path: file, value: netBenefit, message: `netBenefit is ${show(netBenefit)}; expected the net benefit at a value per departure ({ valuePerDeparture, futures, arms, ... })` });
    else {
      checkFields(issues, file, 'netBenefit.', netBenefit, [
        ['valuePerDeparture', 'a number from 0', (v) => typeof v === 'number' && v >= 0],
        ['futures', 'a whole number from 0', whole(0)],
        ['indicative', 'true or false', (v) => typeof v === 'boolean'],
        ['lead', 'an object, or null', (v) => v === null || isObject(v)],
      ]);
      if (isObject(netBenefit.lead)) checkLead(issues, file, netBenefit.lead);
      checkList(issues, file, 'netBenefit.arms', netBenefit.arms, "a non-empty list of each arm's net benefit ({ policy, departuresAvoided, netCost, mean, ... })", (arm, at) => {
        checkFields(issues, file, `${at}.`, arm, [
          ['policy', "the arm's label (text)", text],
          // departuresAvoided and netCost are absent from results written before CFSim kept them.
          ...(['departuresAvoided', 'netCost'] as const).map((f): Rule => [f, 'a number, or null', numberOrNull, true]),
          ...(['mean', 'best', 'se', 'low', 'high', 'aheadOfBaseline'] as const).map((f): Rule => [f, 'a number, or null', numberOrNull]),
        ]);
      });
    }
  }
}

/**
 * Refuses a 90% range that runs backwards (p05 above p95) in any metric of one package's outcomes
 * or differences: percentiles of the same values cannot, whatever the values. (A mean outside its
 * range can happen, when a few replications have a rare outcome in large amounts; the tables mark it.)
 */
function checkRanges(issues: InputIssue[], file: string, at: string, metrics: unknown): void {
  if (!isObject(metrics)) return;
  for (const [metric, m] of Object.entries(metrics)) {
    if (!isObject(m) || typeof m.p05 !== 'number' || typeof m.p95 !== 'number' || m.p05 <= m.p95) continue;
    issues.push({ path: file, value: m, message: `${at}.metrics.${metric} has p05 ${m.p05} above p95 ${m.p95}; expected p05 ≤ p95 (the 5th percentile of the same values cannot exceed the 95th), so the file is damaged` });
  }
}

/**
 * Checks the counts of positive, zero and negative paired differences of each metric, where
 * given (results written before they were kept have none): whole numbers, together no more than
 * the replications; and their sd and se (since 0.8.0), where given: from 0, or null.
 */
function checkCounts(issues: InputIssue[], file: string, at: string, metrics: unknown, reps: unknown): void {
  if (!isObject(metrics)) return;
  for (const [metric, m] of Object.entries(metrics)) {
    if (!isObject(m)) continue;
    checkFields(issues, file, `${at}.metrics.${metric}.`, m, [
      ...(['positive', 'zero', 'negative'] as const).map((f): Rule => [f, 'a whole number from 0 (paired differences of that sign)', whole(0), true]),
      ...(['sd', 'se'] as const).map((f): Rule => [f, 'a number from 0, or null (from fewer than two paired differences)', spread, true]),
    ]);
    const counts = [m.positive, m.zero, m.negative];
    if (typeof reps === 'number' && counts.every((c) => whole(0)(c)) && (counts as number[]).reduce((a, b) => a + b, 0) > reps) {
      issues.push({ path: file, value: m, message: `${at}.metrics.${metric} counts ${(counts as number[]).reduce((a, b) => a + b, 0)} paired differences (positive, zero, negative) from ${reps} replications; expected at most one per replication, so the file is damaged` });
    }
  }
}

/** The problems with a parsed summary.json (`file` names it in messages). */
export function summaryIssues(summary: unknown, file: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isObject(summary)) return [{ path: file, value: summary, message: `${show(summary)} is not a run's summary; expected an object of fields (cfsim, scenario, policies, ...)` }];
  checkFields(issues, file, '', summary, [
    ['cfsim', 'the CFSim version that wrote it (text)', text],
    ['scenario', "the scenario's name (text)", text],
    ['status', 'interrupted or failed (absent for a complete run)', (v) => v === 'interrupted' || v === 'failed', true],
    ['requestedReps', 'a whole number from 1', whole(1), true],
    ['seed', 'a whole number from 0', whole(0)],
    ['reps', 'a whole number from 0', whole(0)],
    ['days', 'a whole number from 1', whole(1)],
  ]);
  checkList(issues, file, 'policies', summary.policies, "a non-empty list of each package's outcomes ({ policy, metrics })", (p, at) => {
    checkFields(issues, file, `${at}.`, p, [['policy', "the package's label (text)", text]]);
    checkMetrics(issues, file, at, p.metrics);
    checkRanges(issues, file, at, p.metrics);
    checkGroups(issues, file, at, p.groups, true);
  });
  if (summary.differences !== undefined) {
    checkList(issues, file, 'differences', summary.differences, "a list of each package's differences from the baseline ({ policy, vs, metrics })", (d, at) => {
      checkFields(issues, file, `${at}.`, d, [
        ['policy', "the package's label (text)", text],
        ['vs', "the baseline's label (text)", text],
      ]);
      checkMetrics(issues, file, at, d.metrics);
      checkRanges(issues, file, at, d.metrics);
      checkCounts(issues, file, at, d.metrics, summary.reps);
      checkGroups(issues, file, at, d.groups, false);
    }, true);
  }
  checkSpendingByYear(issues, file, summary.spendingByYear, summary.policies);
  // The top-level bestOnAverage is not checked: the report works it out again from the differences, and 0.10.0 wrote its spans as { policy, from, to }.
  checkComparisonTables(issues, file, summary);
  return issues;
}
