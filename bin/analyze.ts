import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from './outputFiles';
import { wholeNumberOf } from './flags';
import { heldResults, notSweepIssue } from './resultsMarker';
import { planAsSweepFolderIssue } from './planAsSweepFolder';
import { join } from 'node:path';
import { morrisIndices } from '../sim/analysis/morrisIndices';
import { MIN_MORRIS_INTERVAL_TRAJECTORIES, morrisMuStarInterval } from '../sim/analysis/morrisInterval';
import { sobolIndices } from '../sim/analysis/sobolIndices';
import { sobolNoIndices } from '../sim/analysis/sobolNoIndices';
import { InputError, type InputIssue } from '../sim/params/issues';
import { createStream } from '../sim/random/stream';
import { summarize } from '../sim/stats/summary';
import { pointStandardError } from './pointStandardError';
import { resolveStoredPlan, withArticle, type DesignName, type Plan } from '../scenarios/plan';
import { pointMeans } from '../sim/analysis/pointMeans';
import { prcc } from '../sim/analysis/prcc';
import { analysisWarning, commandWord, completionRemedy, resumeAdvice, failedRunsLeftOut, KILLED, morrisRanked, replicationGaps, shardName, sobolRanked, writerHold, type ReplicationGap, type SweepAnalysis, type SweepWriter } from '../scenarios/sweepAnalysis';
import { folderLock } from './folderLock';
import { resumePlanWord } from './recordedSweepPlan';
import { correlationFigure, metricFigure, parameterFigure, readableNumber } from '../viz/specs/readableNumber';
import { recordedPlanDesign } from '../scenarios/planDesign';
import { designOverlaps } from '../scenarios/designOverlaps';
import { planDraws } from '../scenarios/planDraws';
import { andList } from '../sim/text/andList';
import { parseCsvLine } from '../sim/io/csv';
import { checkedRuns, currentPlanText, ownedRuns, readSweepStatus, sweepStatusMismatch } from './sweep';
import { VERSION } from './version';
import { analysisSource } from '../scenarios/analysisSource';
import { pointDifferences } from '../scenarios/pointDifferences';
import { pointDifferenceLines } from './pointDifferenceLines';
import { baselinePoint } from './baselinePoint';
import { resumeRefusal, shardResumeRefusal } from './resumeRefusal';
import { recordedPoint, type RecordedBaseline } from './recordedBaseline';
import { dropKeptChoices } from './keptChoices';
import { pointValueForMoney } from '../scenarios/pointValueForMoney';
import { pointValueForMoneyLines } from './pointValueForMoneyLines';
import { planDiscountRate, valueForMoneyRefusal } from './sweepValueForMoney';
import { sessionLines } from './sessionLines';

// `cfsim analyze DIR`: the sensitivity analysis of a finished sweep. Each point's output is the
// mean of its replications; failed runs are left out (and counted).

/**
 * The live process writing `dir` (its lock's holder), if one is; one of another host with its lock's age, what is known of it
 * (0 for a lock its holder's clock, ahead of this one's, touched "in the future").
 */
export function liveWriter(dir: string): SweepWriter | undefined {
  const lock = folderLock(dir);
  if (!lock?.live) return undefined;
  if (!lock.holder) return {};
  if (lock.lookedUp) return { pid: lock.holder.pid, host: lock.holder.host, command: lock.holder.command };
  const heartbeat = { heartbeatAgeMs: Math.max(0, Math.round(lock.ageMs)), heartbeatAt: lock.touchedAt };
  return { pid: lock.holder.pid, host: lock.holder.host, command: lock.holder.command, ...heartbeat, ...(lock.sameHostName ? { sameHostName: true as const } : {}) };
}

/** Bootstrap resamples for Sobol intervals: the default, and the range allowed besides 0 (no intervals). */
export const DEFAULT_BOOTSTRAP = 1000;
/**
 * Fewer resamples than this cannot place a 95% percentile interval's ends (the 2.5% and 97.5%
 * points of 1 or 10 resamples are one resample each, or an interpolation between two), and the
 * interval need not even contain the estimate.
 */
export const MIN_BOOTSTRAP = 100;
export const MAX_BOOTSTRAP = 1_000_000;

/** What `--bootstrap` allows, for messages. */
export const BOOTSTRAP_ALLOWED = `0 (the estimates without intervals) or a whole number from ${MIN_BOOTSTRAP} to ${MAX_BOOTSTRAP} (fewer resamples cannot give a 95% interval)`;

/** Whether `n` is a bootstrap count analyzeSweep takes. */
export function isBootstrapCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && (n === 0 || (n >= MIN_BOOTSTRAP && n <= MAX_BOOTSTRAP));
}

/** Parses `--bootstrap` (analyze, report), with a message naming the flag, the value and what is allowed. */
export function bootstrapFlag(raw: unknown, issues: InputIssue[]): number | undefined {
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  // As the other whole-number flags read them (1000, 1e3, 1000.0); a negative count is not a bootstrap count.
  const value = wholeNumberOf(text);
  if (!isBootstrapCount(value)) {
    issues.push({ path: '--bootstrap', value: text, message: `${JSON.stringify(String(text))} is not allowed; expected ${BOOTSTRAP_ALLOWED}` });
    return undefined;
  }
  return value;
}

/**
 * The refusal of a `--bootstrap` value it takes nowhere (`given`, as typed) for `dir`, a sweep of
 * `design` whose analysis draws no resamples (grid, random, lhs): the values it takes, and that
 * none has any effect here, so that a fixed value is not then met by "has no effect"
 * (unusedBootstrapWarning). analyze and report say it alike.
 */
export function bootstrapWithoutResamplesMessage(given: unknown, dir: string, design: DesignName): string {
  return `${JSON.stringify(String(given))} is not allowed (--bootstrap takes 0 or a whole number from ${MIN_BOOTSTRAP} to ${MAX_BOOTSTRAP}, the resamples behind Sobol and Morris intervals), and ${dir} holds ${withArticle(design)} sweep, whose analysis draws no resamples, so no value has any effect here: drop --bootstrap`;
}

/** How many arms the run in `dir` holds (its manifest.json's scenarios: 1 for cfsim run, 2 or more for compare), or undefined where that cannot be read. */
function runArmCount(dir: string): number | undefined {
  try {
    const scenarios: unknown = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { scenarios?: unknown } | null)?.scenarios;
    return Array.isArray(scenarios) ? scenarios.length : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What `read` returns, unless `earlier` (flags the command line refused) or `read` refuses
 * anything: then all of it, `earlier` first, in one message, so that each fix is not followed by
 * another refusal.
 */
function refusedTogether<T>(earlier: readonly InputIssue[], read: () => T): T {
  let result: T;
  try {
    result = read();
  } catch (error) {
    if (earlier.length === 0 || !(error instanceof InputError)) throw error;
    throw new InputError([...earlier, ...error.issues], error.subject === 'command line' ? 'command line' : `command line and ${error.subject}`);
  }
  if (earlier.length > 0) throw new InputError(earlier, 'command line');
  return result;
}

/**
 * Analyses the sweep in `dir` and saves it as `dir/analysis.json`. A folder this user cannot write
 * (an archived study, someone else's results) is still analysed: `warn` hears that it was not saved.
 * `vs` is `--vs` as given (bin/baselinePoint.ts): the grid point the paired differences are
 * measured from; without it `recorded` (bin/recordedBaseline.ts), the point analysis.json or
 * sweep.json records, if this plan has it (`note` hears which, or why not); else point 0.
 * `valuePerDeparture` (`--value-per-departure`, parsed): adds each point's value for money against
 * that point (SweepAnalysis.valueForMoney); refused for a plan without paired points or the metrics.
 * `bootstrapChosen`: `bootstrap` was chosen (--bootstrap, or a recorded choice), recorded as such
 * (SweepAnalysis.bootstrapChosen) so that a resume, new sweep or merge keeps it, the default included.
 * `flagIssues`: flags the command line refused as it read them; they are thrown with what the folder refuses, in one message.
 */
export function analyzeSweep(
  dir: string,
  bootstrap = DEFAULT_BOOTSTRAP,
  warn?: (warning: string) => void,
  vs?: unknown,
  { recorded: recordedChoice, note, valuePerDeparture, bootstrapChosen, flagIssues = [] }: { recorded?: RecordedBaseline; note?: (line: string) => void; valuePerDeparture?: number; bootstrapChosen?: boolean; flagIssues?: readonly InputIssue[] } = {},
): SweepAnalysis {
  if (!isBootstrapCount(bootstrap)) throw new InputError([{ path: 'bootstrap', value: bootstrap, message: `${bootstrap} is not allowed; expected ${BOOTSTRAP_ALLOWED}` }], 'analysis');
  const planPath = join(dir, 'plan.json');
  const runsPath = join(dir, 'runs.csv');
  // The folder's plan, once every flag it refuses is named; `flagIssues` (flags the command line refused) come first, in the same message
  // (`flagged`: as readFolder words them for this folder's plan).
  const flagged = [...flagIssues];
  const readFolder = () => {
    const notSweep = planAsSweepFolderIssue('DIR', dir) ?? notSweepIssue('DIR', dir, `; write one with cfsim sweep PLAN --out ${commandWord(dir)}`);
    // A comparison's folder given --value-per-departure: report draws a comparison at another value. The hint is given whether
    // or not the value was itself refused (then beside that refusal, with V in place of it).
    const valueGiven = valuePerDeparture !== undefined || flagIssues.some((i) => i.path === '--value-per-departure');
    // A run of one arm (cfsim run --out) has no baseline: report would refuse the value too, so it is not pointed to.
    const runFolder = notSweep && heldResults(dir)?.kind === 'run';
    const run = runFolder && valueGiven;
    const arms = runFolder ? runArmCount(dir) : undefined;
    const oneArm = run && arms === 1;
    const value = valuePerDeparture ?? 'V, with V in full, e.g. 50000';
    const reported = arms === 1 ? 'this run' : arms === undefined ? 'its results' : 'this comparison';
    const hint = oneArm
      ? `; it is a run of one arm, which has no baseline to weigh against at a value per departure avoided: that needs the results of cfsim compare`
      : run
        ? `; to weigh a comparison's replications at another value per departure avoided: cfsim report ${commandWord(dir)} --value-per-departure ${value}`
        : runFolder
          ? `; cfsim analyze reads sweep folders only: cfsim report ${commandWord(dir)} reports ${reported}`
          : '';
    if (notSweep) throw new InputError([{ ...notSweep, message: `${notSweep.message}${hint}` }], 'command line');
    // currentPlanText refuses a plan.json cut short or edited, naming it.
    const stored = JSON.parse(currentPlanText(planPath)) as { plan: unknown; points: unknown };
    const plan = resolveStoredPlan(stored.plan);
    const design = recordedPlanDesign(plan, stored.points);
    if (design === undefined) {
      throw new InputError([{ path: 'DIR', value: dir, message: `${planPath} lists points that are not its plan's design (edited, or written by another program); restore the plan.json that cfsim sweep wrote, or run the plan again into a new folder` }], 'sweep folder');
    }
    const { values } = design;
    // A --bootstrap value refused as read, for a plan whose analysis draws no resamples: the refusal says that too, so that a
    // fixed value is not then met by "has no effect" (unusedBootstrapWarning).
    const count = flagged.findIndex((i) => i.path === '--bootstrap');
    if (count >= 0 && plan.design !== 'sobol' && plan.design !== 'morris') {
      flagged[count] = { ...flagged[count], message: bootstrapWithoutResamplesMessage(flagged[count].value, dir, plan.design) };
    }
    // Every flag this folder refuses is named at once, one after the other: a researcher who fixed --vs was told of --value-per-departure next.
    const refusals: InputIssue[] = [];
    if (vs !== undefined && (plan.design !== 'grid' || plan.randomNumbers !== 'common')) {
      const why = plan.design !== 'grid' ? `${plan.design === 'lhs' ? 'an' : 'a'} ${plan.design} design, which has none` : "a grid with randomNumbers independent, whose replications do not pair";
      refusals.push({ path: '--vs', value: vs, message: `chooses the point a grid's paired differences are measured from; ${dir} holds ${why}: drop --vs` });
    }
    const refusal = valuePerDeparture === undefined ? undefined : valueForMoneyRefusal(plan, dir, valuePerDeparture);
    // Where anything else is refused (this folder's --value-per-departure, or a flag the command line refused), a --vs this grid has no such
    // point for is named too, as it would be once the rest was fixed (its runs are checked later).
    if ((refusal || flagIssues.length > 0) && vs !== undefined && refusals.length === 0) {
      try {
        baselinePoint(vs, plan, values, new Int32Array(values.length).fill(1), runsPath);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        refusals.push(...error.issues);
      }
    }
    if (refusal) refusals.push(refusal);
    if (refusals.length > 0) throw new InputError(refusals, 'command line');
    return { plan, design };
  };
  const { plan, design } = refusedTogether(flagged, readFolder);
  const { values, morris } = design;
  const k = plan.parameters.length;
  const counts = new Int32Array(values.length);
  const perPoint: number[][][] = plan.metrics.map(() => values.map(() => []));
  // Each successful run's replication, beside its values in perPoint: Sobol and Morris take only the replications every point has.
  const repsOf: number[][] = values.map(() => []);
  let failures = 0;
  const metricStart = 6 + k;
  const total = values.length * plan.reps;
  const manifestPath = join(dir, 'sweep.json');
  const recorded = existsSync(manifestPath) ? readSweepStatus(manifestPath) : {};
  const contradiction = sweepStatusMismatch(manifestPath, recorded, plan, total);
  if (contradiction !== undefined) {
    throw new InputError([{ path: 'DIR', value: dir, message: `${contradiction}; sweep.json and plan.json must come from one sweep: restore the sweep.json cfsim wrote (resuming the sweep, or merging its shards again, writes it anew)` }], 'sweep folder');
  }
  const runs = recorded.runs ?? total;
  // Each merged shard's status when merged: its last recorded command's.
  const mergedShards = recorded.mergedShards?.map((m) => {
    const status = m.sessions.at(-1)?.status;
    return { folder: m.folder, shard: m.shard && { index: m.shard.index, count: m.shard.count }, ...(typeof status === 'string' ? { status } : {}) };
  });
  // Another version's model may give other results for the same plan and seed: say so, as a run's report does.
  const version = recorded.cfsim === undefined ? undefined : sweepVersionWarning(recorded.cfsim);
  if (version !== undefined) warn?.(version);
  // A shard's folder holds only the runs with run mod N = I: never the whole study, whatever its own status.
  const shard = recorded.shard ? { index: recorded.shard.index, count: recorded.shard.count } : undefined;
  // The rows must be this plan's runs, each once, as a resume checks them: rows of another plan would be analysed under this plan's values.
  const refuse = (message: string): never => {
    throw new InputError([{ path: 'DIR', value: dir, message: `${message}; runs.csv and plan.json must come from one sweep: restore the files cfsim sweep wrote, or run the plan again into a new folder` }], 'sweep folder');
  };
  const { done, rows: lines, recordsDraws } = checkedRuns(readFileSync(runsPath, 'utf8'), runsPath, plan, values, shard, refuse);
  // Advice to resume is for a folder this version resumes; else it names the version that can finish it.
  // A shard's is the merge's too: a shard another version began, even without a run, is finished with that version.
  const refusal = shard ? shardResumeRefusal(recordsDraws, done.size, recorded.cfsim, VERSION) : resumeRefusal(recordsDraws, done.size, recorded.cfsim, VERSION);
  const resumeRefused = refusal && { finishWith: refusal.finishWith, why: refusal.why };
  if (recorded.status === 'complete' && lines.length < runs) {
    let first = 0;
    for (const run of ownedRuns(total, shard)) {
      if (done.has(run)) continue;
      first = run;
      break;
    }
    const resume = `cfsim sweep ${resumePlanWord(dir)} --out ${commandWord(dir)}${shard ? ` --shard ${shard.index}/${shard.count}` : ''} --resume`;
    throw new InputError([{ path: 'DIR', value: dir, message: `${manifestPath} says the ${shard ? 'shard' : 'sweep'} is complete, but ${runs - lines.length} of its ${runs} runs ${runs - lines.length === 1 ? 'is' : 'are'} missing from ${runsPath} (first: run ${first}); ${resumeRefused ? resumeAdvice(resume, resumeRefused) : `resume it (${resume}), which runs the missing runs again`}` }], 'sweep folder');
  }
  for (const line of lines) {
    const cells = parseCsvLine(line);
    const point = Number(cells[1]);
    if (cells[4] !== 'ok') {
      failures++;
      continue;
    }
    counts[point]++;
    repsOf[point].push(Number(cells[2]));
    plan.metrics.forEach((_, m) => perPoint[m][point].push(Number(cells[metricStart + m])));
  }
  // A shard's points lack the replications other shards run: only those it owns (run mod N = I) count as missing from a
  // points table. Sobol and Morris compare every point replication by replication, so they still take only those every point has,
  // but name as missing only the shard's own runs (ownGaps): the rest are other shards', and the warning says so plainly.
  const sensitivity = plan.design === 'sobol' || plan.design === 'morris';
  const owns = shard ? (point: number, rep: number) => (point * plan.reps + rep) % shard.count === shard.index : undefined;
  const replications = unevenReplications(repsOf, plan.reps, sensitivity ? undefined : owns);
  const ownGaps = sensitivity && owns ? (unevenReplications(repsOf, plan.reps, owns)?.incomplete ?? []) : undefined;
  const missing = values.findIndex((_, p) => counts[p] === 0);
  const writer = liveWriter(dir);
  const ownStatus = recorded.status === 'running' && !writer ? KILLED : (recorded.status ?? 'unknown');
  const analysis: { -readonly [K in keyof SweepAnalysis]: SweepAnalysis[K] } = {
    plan: plan.name,
    design: plan.design,
    status: shard ? 'shard' : ownStatus,
    runs,
    completedRuns: lines.length,
    planRuns: total,
    ...(recorded.cfsim !== undefined ? { cfsim: recorded.cfsim } : {}),
    seed: plan.seed,
    reps: plan.reps,
    randomNumbers: plan.randomNumbers,
    ...(shard ? { shard: { ...shard, status: ownStatus } } : {}),
    ...(recorded.mergedFrom ? { mergedFrom: recorded.mergedFrom } : {}),
    ...(mergedShards ? { mergedShards } : {}),
    ...(recorded.sessions ? { sessions: recorded.sessions } : {}),
    failures,
    ...(plan.design === 'sobol' || plan.design === 'morris' ? { bootstrap, ...(bootstrapChosen ? { bootstrapChosen: true as const } : {}) } : {}),
    ...(writer ? { writer } : {}),
    // Only where there is something to complete: a complete sweep's analysis advises no resume.
    ...(resumeRefused && ownStatus !== 'complete' ? { resumeRefused } : {}),
  };
  const drawn = planDraws(plan, values);
  if (Object.keys(drawn).length > 0) Object.assign(analysis, { drawn, drawnRecorded: recordsDraws });
  const remedy = (): string =>
    writer
      ? `the folder is ${writerHold(writer)}; analyze it once that process finishes`
      : shard && counts.some((c) => c > 0)
        ? `this folder holds only ${shardName(shard)} of the plan's runs (${runs} of ${total}); merge the shards first (cfsim merge OUT ${commandWord(dir)} SHARD_DIR...) and analyze the merged folder`
        : ownStatus === 'complete'
          ? `${failures} of its ${lines.length} runs failed; runs.csv says why`
          : completionRemedy(ownStatus, dir, recorded.mergedFrom, mergedShards, resumeRefused, shard, resumePlanWord(dir));
  // A table of points without a single result (a sweep stopped before its first run finished) is not an analysis.
  if (counts.every((c) => c === 0)) {
    const done = `${lines.length} of its ${runs} runs are in ${runsPath}${failures > 0 ? `, all ${failures} failed` : ''}`;
    const next = !writer && ownStatus === 'complete' ? 'runs.csv says why' : remedy();
    throw new InputError([{ path: 'DIR', value: dir, message: `the ${shard ? 'shard' : 'sweep'} has no successful run to analyze (${done}; ${next})` }], 'sweep results');
  }
  if (sensitivity && missing >= 0) {
    // A point whose runs are all other shards' is not in this shard, which is no failure.
    const elsewhere = owns !== undefined && Array.from({ length: plan.reps }, (_, r) => r).every((r) => !owns(missing, r));
    const lacks = elsewhere ? `point ${missing} is not in ${runsPath} (the other shards run it)` : `point ${missing} has no successful run in ${runsPath}`;
    throw new InputError([{ path: 'DIR', value: dir, message: `${lacks}; a ${plan.design} analysis needs every point; ${remedy()}` }], 'sweep results');
  }
  // Sobol and Morris compare points replication by replication (with common random numbers every
  // point's replication r sees the same events): a point averaged over other replications than
  // the rest would turn replication noise into parameter effects. They use only the replications
  // with a successful run at every point, and are refused when there is none.
  let used: ReadonlySet<number> | undefined;
  if ((plan.design === 'sobol' || plan.design === 'morris') && replications) {
    if (replications.used.length === 0 && shard && ownGaps) {
      // Nothing need have failed: the shard simply does not hold every replication at every point. Said plainly: what is missing
      // (a replication with runs at every point) and which shards hold the rest; failures only where its own runs failed.
      const others = Array.from({ length: shard.count }, (_, i) => i).filter((i) => i !== shard.index).map((i) => `${i}/${shard.count}`);
      const shards = `shard${others.length === 1 ? '' : 's'} ${others.length > 5 ? `${others.slice(0, 5).join(', ')} and ${others.length - 5} more` : andList(others)}`;
      const own = ownGaps.length > 0 ? `; of its own runs, ${replicationGaps({ incomplete: ownGaps }, replications.points, failures === 0 ? 'run' : 'successful run')}` : '; none of its own runs is missing';
      const merge = `merge it with ${shards} (cfsim merge OUT ${commandWord(dir)} SHARD_DIR...) and analyze the merged folder`;
      const next = writer ? `The folder is ${writerHold(writer, true)} once that process finishes, ${merge}.` : `${merge.charAt(0).toUpperCase()}${merge.slice(1)}.`;
      throw new InputError([{ path: 'DIR', value: dir, message: `${shardName(shard)} cannot be analyzed alone: a ${plan.design} analysis needs a replication with runs at every point, and this shard holds each of its replications at only some points (${shards} ${others.length === 1 ? 'holds' : 'hold'} the rest)${own}. ${next}` }], 'sweep results');
    }
    if (replications.used.length === 0) {
      // Where no run failed (a partial merge, a sweep stopped early), the runs are not there, rather than unsuccessful.
      const lacks = failures === 0 ? 'run' : 'successful run';
      throw new InputError([{ path: 'DIR', value: dir, message: `no replication has a ${lacks} at every point of ${runsPath} (${replicationGaps(replications, replications.points, lacks)}); a ${plan.design} analysis compares the points replication by replication, so a point averaged over other replications than the rest would turn replication noise into parameter effects, and it uses only the replications every point has: here none; ${remedy()}` }], 'sweep results');
    }
    used = new Set(replications.used);
    analysis.replications = { ...replications, incomplete: ownGaps ?? replications.incomplete, leftOut: repsOf.reduce((n, reps) => n + reps.filter((r) => !used!.has(r)).length, 0) };
  } else if (replications) {
    analysis.replications = { reps: replications.reps, points: replications.points, incomplete: replications.incomplete };
  }
  // Sobol and Morris: the replications every point has, less any in which a point had nothing to measure.
  const common = used ?? (plan.design === 'sobol' || plan.design === 'morris' ? new Set(Array.from({ length: plan.reps }, (_, r) => r)) : undefined);
  const unmeasured: Record<string, { leftOut: number[]; used: number }> = {};
  const means = plan.metrics.map((metric, m) => {
    const r = pointMeans(perPoint[m], repsOf, common);
    if (common !== undefined && r.used !== undefined && r.used.length < common.size) unmeasured[metric] = { leftOut: [...common].filter((rep) => !r.used!.includes(rep)).sort((a, b) => a - b), used: r.used.length };
    return r.means;
  });
  if (Object.keys(unmeasured).length > 0) analysis.unmeasured = unmeasured;
  if (plan.design === 'sobol') {
    const overlaps = designOverlaps(plan, design.design);
    if (overlaps) analysis.designOverlaps = overlaps;
    analysis.sobol = {};
    plan.metrics.forEach((metric, m) => {
      const r = sobolIndices(means[m], plan.points, k, { bootstrap, u: createStream({ seed: plan.seed, point: 0, replication: 0 }, `bootstrap:${metric}`) });
      if (r.resamples < bootstrap && Number.isFinite(r.variance) && r.variance > 0) (analysis.resamplesLeftOut ??= {})[metric] = { used: r.resamples, leftOut: bootstrap - r.resamples };
      // Why a metric has no indices, said rather than left to be read from the nulls, which several causes leave alike.
      const none = sobolNoIndices(means[m], plan.points, k, r.firstOrder, r.total, unmeasured[metric]?.used !== 0);
      if (none) (analysis.noIndices ??= {})[metric] = none;
      analysis.sobol![metric] = plan.parameters.map((p, i) => ({
        parameter: p.path,
        S1: r.firstOrder[i],
        S1low: r.firstOrderInterval.low[i],
        S1high: r.firstOrderInterval.high[i],
        ST: r.total[i],
        STlow: r.totalInterval.low[i],
        SThigh: r.totalInterval.high[i],
      }));
    });
  } else if (plan.design === 'morris' && morris) {
    analysis.morris = {};
    const steps = morrisStepCoordinates(plan, morris.points, values);
    plan.metrics.forEach((metric, m) => {
      const r = morrisIndices(means[m], morris, plan.points, k, steps);
      const interval = morrisMuStarInterval(r.effects, plan.points, k, bootstrap, createStream({ seed: plan.seed, point: 0, replication: 0 }, `bootstrap:${metric}`));
      analysis.morris![metric] = plan.parameters.map((p, i) => ({ parameter: p.path, mu: r.mu[i], muStar: r.muStar[i], muStarLow: interval.low[i], muStarHigh: interval.high[i], sigma: r.sigma[i] }));
    });
  } else {
    analysis.points = values.map((v, p) => ({
      point: p,
      ...Object.fromEntries(plan.parameters.map((par, d) => [par.path, v[d]])),
      runs: counts[p],
      ...Object.fromEntries(
        plan.metrics.flatMap((metric, m) => {
          const s = summarize(perPoint[m][p]);
          return [
            [`${metric}.mean`, s.mean],
            [`${metric}.p05`, s.p05],
            [`${metric}.p95`, s.p95],
            [`${metric}.se`, pointStandardError(perPoint[m][p], s.sd)],
          ];
        }),
      ),
    }));
    if (plan.design === 'lhs' || plan.design === 'random') analysis.prcc = prccTable(plan, values, means);
    // Paired by replication only where replication r of every point meets the same events.
    if (plan.design === 'grid' && plan.randomNumbers === 'common') {
      // A recorded point without runs in a folder still to be completed may get them: say how.
      const pending = writer || shard ? remedy() : ownStatus !== 'complete' ? `the sweep is unfinished (${lines.length} of its ${runs} runs are in runs.csv): to complete it, ${remedy()}` : undefined;
      const fromRecorded = vs === undefined && recordedChoice ? recordedPoint(recordedChoice, plan, values, counts, dir, note, pending) : undefined;
      const from = vs !== undefined ? baselinePoint(vs, plan, values, counts, runsPath) : (fromRecorded ?? 0);
      // A point chosen (point 0 included) is recorded as a choice, so that a merge does not take the shards' over it.
      const chosen = vs !== undefined || fromRecorded !== undefined;
      if (values.length > 1 && counts[from] > 0) {
        analysis.differences = { vs: from, ...(chosen ? { chosen: true as const } : {}), metrics: Object.fromEntries(plan.metrics.map((metric, m) => [metric, pointDifferences(perPoint[m], repsOf, from)])) };
        if (valuePerDeparture !== undefined) {
          const rate = planDiscountRate(plan);
          const value = pointValueForMoney(valuePerDeparture, perPoint[plan.metrics.indexOf('leaversPerYear')], perPoint[plan.metrics.indexOf('teamCostPerYear')], repsOf, from);
          analysis.valueForMoney = rate > 0 ? { ...value, planDiscountRate: rate } : value;
        }
      } else if (values.length > 1 && chosen) {
        // A chosen point 0 without a successful run (a kept --vs 0): no differences, but the choice is recorded, so that a resume or merge keeps it.
        analysis.differences = { vs: from, chosen: true, metrics: {} };
      }
    }
  }
  // The folder's writer owns it: a file written now would describe runs it has since added to.
  if (!writer) {
    try {
      writeFileAtomically(join(dir, 'analysis.json'), `${JSON.stringify(analysis, null, 2)}\n`);
      dropKeptChoices(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (warn === undefined || (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS')) throw error;
      warn(`${dir} cannot be written (${code}), so the analysis was not saved as ${join(dir, 'analysis.json')}`);
    }
  }
  return analysis;
}

/**
 * Each metric's PRCC with each parameter over the points' means. A list of two values (opt-in,
 * opt-out; true, false; 2, 0.5) is ranked by their order in the list, towards the second, the
 * `towards` the table names; other values are ranked as numbers (true/false as 1/0); a list of
 * more choices (packages) has no order to rank, so no PRCC.
 */
function prccTable(plan: Plan, values: readonly (readonly unknown[])[], means: readonly Float64Array[]): NonNullable<SweepAnalysis['prcc']> {
  const columns = plan.parameters.map((p, d) => {
    // Every two-value list by its order, numbers and true/false too: ranked as numbers, [2, 0.5] or [true, false] would rise towards the first while named "(to 0.5)".
    const two = p.kind === 'values' && p.values.length === 2 ? p.values : undefined;
    const column = values.map((v) => (two ? two.indexOf(v[d]) : typeof v[d] === 'boolean' ? Number(v[d]) : v[d]));
    const ranked = two ? column.every((x) => (x as number) >= 0) : column.every((x) => typeof x === 'number');
    return ranked ? Float64Array.from(column as number[]) : undefined;
  });
  const ordered = columns.flatMap((c, d) => (c ? [d] : []));
  return Object.fromEntries(
    plan.metrics.map((metric, m) => {
      const r = prcc(ordered.map((d) => columns[d]!), means[m]);
      return [metric, plan.parameters.map((p, d) => ({ parameter: p.path, ...(p.kind === 'values' && p.values.length === 2 && columns[d] ? { towards: p.values[1] } : {}), ...(ordered.includes(d) ? r[ordered.indexOf(d)] : { prcc: null, low: null, high: null }) }))];
    }),
  );
}

/**
 * The replications some point lacks a successful run of (missing from a partial merge or an
 * unfinished sweep, or failed), with the replications every point has; undefined when every
 * point has the same replications. `owns` (a shard's folder): whether the folder's runs include
 * replication `rep` of `point`; one it does not own is not missing (another shard runs it).
 */
export function unevenReplications(repsOf: readonly (readonly number[])[], reps: number, owns?: (point: number, rep: number) => boolean): { reps: number; points: number; used: number[]; incomplete: ReplicationGap[] } | undefined {
  const lacking: number[][] = Array.from({ length: reps }, () => []);
  repsOf.forEach((has, point) => {
    const present = new Set(has);
    for (let r = 0; r < reps; r++) if (!present.has(r) && (owns?.(point, r) ?? true)) lacking[r].push(point);
  });
  const incomplete = lacking.flatMap((points, replication) => (points.length > 0 ? [{ replication, points: points.length, first: points.slice(0, 3) }] : []));
  if (incomplete.length === 0) return undefined;
  return { reps, points: repsOf.length, used: lacking.flatMap((points, r) => (points.length === 0 ? [r] : [])), incomplete };
}

/**
 * Why an analysis of runs made by another CFSim version (sweep.json's `cfsim`) says so, or
 * undefined for this version's: the numbers are that version's (its model may differ), only the
 * analysis is this one's.
 */
export function sweepVersionWarning(madeBy: string): string | undefined {
  if (madeBy === VERSION) return undefined;
  return `the sweep's runs were made by CFSim ${madeBy} (sweep.json), and this analysis by CFSim ${VERSION}: its numbers are ${madeBy}'s (run the plan again with ${VERSION} to compare them with its results)`;
}

/**
 * Where a Morris design's points lie, for measuring its steps: a whole-number parameter's value
 * as a share of its range (its levels are rounded, so the steps between them can differ by one),
 * any other parameter's unit coordinate (its levels are the design's).
 */
export function morrisStepCoordinates(plan: Plan, unit: Float64Array, values: readonly (readonly unknown[])[]): Float64Array {
  const k = plan.parameters.length;
  const at = Float64Array.from(unit);
  plan.parameters.forEach((p, i) => {
    if (p.kind !== 'range' || !p.integer || p.max === p.min) return;
    for (let point = 0; point < values.length; point++) at[point * k + i] = ((values[point][i] as number) - p.min) / (p.max - p.min);
  });
  return at;
}

/** The analysis as readable text: a heading, a warning if the sweep is unfinished, its sessions where they say more than one complete command, and the tables. */
export function analysisText(a: SweepAnalysis, dir: string, plan?: string): string {
  const warning = analysisWarning(a, dir, plan);
  const heading = `Sweep ${a.plan} (${a.design} design${a.shard ? `, ${shardName(a.shard)} only` : ''})${a.failures ? `, ${failedRunsLeftOut(a.failures)}` : ''}`;
  const source = analysisSource(a);
  return [heading, ...(source ? [source] : []), ...(warning ? [`Warning: ${warning}`] : []), ...sessionLines(a.sessions), '', analysisTables(a)].join('\n');
}

/** Estimates further than this outside 0 to 1 are noise, not effects. */
const INDEX_MARGIN = 0.2;

/**
 * The widths of a table's first column and of its other columns: at least `first` and `rest`,
 * and wider where a cell needs it, so that columns never run together (a long parameter path).
 */
function columnWidths(rows: readonly (readonly string[])[], first: number, rest: number): [number, number] {
  const widest = (cells: readonly string[]) => Math.max(0, ...cells.map((c) => c.length));
  return [Math.max(first, widest(rows.map((r) => r[0])) + 2), Math.max(rest, widest(rows.flatMap((r) => r.slice(1))) + 2)];
}

/**
 * The share of bootstrap resamples left out (SweepAnalysis.resamplesLeftOut) from which the tables
 * warn: a resample is left out when every base row it drew is constant, which happens to about a
 * third of resamples when a metric varies at one base row of many, and to few when it varies at most.
 */
const MANY_RESAMPLES_LEFT_OUT = 0.1;

/** The analysis's tables: Sobol indices, Morris effects or one row per point, then PRCC. */
export function analysisTables(a: SweepAnalysis): string {
  // Indices to three significant digits (at most three decimals); values in a metric's units as metricFigure prints them.
  const index = (x: number) => readableNumber(x, 3, 3);
  const out: string[] = [];
  // With --bootstrap 0 there are no intervals: show the estimates alone.
  const withInterval = (x: number, low: number, high: number) => (Number.isFinite(low) || Number.isFinite(high) ? `${index(x)} (${index(low)} to ${index(high)})` : index(x));
  // A metric every replication had nothing to measure for at some point (SweepAnalysis.unmeasured) has no common replication to compare the points by.
  const unmeasuredEverywhere = (metric: string) => a.unmeasured?.[metric]?.used === 0;
  const noneMeasured = (metric: string, method: string) => `${metric}: no ${method}: in every replication some point had nothing to measure (nobody in post), so no replication compares every point; runs.csv has NaN there`;
  for (const [metric, rows] of Object.entries(a.sobol ?? {})) {
    const none = a.noIndices?.[metric];
    if (none?.reason === 'unmeasured' || unmeasuredEverywhere(metric)) {
      out.push(noneMeasured(metric, 'Sobol indices'), '');
      continue;
    }
    if (none?.reason === 'constant') {
      // V = 0: with common random numbers, no parameter moved this metric at any point of the plan. Its value is the metric's, printed as the points table prints one.
      out.push(`${metric}: the same at every base point (the design's A and B points), so no Sobol indices: the output did not vary (${metricFigure(none.value)} at each; no parameter changed it there over this plan's ranges and horizon)`, '');
      continue;
    }
    if (none?.reason === 'failed') {
      const why = none.point === undefined ? 'the variance of its means at the base points (the design\'s A and B points), or an estimate over it, is not a finite number' : `its mean at point ${none.point} is not a finite number`;
      out.push(`${metric}: no Sobol indices: the estimate failed, as ${why}; runs.csv holds each run's value`, '');
      continue;
    }
    if (rows.every((r) => !Number.isFinite(r.S1) && !Number.isFinite(r.ST))) {
      // An analysis.json from before noIndices was recorded: the nulls alone do not say which cause left them.
      out.push(`${metric}: no Sobol indices; this analysis.json, made before CFSim 0.36.0, does not record why (the output did not vary, or the estimate failed): analyze the folder again to see`, '');
      continue;
    }
    const intervals = rows.some((r) => Number.isFinite(r.S1low));
    // Ranked by importance, the total index, largest first (analysis.json keeps the plan's order).
    const ranked = sobolRanked(rows);
    const cells = ranked.map((r) => [r.parameter, withInterval(r.S1, r.S1low, r.S1high), withInterval(r.ST, r.STlow, r.SThigh)]);
    const [first, rest] = columnWidths(cells, 40, 26);
    out.push(`${metric}: Sobol indices${intervals ? ' (95% bootstrap intervals)' : ' (no bootstrap intervals)'}, ranked by total index ST, largest first`, 'parameter'.padEnd(first) + 'first-order S1'.padStart(rest) + 'total ST'.padStart(rest));
    for (const [parameter, s1, st] of cells) out.push(parameter.padEnd(first) + s1.padStart(rest) + st.padStart(rest));
    const dropped = a.resamplesLeftOut?.[metric];
    if (intervals && dropped) {
      out.push(
        `The intervals use ${dropped.used} of ${dropped.used + dropped.leftOut} bootstrap resamples: the other ${dropped.leftOut} drew only base rows at which ${metric} does not vary, which give no indices.${dropped.leftOut >= MANY_RESAMPLES_LEFT_OUT * (dropped.used + dropped.leftOut) ? ` With so many left out, ${metric} varies at only a few base rows and the intervals understate the uncertainty; raise points (or reps).` : ''}`,
      );
    }
    // Every such index is named: a researcher saw one named while another in the same table went unsaid.
    // The cautions name parameters in the table's order (they stood in the plan's, under a ranked table).
    const outside = ranked.flatMap((r) => [['S1', r.S1, r.parameter], ['ST', r.ST, r.parameter]] as const).filter(([, x]) => x < -INDEX_MARGIN || x > 1 + INDEX_MARGIN);
    if (outside.length > 0) out.push(`Caution: ${andList(outside.map(([which, x, parameter]) => `${which} of ${parameter} is ${index(x)}`))}, far outside 0 to 1: too few points or reps for stable indices; raise points (or reps).`);
    // True indices satisfy 0 ≤ S1 ≤ ST; an interval wholly below 0, or an S1 wholly above its ST, is the estimator's own error.
    // Each is named (an S1 already named far outside 0 to 1 aside): a researcher's table had one named and another unsaid.
    const impossible = ranked.filter((r) => (r.S1high < 0 || r.S1low > r.SThigh) && !outside.some(([which, , parameter]) => which === 'S1' && parameter === r.parameter));
    if (impossible.length > 0) {
      const why = (r: (typeof rows)[number]) => `${r.parameter}: its S1 interval lies wholly ${r.S1high < 0 ? 'below 0' : "above its ST's"}`;
      out.push(
        `Caution: ${impossible.map(why).join('; ')}, which no true index can (0 ≤ S1 ≤ ST): with this few points (or reps) the estimates are off by more than their 95% bootstrap intervals, which resample the same few points, allow; raise points (or reps) before reading these indices.`,
      );
    }
    out.push('');
  }
  for (const [metric, rows] of Object.entries(a.morris ?? {})) {
    if (unmeasuredEverywhere(metric)) {
      out.push(noneMeasured(metric, 'Morris effects'), '');
      continue;
    }
    const intervals = rows.some((r) => Number.isFinite(r.muStarLow) || Number.isFinite(r.muStarHigh));
    const muStar = (r: (typeof rows)[number]) => (intervals ? `${metricFigure(r.muStar)} (${metricFigure(r.muStarLow ?? NaN)} to ${metricFigure(r.muStarHigh ?? NaN)})` : metricFigure(r.muStar));
    // Ranked by importance, μ*, largest first (analysis.json keeps the plan's order).
    const cells = morrisRanked(rows).map((r) => [r.parameter, muStar(r), metricFigure(r.mu), metricFigure(r.sigma)]);
    const [first, rest] = columnWidths(cells, 40, 12);
    out.push(`${metric}: Morris elementary effects${intervals ? ' (μ* with 95% bootstrap intervals)' : ''}, ranked by μ*, largest first`, 'parameter'.padEnd(first) + 'μ*'.padStart(rest) + 'μ'.padStart(rest) + 'σ'.padStart(rest));
    for (const [parameter, ...effects] of cells) out.push(parameter.padEnd(first) + effects.map((e) => e.padStart(rest)).join(''));
    const interval = intervals
      ? " μ*'s interval resamples the trajectories: where two parameters' intervals overlap, their order is not settled; raise points (trajectories) to settle it."
      : (a.bootstrap ?? 0) > 0
        ? ` μ* has no bootstrap interval: fewer than ${MIN_MORRIS_INTERVAL_TRAJECTORIES} trajectories (points) give none that holds 95%; with this few the order of close parameters is not settled.`
        : '';
    out.push(`μ*, μ and σ are in ${metric}'s unit for a move across the parameter's whole range: μ* ranks influence, σ shows non-linearity or interaction.${interval}`, '');
  }
  if (a.points) {
    const keys = Object.keys(a.points[0] ?? {});
    // The parameters' columns (between point and runs) without trailing zeros: a plan's 5.5 read 5.500 beside 5 and 6.
    const parameters = new Set(keys.slice(1, keys.indexOf('runs')));
    const shown = (k: string, x: number) => (parameters.has(k) ? parameterFigure(x) : metricFigure(x));
    out.push(keys.join('\t'), ...a.points.map((p) => keys.map((k) => (typeof p[k] === 'number' ? shown(k, p[k] as number) : String(p[k]))).join('\t')), '');
  }
  out.push(...pointDifferenceLines(a));
  out.push(...pointValueForMoneyLines(a));
  out.push(...prccLines(a));
  return out.join('\n');
}

/** The PRCC tables of a Latin hypercube or random design: per metric, the parameters ranked by |PRCC|, and a note on reading them. */
function prccLines(a: SweepAnalysis): string[] {
  if (a.prcc === undefined) return [];
  const out: string[] = [];
  const measured = a.points?.filter((p) => typeof p.runs === 'number' && p.runs > 0).length ?? 0;
  const shown = correlationFigure;
  // ±1 with no interval: the metric follows the parameter's order at every point (prcc's tied case).
  const exact = (r: { prcc: number | null; low: number | null; high: number | null }) => r.prcc !== null && Math.abs(r.prcc) === 1 && r.low === r.prcc && r.high === r.prcc;
  const parameters = Object.values(a.prcc)[0]?.length ?? 0;
  // Too few points for any PRCC (prcc leaves out the parameters without an order, so a table can have PRCCs from fewer).
  const any = Object.values(a.prcc).some((rows) => rows.some((r) => r.prcc !== null));
  if (!any && measured <= parameters + 2) return [`No partial rank correlations (PRCC): ${measured} points with a result, too few; PRCC needs more points than the parameters it ranks + 2 (lists of more than two choices are not ranked).`, ''];
  for (const [metric, rows] of Object.entries(a.prcc)) {
    if (rows.every((r) => r.prcc === null)) {
      out.push(`${metric}: no partial rank correlations (it is the same at every point, or no parameter with an order varied)`, '');
      continue;
    }
    const strength = (r: (typeof rows)[number]) => (r.prcc === null ? -1 : Math.abs(r.prcc));
    const ranked = [...rows].sort((x, y) => strength(y) - strength(x));
    const cells = ranked.map((r) => [r.towards === undefined ? r.parameter : `${r.parameter} (to ${String(r.towards)})`, r.prcc === null ? '–' : exact(r) ? `${shown(r.prcc)} (exact)` : `${shown(r.prcc)} (${shown(r.low)} to ${shown(r.high)})`, r.low === null || r.high === null ? '' : r.low > 0 ? 'rises' : r.high < 0 ? 'falls' : 'unclear']);
    const [first, rest] = columnWidths(cells, 40, 26);
    out.push(`${metric}: partial rank correlations (PRCC, 95% intervals), strongest first`, 'parameter'.padEnd(first) + 'PRCC'.padStart(rest) + '  with it');
    for (const [parameter, r, way] of cells) out.push(parameter.padEnd(first) + r.padStart(rest) + (way ? `  ${way}` : ''));
    out.push('');
  }
  const dashes = Object.values(a.prcc).some((rows) => rows.some((r) => r.prcc === null));
  const exacts = Object.values(a.prcc).some((rows) => rows.some(exact));
  // A metric that some points had nothing to measure (NaN, null in JSON) is ranked over fewer points.
  const fewer = Object.keys(a.prcc).flatMap((metric) => {
    const n = a.points?.filter((p) => typeof p[`${metric}.mean`] === 'number' && Number.isFinite(p[`${metric}.mean`])).length ?? 0;
    return n < measured ? [`${metric} over ${n}`] : [];
  });
  out.push(
    `PRCC (Marino et al. 2008): how consistently a metric rises (towards +1) or falls (towards −1) with a parameter across the ${measured} points${fewer.length > 0 ? ` (fewer for a metric some points had nothing to measure: ${fewer.join(', ')})` : ''}, the other parameters' effects removed; its 95% interval is Fisher's over the points, and one that excludes 0 is a clear effect ("rises", "falls"). It ranks monotone effects; one that rises then falls can show near 0 (the points table shows it). A list of two choices is ranked in its order ("(to opt-out)": from the first to the second).${dashes ? ` –: no PRCC where a parameter did not vary, its values have no order (a list of more than two choices), the points were too few, or the metric follows another parameter's order exactly (PRCC ±1 there, which leaves the others nothing to correlate with).` : ''}${exacts ? ' exact: the metric follows that parameter\'s order at every point (as a cost follows its price when nothing else varies it), so its PRCC is ±1 with no interval.' : ''}`,
    '',
  );
  return out;
}
