import { drawsAlsoIn } from '../models/uncertainty';
import { commandWord } from '../scenarios/sweepAnalysis';
import { drawSensitivityText } from './drawSensitivityText';
import { valueForMoneyText } from './valueForMoneyText';
import { bestOnAverageSentence, freeLeverNote, griefLeaveNotes, mechanismOnlyReliance, spendingPerDepartureNote, unmetDemandNote } from '../viz/report/valueForMoneyWords';
import type { ValueForMoney } from '../models/valueForMoney';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { checkpointCompletedReps } from './checkpointFile';
import { basename, join, resolve } from 'node:path';
import { createScratchFolder } from './scratchFolder';
import { commandLine } from './commandLine';
import { armList } from '../viz/report/armWords';
import { burnoutBeyondEvidence, burnoutEvidenceCaveat } from '../viz/report/words';
import { departuresText, packageDepartures, practiceDepartures, presetDeparturesSentence, runsStatusQuo } from '../scenarios/packageDepartures';
import { setsDifferently, unpricedLevers, unpricedSentence } from '../models/leverPrices';
import { METRIC_NAMES, OUTCOME_WINDOW_DAYS, type MetricName } from '../models/metrics';
import { SERIES } from '../models/observables';
import { writeReport } from './report';
import { signalExitCode, StopSignals } from './stopSignals';
import { bestOnAverageOf, runDocument, type Difference, type IncompleteRun, type RunDocument } from '../models/runDocument';
import type { ExperimentAggregator } from '../models/experimentAggregator';
import type { PolicyOutcome } from '../models/ensemble';
import { InputError, type InputIssue } from '../sim/params/issues';
import { isPackageId, PACKAGE_IDS } from '../scenarios/presets/packages';
import { isPopulationId } from '../scenarios/presets/populations';
import { DEFAULT_PACKAGE, DEFAULT_POPULATION, filePresets } from '../scenarios/resolve';
import type { Scenario } from '../scenarios/schema';
import { changeLabel } from '../scenarios/changes';
import { addedSeats, fundedSeatsWarning, seatsSentence } from '../scenarios/fundedSeats';
import { teamLines } from '../scenarios/teamMakeup';
import { setAssignmentsSentence } from '../scenarios/setAssignments';
import { uncertaintyLines } from '../scenarios/uncertaintyWords';
import { plausibilityText, plausibilityWarnings } from '../scenarios/plausibility';
import { warmUpSummary } from '../scenarios/warmUp';
import { leverArms, leverChanges, packageLeversBlock } from '../scenarios/leverChanges';
import { anyCut, armDifferenceLines, armDifferences, differencesHeading, outsidePackageWarning, WHOLE_SCENARIOS } from '../scenarios/scenarioDifferenceWords';
import { DEFAULT_THREADS, runExperiment } from './experiment';
import { earlierResultsIssue, holdsCompleteResults, removeSpentCheckpoint } from './results';
import { CHECKPOINT_FILE, manifestDecision, type ResumeCommand } from './runResume';
import { WorkerFailure } from '../sim/host/nodePool';
import { singleSessionNote } from '../viz/report/debriefNote';
import { daysFlag, HORIZON_DAYS, integerFlag, listFlag, numberFlag, overridesFlag, throwIfIssues } from './flags';
import { netBenefitText } from './netBenefitText';
import { valueOfInformationText } from './valueOfInformationText';
import type { ValueOfInformation } from '../models/valueOfInformation';
import { budgetFutures, budgetSentences, netBenefitBudgetNote, spendingByYearSentence } from '../viz/report/budgetWords';
import { comparisonBudgetFit } from './budgetOfComparison';
import { comparisonSpending, spendingBlock } from './compareSpending';
import { comparisonTableParts, outcomeTable } from './format';
import { comparisonHeading, comparisonTablesSaidOnce } from './compareNotes';
import { seatAdders } from './seatAdders';
import { isClear, isFewReps } from '../viz/report/differences';
import { fileIssue, issuesSubject, loadScenario, readScenarioFile } from './scenarioSource';
import { uncalibratedSentence, uncalibratedStatusQuo } from '../models/calibrationBands';
import { COMMIT, VERSION } from './version';
import { checkOutputPath } from './outputFiles';
import { htmlReportIssues, runReportFile } from './reportFile';
import { writeReadable } from './wrapText';

export const DEFAULT_REPS = 50;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 2 ** 32 - 1;
/** --value-per-departure's ceiling: a billion dollars a departure is past any plausible value, so a larger one is a typo. */
export const MAX_VALUE_PER_DEPARTURE = 1e9;

/** --budget's ceiling: a billion a year for one team's staff support is past any plausible budget (in dollars; ¥1e9 is about $6.5 M), so a larger one is a typo. */
export const MAX_BUDGET = 1e9;

/** The flags `run` and `compare` share. */
export interface SimulateArgs {
  readonly scenario?: string;
  /** compare only: scenario files as the arms, instead of SCENARIO and --policies. */
  readonly scenarios?: string;
  readonly reps?: unknown;
  readonly days?: unknown;
  readonly seed?: unknown;
  readonly set?: unknown;
  readonly threads?: unknown;
  readonly out?: string;
  /** With --out: replace an earlier run's results there, complete or with finished replications (else such a folder is refused). */
  readonly replace?: boolean;
  /** With --out: continue the run stopped short there from its first unfinished replication (since 0.35.0). */
  readonly resume?: boolean;
  readonly report?: string;
  readonly json?: boolean;
  /** compare only: V, what avoiding a departure is worth, for every arm's net benefit at it. */
  readonly valuePerDeparture?: unknown;
  /** compare only: a yearly budget for what each arm spends on its package beyond the first arm (budgetFit). */
  readonly budget?: unknown;
  /** compare only, with --policies A,B: one arm per lever group of B between them (leverArms). */
  readonly levers?: boolean;
}

/** Runs `load`, adding any input issues it throws to `issues` (once each) so all are reported together. */
export function collectIssues<T>(issues: InputIssue[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues) if (!issues.some((i) => i.path === issue.path && i.message === issue.message)) issues.push(issue);
    return undefined;
  }
}

/** `--set` and `--days` as scenario overrides. */
export function scenarioOverrides(args: { set?: unknown; days?: unknown }, issues: InputIssue[]): [string, unknown][] {
  const overrides = overridesFlag(args.set, issues);
  const days = daysFlag(args.days, NaN, HORIZON_DAYS.min, HORIZON_DAYS.max, issues);
  if (args.days !== undefined && overrides.some(([path]) => path === 'days')) {
    issues.push({ path: '--days', value: args.days, message: 'gives the horizon, and so does --set days; which would win is a guess: give one' });
  }
  if (!Number.isNaN(days)) overrides.push(['days', days]);
  return overrides;
}

function outcomesOf(aggregator: ExperimentAggregator, scenarios: readonly Scenario[]): PolicyOutcome[] {
  return scenarios.map((s, p) => ({
    policy: s.policy.name,
    metrics: aggregator.metricSummaries(p),
    groups: aggregator.groupOutcomes(p),
    ...(Object.keys(s.uncertainty).length > 0 ? { uncertainty: s.uncertainty } : {}),
  }));
}

/** Each arm's staff in post on an average day, from the daily headcount's means, and the replications that gave each metric a value (for the readable table). */
function withStaffInPost(aggregator: ExperimentAggregator, outcomes: readonly PolicyOutcome[]): PolicyOutcome[] {
  return outcomes.map((o, p) => {
    let sum = 0;
    for (let day = 0; day < aggregator.days; day++) sum += aggregator.seriesMean(p, day, SERIES.headcount);
    const metricReps = Object.fromEntries(METRIC_NAMES.map((m) => [m, aggregator.values(p, m).filter((x) => x === x).length])) as Record<MetricName, number>;
    return { ...o, staffInPost: sum / aggregator.days, metricReps };
  });
}

/** The caveat under a package whose burnout effect is larger than trials support (see burnoutBeyondEvidence), or nothing. */
function burnoutEvidenceLine(difference: Difference, baselineSd: number, policy: string): string {
  const smd = burnoutBeyondEvidence(difference, baselineSd);
  return smd === undefined ? '' : `\n${burnoutEvidenceCaveat(smd, `${armList([policy])}'s`)}`;
}

/** Under a comparison, where the arm's single-session debriefs do what the trials found (see singleSessionNote), or "". */
function debriefLine(arm: string, armScenario: Scenario, baseline: Scenario): string {
  const note = singleSessionNote(arm, armScenario, baseline);
  return note ? `\n${note}` : '';
}

/** The levers that set what pay and benefits cost a worker in post (models/parameters.ts dailyPayCost). */
const PAY_LEVERS = ['policy.compensation.payRaise', 'policy.compensation.benefits', 'policy.compensation.therapyAccess'];

/** Under a comparison, after a blank line: what the package's net cost buys in departures avoided. */
function valueForMoneyBlock(v: ValueForMoney | undefined, policy: string, vs: string, one: string, scenarios: { arm: Scenario; baseline: Scenario }, spending: number, notes: readonly (string | undefined)[], saidAbove: boolean): string {
  const text = valueForMoneyText(v, armList([policy]), armList([vs]), one, scenarios, notes.filter((n): n is string => n !== undefined), spending, saidAbove);
  return text ? `\n\n${text.trimEnd()}` : '';
}

/**
 * Under the comparison of arm `arm` with the first: how its key differences move with the values
 * the replications drew for fields both arms draw (the first arm's values: an arm drawing a field
 * over another range takes the same place in it), or "" where they draw none.
 */
function sensitivityBlock(aggregator: ExperimentAggregator, scenarios: readonly Scenario[], arm: number, seed: number, comparison: string): string {
  const draws = drawsAlsoIn(scenarios[0], [scenarios[arm]], seed, aggregator.completedReps);
  const text = drawSensitivityText(comparison, draws, (metric) => {
    const baseline = aggregator.values(0, metric);
    return aggregator.values(arm, metric).map((v, r) => v - baseline[r]);
  });
  return text ? `\n\n${text.trimEnd()}` : '';
}

/** With --value-per-departure: what learning each field every arm draws would be worth (undefined without such fields or from too few futures). */
function valueOfInformationOf(aggregator: ExperimentAggregator, scenarios: readonly Scenario[], labels: readonly string[], seed: number, valuePerDeparture: number): ValueOfInformation | undefined {
  return aggregator.valueOfInformation(valuePerDeparture, labels, drawsAlsoIn(scenarios[0], scenarios, seed, aggregator.completedReps), seed);
}

/**
 * The note under the comparisons when a package's turnover differs clearly: such effects, and the
 * replacement costs they save, rest mostly on an assumed coefficient (docs/ODD.md §7.18); or,
 * where every arm draws coefficients.separationCf (scenario.uncertainty), what the draws already show of it.
 */
export function turnoverAssumptionNote(scenarios: readonly Scenario[]): string {
  if (!scenarios.every((s) => Object.hasOwn(s.uncertainty, 'coefficients.separationCf'))) return TURNOVER_ASSUMPTION_NOTE;
  return "Turnover effects, the replacement costs they save and the cost per departure avoided run mostly through compassion fatigue's weight in the separation hazard (coefficients.separationCf), a size no study gives (docs/ODD.md §7.18). This run draws it in every replication, so the ranges and verdicts above carry that uncertainty; uncertainty.csv (with --out), joined with replications.csv on policy and rep, shows how each difference moves with it.";
}

export const TURNOVER_ASSUMPTION_NOTE =
  "Turnover effects, the replacement costs they save and the cost per departure avoided run mostly through compassion fatigue's weight in the separation hazard (coefficients.separationCf), a size no study gives (docs/ODD.md §7.18): a sweep over it (cfsim sweep) shows how they move with it.";

function differencesOf(aggregator: ExperimentAggregator, scenarios: readonly Scenario[]) {
  return scenarios.slice(1).map((s, i) => ({ policy: s.policy.name, vs: scenarios[0].policy.name, metrics: aggregator.differences(i + 1, 0), groups: aggregator.groupDifferences(i + 1, 0), valueForMoney: halvesWhereCostsStartOnDayZero(aggregator.valueForMoney(i + 1, 0), [scenarios[0], s]) }));
}

/**
 * Value for money without its departures avoided by halves of the horizon (byHalf) where either
 * arm schedules changes: the words read a rise between the halves as an effect building up while
 * the costs run from day 0, and a package introduced on day 365 both starts its costs and its
 * effect there (a planner would read "over a longer horizon, lower" where it stays the same).
 */
function halvesWhereCostsStartOnDayZero(v: ValueForMoney | undefined, arms: readonly Scenario[]): ValueForMoney | undefined {
  if (v === undefined || v.byHalf === undefined || arms.every((s) => s.changes.length === 0)) return v;
  const { byHalf: _, ...rest } = v;
  return rest;
}

/**
 * What `--resume --json` says of the document it prints from complete results cfsim `version` made: printed as that
 * version wrote it (a requeued job that always adds --resume still succeeds), and its shape may not be this version's.
 * `writable`: whether `out` can be written, so run into again with --replace.
 */
function otherVersionDocument(version: string, out: string, writable: boolean): string {
  const again = writable ? `, or give --replace instead of --resume to run it again into ${commandWord(out)}` : '';
  return ` as cfsim ${version} wrote it ("cfsim": "${version}" in it), whose fields may differ from this cfsim ${VERSION}'s --json document; for this version's, run the command into a new --out folder${again}`;
}

/** How to get figure files rather than the HTML report, from the results folder `out` if one is asked for. */
function figuresAdvice(format: string, out: string | undefined): string {
  if (out === undefined) return `for figure files (SVG or PNG, one per chart) keep the results with --out DIR and run cfsim report DIR ${format}, which writes them into DIR/figures`;
  return `for figure files (SVG or PNG, one per chart) run cfsim report ${commandWord(out)} ${format} after this run, which writes them into ${join(out, 'figures')}`;
}

/** Why compare needs 2 replications or more, after its --reps range. */
export const COMPARE_REPS_WHY =
  "compare pairs each package's (or file's) replications with the baseline's, one by one, and the 90% range of those paired differences needs at least 2 (cfsim run --reps 1 runs one replication)";

/**
 * `cfsim run` and `cfsim compare`: resolve one scenario per package, run them on the same seeds
 * across worker threads, print the table or the JSON document, and write the results folder.
 * Returns the process exit code.
 */
export async function simulate(args: SimulateArgs, policyFlag: { name: string; value: unknown }, compare: boolean, argv: readonly string[]): Promise<number> {
  const issues: InputIssue[] = [];
  const reps = integerFlag('reps', args.reps, DEFAULT_REPS, compare ? 2 : 1, 100000, issues, compare ? COMPARE_REPS_WHY : undefined);
  const seed = integerFlag('seed', args.seed, DEFAULT_SEED, 0, MAX_SEED, issues);
  const threads = integerFlag('threads', args.threads, DEFAULT_THREADS, 1, 256, issues);
  const valuePerDeparture = numberFlag('value-per-departure', args.valuePerDeparture, 0, MAX_VALUE_PER_DEPARTURE, issues, '50000');
  const budget = numberFlag('budget', args.budget, 0, MAX_BUDGET, issues, '60000');
  const overrides = scenarioOverrides(args, issues);
  /** `--resume` into complete results: why --out cannot be written, said only if there is something to resume after all (nothing is written otherwise). */
  let unwritableOut: InputIssue[] = [];
  if (args.out !== undefined) {
    const before = issues.length;
    checkOutputPath('--out', args.out, 'folder', issues);
    // Complete results on a read-only mount (an archive, a finished job's scratch): a requeued --resume writes nothing there.
    if (args.resume && holdsCompleteResults(args.out)) unwritableOut = issues.splice(before);
    // Said with the other input problems; checked again under the folder's lock (ResultsFolder).
    const kept = issues.length === before && !args.replace && !args.resume ? earlierResultsIssue(args.out) : undefined;
    if (kept) issues.push(kept);
    if (args.resume && args.replace) issues.push({ path: '--resume', value: true, message: `continues the run stopped in ${args.out}, and --replace starts it again from its first replication; give one of them` });
  } else if (args.resume) {
    issues.push({ path: '--resume', value: true, message: 'continues a run stopped short in its results folder, and no --out was given: give --out DIR, the folder of the stopped run' });
  }
  if (args.out === undefined && args.replace) {
    issues.push({ path: '--replace', value: true, message: "applies only with --out DIR (it replaces an earlier run's results there), and no --out was given: give --out DIR, or leave --replace out" });
  }
  const files = compare && args.scenarios !== undefined ? (listFlag('scenarios', args.scenarios, issues) ?? []) : undefined;
  const reportFile = args.report === undefined ? undefined : runReportFile(args.report, args.out);
  if (args.report !== undefined && reportFile !== undefined) {
    // A report over the scenario file read is refused for that alone: its extension is beside the point.
    const input = [args.scenario, ...(files ?? [])].find((f) => f !== undefined && existsSync(f) && resolve(f) === resolve(reportFile));
    if (input !== undefined) issues.push({ path: '--report', value: args.report, message: `${input} is the scenario file this command reads; the report would replace it; name the report another file (e.g. report.html)` });
    else issues.push(...htmlReportIssues('--report', args.report, reportFile, args.out, (format) => figuresAdvice(format, args.out)));
  }
  if (args.levers && files) issues.push({ path: '--levers', value: true, message: 'applies to two packages (--policies A,B: A, then A with each lever group of B, then B), not to --scenarios; to take a file\'s levers one at a time, give each its own file' });
  const packages = files ? [] : packageArms(args.scenario, policyFlag, compare, overrides, issues);
  const scenarios = files ? fileArms(files, args.scenario, policyFlag, overrides, issues) : args.levers ? leverArmsOf(packages, policyFlag.value, issues) : packages;
  throwIfIssues(issues, issuesSubject(issues, [args.scenario, ...(files ?? [])]));
  writeReadable(process.stderr, plausibilityLines(scenarios, files));

  const first = scenarios[0];
  const labels = scenarios.map((s) => s.policy.name);
  // Changes every arm shares head the document; arms from files with different changes have none there (the manifest holds each arm's).
  const sharedChanges = scenarios.every((s) => JSON.stringify(s.changes) === JSON.stringify(first.changes)) ? first.changes : [];
  const documentOf = (aggregator: ExperimentAggregator, incomplete?: IncompleteRun): RunDocument =>
    runDocument(VERSION, files ? armList(labels) : first.name, seed, aggregator.completedReps, first.days, outcomesOf(aggregator, scenarios), compare ? differencesOf(aggregator, scenarios) : undefined, sharedChanges, incomplete, valuePerDeparture === undefined ? undefined : aggregator.netBenefitAtValue(valuePerDeparture, labels), compare ? spendingOf(aggregator) : {}, compare && valuePerDeparture !== undefined ? valueOfInformationOf(aggregator, scenarios, labels, seed, valuePerDeparture) : undefined);
  const spendingOf = (aggregator: ExperimentAggregator) => {
    // A run stopped before its first replication finished has nothing to set against a budget.
    if (aggregator.completedReps === 0) return {};
    const byYear = aggregator.spendingByYear(labels);
    return { ...(budget === undefined ? {} : { budget: comparisonBudgetFit(aggregator, budget, labels, scenarios, seed) }), ...(byYear ? { byYear } : {}) };
  };
  const resume: ResumeCommand | undefined =
    args.resume && args.out !== undefined
      ? { version: VERSION, ...(COMMIT ? { commit: COMMIT } : {}), scenarios, arms: files ? 'scenarios' : 'packages', seed, reps, set: overrides, armsFlag: files ? '--scenarios' : compare ? '--policies' : '--policy', sources: scenarios.map((_, k) => (files ? { flag: '--scenarios', name: files[k] } : { flag: 'SCENARIO', name: args.scenario ?? DEFAULT_POPULATION })) }
      : undefined;
  if (resume && args.out !== undefined) {
    // From the manifest alone: the checkpoint is read, and the streamed files hashed, once, under the folder's lock (ResultsFolder).
    const decision = manifestDecision(args.out, resume);
    if (decision.kind === 'complete') {
      const m = decision.manifest;
      const spent = removeSpentCheckpoint(args.out, commandLine(argv)) ? `; the ${CHECKPOINT_FILE} left beside them (the run was stopped after saying it was complete) is removed` : '';
      // A job requeued after it finished (a script that always adds --resume) still gets what it asked
      // for: the report of those results, and their document (summary.json is exactly the --json one).
      if (reportFile !== undefined) await writeReport(args.out, 'html', reportFile);
      // `cfsim report DIR` writes DIR/report.html, which a folder that cannot be written refuses.
      const reportCommand = unwritableOut.length === 0 ? `cfsim report ${commandWord(args.out)}` : `cfsim report ${commandWord(args.out)} -o FILE.html (a file outside ${args.out}, which cannot be written)`;
      const reported = reportFile === undefined ? `${reportCommand} reports them` : `their report is written to ${reportFile}`;
      writeReadable(process.stderr, `cfsim: nothing to resume: ${args.out} holds the complete results of this run (${m.completedReps} replication${m.completedReps === 1 ? '' : 's'}${m.endedAt ? `, ended ${m.endedAt}` : ''}${m.cfsim === VERSION ? '' : `, made by cfsim ${m.cfsim}`}), left as they are${spent}; ${reported}${args.json ? `; their document (summary.json) is printed on stdout${m.cfsim === VERSION ? '' : otherVersionDocument(m.cfsim, args.out, unwritableOut.length === 0)}` : ''}\n`);
      if (args.json) process.stdout.write(readFileSync(join(args.out, 'summary.json'), 'utf8'));
      return 0;
    }
    if (unwritableOut.length > 0) throw new InputError(unwritableOut, 'command line');
    // A folder with nothing to resume is said so under its lock (bin/experiment.ts), where a run still writing it is refused instead.
  }
  // A report needs a results folder: the one asked for, or a temporary one removed afterwards.
  const temporary = args.out === undefined && args.report !== undefined ? createScratchFolder() : undefined;
  const out = args.out ?? temporary;
  // Held from before the run to the end of the report: a signal that comes after the last
  // replication (the run's own handlers have stopped acting on it, or let go) stops the command,
  // saying so, instead of being lost or ending the process silently with a temporary folder left.
  const late = new StopSignals(() => {});
  try {
    return await simulateInto(out);
  } finally {
    late.release();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }

  async function simulateInto(out: string | undefined): Promise<number> {
    let ran: Awaited<ReturnType<typeof runExperiment>>;
    try {
      ran = await runExperiment({
        scenarios,
        arms: files ? 'scenarios' : 'packages',
        ...(files ? { basedOn: files.map(basePackageOf) } : {}),
        ...(overrides.length > 0 ? { set: overrides } : {}),
        seed,
        reps,
        threads,
        out,
        replace: args.replace === true,
        ...(resume ? { resume } : {}),
        ...testInterruption(),
        ...(process.env.CFSIM_TEST_SIGKILL_AT_COMPLETION === '1' ? { killAtCompletion: true } : {}),
        ...(process.env.CFSIM_TEST_SIGKILL_IN_STOP === '1' ? { killInStop: true } : {}),
        version: VERSION,
        command: commandLine(argv),
        summary: documentOf,
      });
    } catch (error) {
      // A failed worker (a bug, or one the system killed for memory) left what finished, and the checkpoint a resume continues from.
      throw error instanceof WorkerFailure && args.out !== undefined ? new WorkerFailure(`${error.message}${failedRunResumable(args.out, reps, argv)}`) : error;
    }
    const { aggregator, status, signal } = ran;

    if (status === 'interrupted') {
      const unwritten = [args.report !== undefined ? 'no report' : '', args.json ? 'no document on stdout' : ''].filter((x) => x !== '').join(' and ');
      const reportable = aggregator.completedReps > 0 && args.out !== undefined ? `cfsim report ${commandWord(args.out)} makes a report of the finished replications` : '';
      // The checkpoint a resume continues from is kept where a replication finished (bin/experiment.ts).
      const resumable = args.out !== undefined && aggregator.completedReps > 0 && aggregator.completedReps < reps ? `; to run the other ${reps - aggregator.completedReps}, resume it: ${resumeCommand(argv)}` : '';
      const kept = args.out
        ? `; ${join(args.out, 'manifest.json')} says "interrupted"${unwritten ? `; ${unwritten} was written${reportable ? ` (${reportable})` : ''}` : reportable ? `; ${reportable}` : ''}${resumable}`
        : unwritten
          ? `; ${unwritten} was written, and the finished replications were not kept (give --out to keep them)`
          : '';
      writeReadable(
        process.stderr,
        `cfsim: interrupted by ${signal} after ${aggregator.completedReps} of ${reps} replications${scenarios.length > 1 ? ` of each ${files ? 'scenario' : 'package'}` : ''}${kept}\n`,
      );
      return signal === undefined ? 1 : signalExitCode(signal);
    }
    // The results are saved. A report in progress when a signal comes is finished (it is written
    // whole or not at all), then the command stops.
    let reportWritten = false;
    if (late.signal === undefined && reportFile !== undefined && out !== undefined) {
      await writeReport(out, 'html', reportFile);
      reportWritten = true;
    }
    // A signal that came during the last synchronous steps reaches its handler on the event loop's next turn.
    await new Promise((done) => setImmediate(done));
    if (late.signal !== undefined) {
      const kept = args.out ? `${join(args.out, 'manifest.json')} says "complete"` : 'the results were not kept (give --out to keep them)';
      const reportNote = reportFile === undefined ? '' : reportWritten ? `; the report was finished first (${reportFile})` : `; no report was written${args.out ? ` (cfsim report ${commandWord(args.out)} makes it)` : ''}`;
      writeReadable(process.stderr, `cfsim: interrupted by ${late.signal} after all ${reps} replications had finished; ${kept}${reportNote}; nothing was printed\n`);
      return signalExitCode(late.signal);
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify(documentOf(aggregator), null, 2)}\n`);
      return 0;
    }
    const outcomes = withStaffInPost(aggregator, outcomesOf(aggregator, scenarios));
    const header =
      `CFSim ${VERSION}: ${files ? `scenarios ${armList(labels)}` : `scenario ${first.name}`}, ${reps} replication${reps === 1 ? '' : 's'} × ${first.days} day${first.days === 1 ? '' : 's'}, seed ${seed}` +
      `${scenarios.length > 1 ? `, every ${files ? 'scenario' : 'package'} on the same seeds` : ''}\n` +
      (files && sharedChanges.length === 0 ? scenarios.map((s) => changesLine(s, `in ${armList([s.policy.name])}`)).join('') : changesLine(first, scenarios.length > 1 ? (files ? '(in every scenario)' : '(under every package)') : '')) +
      (scenarios.some((s) => s.changes.length > 0) ? `${changesAveragedNote(first.days)}\n` : '') +
      practiceLines(scenarios, files ? 'scenario' : 'package') +
      (files ? '' : line(presetDeparturesSentence(first))) +
      (files ? '' : departuresLines(scenarios)) +
      line(setAssignmentsSentence(overrides, files ? 'scenarios' : 'packages', scenarios.map((s) => s.name))) +
      teamLines(scenarios).map(line).join('') +
      line(seatsSentence(scenarios, files ? 'scenario' : 'package')) +
      warmUpLines(scenarios, files ? 'scenario' : 'package') +
      uncertaintyLines(scenarios, files ? 'scenario' : 'package') +
      `Values: ${reps === 1 ? 'one replication, so no range across replications (--reps 2 or more gives one)' : 'mean across replications (90% range)'}. ProQOL scores and shares over the last ${first.days === 1 ? 'day' : `${Math.min(OUTCOME_WINDOW_DAYS, first.days)} days`}; flows over the whole horizon.\n` +
      unpricedLine(scenarios);
    const seatsWarning = fundedSeatsWarning(scenarios);
    const addingStaff = seatAdders(scenarios, outcomes.map((o) => o.policy), overrides, files ? 'scenario' : 'package');
    let body = `\n${outcomeTable(outcomes, reps, first.days, addingStaff)}\n${uncalibratedStatusQuo(outcomes, reps, scenarios.map((s) => s.name), files ? (k) => runsStatusQuo(scenarios[k]) : undefined, first.days).map((arm) => `\nWarning: ${uncalibratedSentence(arm)}\n`).join('')}${seatsWarning ? `\nWarning: ${seatsWarning}\n` : ''}${files ? armDifferencesBlock(scenarios) : compare ? packageLeversBlock(scenarios, args.levers) : ''}`;
    if (compare) {
      const differences = differencesOf(aggregator, scenarios);
      const counted = comparisonSpending(aggregator, labels, scenarios, seed);
      const comparisons = differences.map((d) => `${armList([d.policy])} vs ${armList([d.vs])}`);
      const tables = comparisonTablesSaidOnce(differences.map((d, i) => ({ comparison: comparisons[i], ...comparisonTableParts(outcomes[0], outcomes[i + 1], d.metrics as Record<MetricName, Difference>, reps, d.groups) })));
      const griefNotes = griefLeaveNotes(differences.map((d, i) => ({ label: armList([d.policy]), scenario: scenarios[i + 1] })), armList([differences[0].vs]), scenarios[0]);
      const firstValued = differences.findIndex((d) => d.valueForMoney);
      body += differences
        .map((d, i) =>
          comparisonHeading(comparisons[i], i, reps, files !== undefined) +
          tables[i] +
          burnoutEvidenceLine(d.metrics.proqolBO, aggregator.endBurnoutSd(0), d.policy) +
          debriefLine(armList([d.policy]), scenarios[i + 1], scenarios[0]) +
          spendingBlock(aggregator, counted, i + 1, d.policy, d.vs, runsStatusQuo(scenarios[0]), !PAY_LEVERS.some((lever) => setsDifferently(scenarios[0], scenarios[i + 1], lever))) +
          valueForMoneyBlock(
            d.valueForMoney,
            d.policy,
            d.vs,
            files ? 'scenario' : 'package',
            { arm: scenarios[i + 1], baseline: scenarios[0] },
            aggregator.packageSpendingOver(i + 1, 0),
            [
              freeLeverNote(armList([d.policy]), scenarios[i + 1], armList([d.vs]), scenarios[0]),
              griefNotes[i],
              d.valueForMoney && spendingPerDepartureNote(armList([d.policy]), aggregator.packageSpendingOver(i + 1, 0), d.valueForMoney, -d.metrics.leaversPerYear.mean, budgetFutures(counted)),
              unmetDemandNote(armList([d.policy]), armList([d.vs]), d.metrics.unmetDemandShare, { baseline: outcomes[0].metrics.unmetDemandShare.mean, arm: outcomes[i + 1].metrics.unmetDemandShare.mean }, reps),
            ],
            i > firstValued,
          ) +
          sensitivityBlock(aggregator, scenarios, i + 1, seed, `${armList([d.policy])} vs ${armList([d.vs])}`),
        )
        .join('\n');
      body += '\n';
      const best = bestOnAverageOf(differences);
      const unclear = differences.filter((d) => d.valueForMoney?.reading === 'leavers-unclear').map((d) => d.policy);
      const mechanismOnly = differences.flatMap((d, i) => {
        const reliance = mechanismOnlyReliance(scenarios[i + 1], scenarios[0]);
        return reliance ? [{ arm: d.policy, reliance }] : [];
      });
      if (best) body += `\n${bestOnAverageSentence(best, labels, reps, unclear, mechanismOnly)}\n`;
      const spent = spendingOf(aggregator);
      const discounted = aggregator.discountRate > 0;
      if (spent.byYear) body += `\n${spendingByYearSentence(spent.byYear, discounted)}\n`;
      if (spent.budget) body += `\n${budgetSentences(spent.budget, reps, files ? 'scenario' : 'package', discounted, { unclear, mechanismOnly }, { days: aggregator.days, years: spent.byYear }).join(' ')}\n`;
      const atValue = valuePerDeparture === undefined ? undefined : aggregator.netBenefitAtValue(valuePerDeparture, labels);
      const overBudget = spent.budget && netBenefitBudgetNote(spent.budget, files ? 'scenario' : 'package');
      if (atValue) body += `\n${netBenefitText(atValue, files ? 'scenario' : 'package')}${overBudget ? `\n${overBudget}\n` : ''}`;
      const learning = valuePerDeparture === undefined ? undefined : valueOfInformationOf(aggregator, scenarios, labels, seed, valuePerDeparture);
      if (learning) body += `\n${valueOfInformationText(learning)}`;
      if (!isFewReps(reps) && differences.some((d) => isClear(d.metrics.turnoverPerYear))) body += `\n${turnoverAssumptionNote(scenarios)}\n`;
    }
    writeReadable(process.stdout, header + body + (args.out !== undefined ? `\nResults written to ${join(args.out, '/')}\n` : '') + (reportFile !== undefined ? `Report written to ${reportFile}\n` : ''));
    return 0;
  }
}

/** The command that resumes the run `argv` began, stopped short: the same words, without --replace, with --resume. */
export function resumeCommand(argv: readonly string[]): string {
  const words = argv.filter((word) => !/^--(no-)?replace(=.*)?$/.test(word));
  return commandLine(words.includes('--resume') ? words : [...words, '--resume']);
}

/**
 * After a worker failed in a run into `out`: where a replication had finished (the folder then
 * keeps a checkpoint), what manifest.json says and the command that resumes the run; else nothing.
 */
export function failedRunResumable(out: string, reps: number, argv: readonly string[]): string {
  let done: unknown;
  try {
    done = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { completedReps?: unknown }).completedReps;
  } catch {
    return '';
  }
  // What --resume continues from is the checkpoint's count (its header; since 0.42.0, where a file or folder of that name was enough).
  const kept = checkpointCompletedReps(join(out, CHECKPOINT_FILE));
  if (typeof done !== 'number' || done <= 0 || done >= reps || kept === undefined || kept <= 0) return '';
  const holds = kept === done ? '' : `, and its ${CHECKPOINT_FILE}, which a resume continues from, holds ${kept}`;
  return `; ${join(out, 'manifest.json')} says "failed" after ${done} of ${reps} replications${holds}; to run the other ${reps - kept}, resume it: ${resumeCommand(argv)}`;
}

/** For tests: CFSIM_TEST_SIGINT_AFTER_REPS=N interrupts a run (by SIGINT to itself) once N replications are folded. */
function testInterruption(): { interruptAfterReps?: number } {
  const after = Number(process.env.CFSIM_TEST_SIGINT_AFTER_REPS);
  return Number.isInteger(after) && after > 0 ? { interruptAfterReps: after } : {};
}

/**
 * Under the table of `compare --scenarios`: the fields in which each arm's scenario differs from
 * the first's, then a warning for each arm that differs outside its package, whose differences
 * from the first are then not its package's alone.
 */
export function armDifferencesBlock(scenarios: readonly Scenario[]): string {
  const first = scenarios[0].policy.name;
  const arms = armDifferences(scenarios);
  const lines = arms.flatMap((a) => [`  ${a.label}:`, ...armDifferenceLines(a).map((l) => `    ${l}`)]);
  const whole = anyCut(arms) ? `${WHOLE_SCENARIOS}.\n` : '';
  const warnings = arms.map((a) => outsidePackageWarning(a, first)).filter((w) => w !== '');
  return `\n${differencesHeading(first)}:\n${lines.join('\n')}\n${whole}${warnings.map((w) => `\nWarning: ${w}\n`).join('')}`;
}

/** The arms of a run or a compare by package: SCENARIO resolved under each package named. */
function packageArms(source: string | undefined, policyFlag: { name: string; value: unknown }, compare: boolean, overrides: [string, unknown][], issues: InputIssue[]): Scenario[] {
  const policies: (string | undefined)[] = listFlag(policyFlag.name, policyFlag.value, issues) ?? (compare ? [] : [undefined]);
  // `compare status-quo,multi-level`: packages where SCENARIO goes, which the SCENARIO issue below names (not as missing --policies).
  const scenarioListsPackages = compare && source !== undefined && source.includes(',') && !existsSync(source) && source.split(',').every((n) => isPackageId(n));
  if (policyFlag.value !== undefined && policies.length === 0) {
    issues.push({ path: `--${policyFlag.name}`, value: policyFlag.value, message: `no package named; expected one or more of ${PACKAGE_IDS.join(', ')}` });
  } else if (compare && policies.length < 2 && !(policyFlag.value === undefined && scenarioListsPackages)) {
    issues.push({ path: '--policies', value: policyFlag.value, message: `compare needs at least two packages, comma-separated (the first is the baseline), from ${PACKAGE_IDS.join(', ')}, or --scenarios with two or more scenario files` });
  }
  if (compare && source?.includes(',') && !existsSync(source)) {
    issues.push({
      path: 'SCENARIO',
      value: source,
      message: scenarioListsPackages
        ? `names policy packages (${source}), where SCENARIO is one population preset or scenario file; to compare packages, use --policies ${source}`
        : `names several (${source}); SCENARIO is one population preset or scenario file; to compare scenario files, use --scenarios ${source}`,
    });
  }
  const duplicates = policies.filter((p, i) => p !== undefined && policies.indexOf(p) !== i);
  if (duplicates.length > 0) issues.push({ path: `--${policyFlag.name}`, value: policyFlag.value, message: `${JSON.stringify(duplicates[0])} is named twice; name each package once` });
  // A scenario file among the packages: a planner's own package goes in a file of its own, compared by --scenarios.
  const files = policies.filter((p): p is string => p !== undefined && !isPackageId(p) && (/\.(ya?ml|json)$/i.test(p) || existsSync(p)));
  for (const file of files) {
    issues.push({
      path: `--${policyFlag.name}`,
      value: file,
      message: `${JSON.stringify(file)} is a file, not a policy package (${PACKAGE_IDS.join(', ')}); ${
        compare
          ? `to compare packages of your own, give each a whole scenario file and use --scenarios (the first file is the baseline, e.g. --scenarios current.yaml,${file})`
          : `a package of your own is set in a scenario file's policy, run as SCENARIO (cfsim run ${file})`
      }`,
    });
  }
  const loaded = policies.filter((policy) => policy === undefined || !files.includes(policy)).map((policy) =>
    collectIssues(issues, () => loadScenario(source, policy, overrides, `--${policyFlag.name}`)),
  ).filter((s): s is Scenario => s !== undefined);
  const labels = loaded.map((s) => s.policy.name);
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice !== undefined && duplicates.length === 0) {
    const bySet = overrides.some(([path]) => path === 'policy.name');
    issues.push({
      path: bySet ? 'policy.name' : `${source}: policy.name`,
      value: twice,
      message: `gives every package the same name; outputs label each package by its name, so the names must differ: leave policy.name out of ${bySet ? '--set' : 'the file'} when naming several packages`,
    });
  }
  return loaded;
}

/**
 * `compare --policies A,B --levers`: A, A with each lever group of B in which B differs (leverArms),
 * then B. Refused for other than two packages, and for a B that differs from A in one lever group
 * or none (its one arm would be B itself).
 */
function leverArmsOf(packages: readonly Scenario[], policies: unknown, issues: InputIssue[]): Scenario[] {
  const named = listFlag('policies', policies, []) ?? [];
  if (named.length !== 2) {
    issues.push({ path: '--levers', value: true, message: `takes exactly two packages, --policies A,B (A the baseline, B the package whose lever groups are added to A one at a time), and --policies names ${named.length}` });
    return [...packages];
  }
  // A package that could not be loaded, or named twice, is named already.
  if (packages.length !== 2 || packages[0].policy.name === packages[1].policy.name) return [...packages];
  const [baseline, bundle] = packages;
  const changes = leverChanges(baseline, bundle);
  if (changes.length < 2) {
    const which = changes.length === 0 ? 'no lever group' : `one lever group (${changes[0].lever})`;
    issues.push({ path: '--levers', value: true, message: `${bundle.policy.name} sets ${which} differently from ${baseline.policy.name}, so there is nothing to take one at a time: compare the two packages without --levers` });
    return [...packages];
  }
  return leverArms(baseline, bundle);
}

/**
 * The arms of `compare --scenarios`: one whole scenario per file, labelled by its `name` (or, for
 * a file that gives none, its file name). The label becomes the arm's `policy.name`, which every
 * output uses for the arm, so labels must differ.
 */
function fileArms(files: readonly string[], source: string | undefined, policyFlag: { name: string; value: unknown }, overrides: [string, unknown][], issues: InputIssue[]): Scenario[] {
  if (policyFlag.value !== undefined) issues.push({ path: '--scenarios', value: files.join(','), message: 'name either packages (--policies) or scenario files (--scenarios), not both' });
  if (source !== undefined) {
    // "compare ours.yaml --scenarios theirs.yaml": the SCENARIO was meant as the baseline arm.
    const first = files.includes(source) ? '' : `; for ${source} as the baseline, list it first: --scenarios ${[source, ...files].join(',')}`;
    issues.push({ path: 'SCENARIO', value: source, message: `with --scenarios each file is a whole scenario (its base.population and base.policy included); name no SCENARIO${first}` });
  }
  // Packages only: one message with the --policies list ready, not one per package.
  if (files.length > 0 && files.every((file) => isPackageId(file) && !existsSync(file))) {
    const named = files.join(',');
    const unique = [...new Set(files)]; // --policies refuses a package named twice
    const advice =
      unique.length > 1
        ? `use --policies ${unique.join(',')}`
        : `use --policies with two or more, the first being the baseline (${unique[0] === 'status-quo' ? '--policies status-quo,multi-level, say' : `--policies status-quo,${unique[0]} compares it with the status quo`})`;
    issues.push({ path: '--scenarios', value: named, message: `names ${unique.length > 1 ? 'policy packages' : 'a policy package'} (${named}), where --scenarios takes scenario files; to compare packages, ${advice}` });
    return [];
  }
  if (files.length < 2) issues.push({ path: '--scenarios', value: files.join(','), message: 'compare needs at least two scenario files, comma-separated (the first is the baseline)' });
  const arms = files.map((file) =>
    collectIssues(issues, () => {
      const scenario = inFile(file, overrides, () => loadScenario(file, undefined, overrides));
      // The file's own name, not one its population preset gave it.
      const named = !isPopulationId(file) && Object.hasOwn(readScenarioFile(file) as object, 'name');
      const label = named ? scenario.name : basename(file).replace(/\.(ya?ml|json)$/i, '');
      return { ...scenario, policy: { ...scenario.policy, name: label } };
    }),
  );
  const paths = files.map((file) => resolve(file));
  const again = paths.findIndex((path, i) => paths.indexOf(path) !== i);
  const sameFile = again < 0 ? undefined : files[paths.indexOf(paths[again])] === files[again] ? files[again] : `one file (${files[paths.indexOf(paths[again])]}, ${files[again]})`;
  const labels = arms.map((a) => a?.policy.name);
  const twice = labels.find((l, i) => l !== undefined && labels.indexOf(l) !== i);
  if (sameFile !== undefined) issues.push({ path: '--scenarios', value: files.join(','), message: `names ${sameFile} twice; name each scenario file once (its difference from itself is zero)` });
  else if (twice !== undefined) issues.push({ path: '--scenarios', value: files.join(','), message: `two scenarios are labelled ${JSON.stringify(twice)}; give each file its own name field` });
  const loaded = arms.filter((s): s is Scenario => s !== undefined);
  if (loaded.length === arms.length && new Set(loaded.map((s) => s.days)).size > 1) {
    const lengths = loaded.map((s, k) => `${files[k]} has ${s.days}`).join(', ');
    issues.push({ path: '--scenarios', value: files.join(','), message: `the scenarios run for different numbers of days (${lengths}); arms are compared day by day, so give them one length: the same days in each file, or --days N for all` });
  }
  if (loaded.length === arms.length && new Set(loaded.map((s) => s.costs.discountRate)).size > 1) {
    const rates = loaded.map((s, k) => `${files[k]} has ${s.costs.discountRate}`).join(', ');
    issues.push({ path: '--scenarios', value: files.join(','), message: `the scenarios discount at different rates (costs.discountRate: ${rates}); value for money discounts every arm at one rate, so give them one: the same costs.discountRate in each file, or --set costs.discountRate=R for all` });
  }
  return loaded;
}

/** The package a scenario file (or a population preset named in its place) builds on: its base.policy, or status-quo. */
function basePackageOf(file: string): string {
  return isPopulationId(file) && !existsSync(file) ? DEFAULT_PACKAGE : filePresets(readScenarioFile(file)).policy;
}

/**
 * Runs `load`, naming `file` in the input issues it throws that are the file's own: not a bad
 * value --set gives every file (reported once), nor one that names the file already (a file
 * that does not exist is --scenarios' problem).
 */
function inFile<T>(file: string, overrides: readonly (readonly [string, unknown])[], load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A value --set gave (the same path and value) is the command line's; the file's own value at that path is the file's
    // (loadScenario names a scenario file in its issues already; a population preset named in its place is named here).
    const named = error.issues.map((i) => (i.path === 'SCENARIO' ? { ...i, path: '--scenarios' } : fileIssue(i, file, overrides) ? { ...i, path: `${file}: ${i.path}` } : i));
    throw new InputError(named, error.subject);
  }
}

/**
 * The values of the arms' scenarios that are allowed but likely a unit slip (plausibilityWarnings),
 * as stderr lines printed before the run starts, so that a slip is seen before a long run and
 * beside --json (whose stdout holds the document only). The arms of one scenario share its
 * fields, so each warning shows once; a file of compare --scenarios is named in its own.
 */
export function plausibilityLines(scenarios: readonly Scenario[], files?: readonly string[]): string {
  return plausibilityMessages(scenarios, files)
    .map((m) => `cfsim: warning: ${m}\n`)
    .join('');
}

/** The scenarios' plausibility warnings as sentences, each once (prefixed by its file where `files` are given): see plausibilityLines. */
export function plausibilityMessages(scenarios: readonly Scenario[], files?: readonly string[]): string[] {
  const messages = scenarios.flatMap((s, k) => plausibilityWarnings(s, scenarios).map((w) => `${files ? `${files[k]}: ` : ''}${plausibilityText(w)}`));
  return [...new Set(messages)];
}

/** The header line naming the levers whose spend the cost leaves out ("" without any): see unpricedLevers. */
export function unpricedLine(scenarios: readonly Scenario[]): string {
  const unpriced = unpricedLevers(scenarios);
  if (unpriced.length === 0) return '';
  return `${unpricedSentence(unpriced, scenarios[0].policy.name)}; --set ${unpriced[0].price}=VALUE prices ${unpriced.length === 1 ? 'it' : 'the first'}.\n`;
}

/**
 * The scenario's current practice where it is not the status quo's ("" where it is): one line
 * when every arm shares it, else a line per arm.
 */
export function practiceLines(scenarios: readonly Scenario[], arm: 'package' | 'scenario'): string {
  const texts = scenarios.map((s) => departuresText(practiceDepartures(s), 'status quo'));
  if (texts.every((t) => t === '')) return '';
  const where = scenarios.length === 1 ? 'the package does' : arm === 'package' ? 'a package does' : "a scenario's package does";
  const before = scenarios.some((s) => s.population.warmUpDays > 0) ? 'before day 0, and ' : '';
  const what = `${before}from day 0 wherever ${where} not change it`;
  if (scenarios.length === 1 || texts.every((t) => t === texts[0])) return `Current practice (${what}): ${texts[0]}\n`;
  return `Current practice (${what}):\n${scenarios.map((s, k) => `  ${s.policy.name}: ${texts[k] || 'the status quo'}\n`).join('')}`;
}

/**
 * One line per package whose levers a scenario file or --set changed from day 0 (the arms keep
 * the package's name), with the package's own values.
 */
export function departuresLines(scenarios: readonly Scenario[]): string {
  const lines = scenarios.flatMap((s) => {
    const departures = packageDepartures(s);
    return departures.length > 0 ? [`  ${s.policy.name}: ${departuresText(departures)}\n`] : [];
  });
  return lines.length > 0 ? `Policy levers changed from the package's own by the scenario file or --set (results are for the package so changed):\n${lines.join('')}` : '';
}

/**
 * "Warm-up: day 0 follows 365 warm-up days under the status-quo package, not recorded; every
 * package starts from that team", or a line per scenario when they differ; nothing without one.
 */
export function warmUpLines(scenarios: readonly Scenario[], arm: 'package' | 'scenario'): string {
  const summaries = scenarios.map(warmUpSummary);
  if (summaries.every((x) => x === undefined)) return '';
  const adds = (s: Scenario) => s.population.warmUpDays > 0 && addedSeats(s) > 0;
  const added = scenarios.some(adds) ? `, and the seats ${scenarios.length > 1 ? `a ${arm}` : 'it'} adds (policy.staffing.extraSeatShare) are filled by new hires on day 0` : '';
  // Arms start from one team only if their warm-ups are the same (scenario files may differ in
  // population, community, practice or coefficients; the packages of one scenario never do).
  const warmUpOf = (s: Scenario) => JSON.stringify([s.population, s.community, s.practice, s.coefficients]);
  if (summaries.every((x) => x === summaries[0]) && scenarios.every((s) => warmUpOf(s) === warmUpOf(scenarios[0]))) {
    const shared = scenarios.length > 1 ? `; every ${arm} starts from that team${added}` : added;
    return `Warm-up: ${summaries[0]}${shared}\n`;
  }
  return `Warm-up:\n${scenarios.map((s, k) => `  ${s.policy.name}: ${summaries[k] ?? 'none (day 0 is the drawn starting team)'}\n`).join('')}`;
}

/** A sentence as a header line, "" for none. */
const line = (sentence: string) => (sentence === '' ? '' : `${sentence}\n`);

/**
 * Under the scheduled changes: flows are over the whole run, so a change's yearly cost and effect on
 * them are diluted by the days before it (a planner read "$35,467 a year more" for a package that
 * cost $62,500 more in each year it ran). `days`: the run's, whose ProQOL window is the last 90 days,
 * or the whole of a shorter run.
 */
export function changesAveragedNote(days: number): string {
  const window = days === 1 ? 'day' : `${Math.min(OUTCOME_WINDOW_DAYS, days)} days`;
  return `Flows (turnover, leavers, absence, costs and the other figures per year) are over the whole run, the days before each change included, so a change's yearly cost and effect on them read smaller than in the years it is in force; ProQOL scores and shares are over the last ${window}; timeseries.csv (--out) gives each day.`;
}

/** The header line naming a run's scheduled changes ("" without any), `where` they apply ("in year2", "(under every package)"). */
export function changesLine(scenario: Scenario, where: string): string {
  if (scenario.changes.length === 0) return '';
  return `Scheduled changes${where ? ` ${where}` : ''}: ${scenario.changes.map(changeLabel).join('; ')}\n`;
}

export { METRIC_NAMES };
