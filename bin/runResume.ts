import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StateRecord } from '../sim/io/stateRecord';
import { InputError, type InputIssue } from '../sim/params/issues';
import type { Scenario } from '../scenarios/schema';
import { defaultScenario } from '../scenarios/resolve';
import type { ArmKind, Manifest, RunSession } from '../models/resultsManifest';
import type { Hash } from 'node:crypto';
import { filePrefixHash, readCheckpoint, type CheckpointMeta } from './checkpointFile';
import { manifestIssues } from '../viz/report/resultsDocuments';
import { lastHeartbeat, type LeftLock } from './leftLock';

// `run --resume` and `compare --resume`: whether the results folder holds a run stopped short that
// this command continues (its checkpoint, and the same scenarios, seed, replications and version),
// and if not, what to do instead.

/** The checkpoint a run stopped short leaves in its results folder (bin/checkpointFile.ts). */
export const CHECKPOINT_FILE = 'checkpoint.bin';

/** The CSV files streamed row by row, which a resume continues from the checkpoint's sizes. */
export const STREAMED_FILES = ['replications.csv', 'workers.csv', 'separations.csv', 'uncertainty.csv'] as const;

/** What the resuming command is, to be checked against the stopped run's manifest. */
export interface ResumeCommand {
  readonly version: string;
  /** The git commit this cfsim was built from (HostEnvironment.commit), undefined where unknown. */
  readonly commit?: string;
  readonly scenarios: readonly Scenario[];
  readonly arms: ArmKind;
  readonly seed: number;
  readonly reps: number;
  readonly set: readonly (readonly [string, unknown])[];
  /** How the command names its arms (`--policy`, `--policies`, `--scenarios`), for messages. */
  readonly armsFlag: string;
  /** Where each arm's scenario comes from, for messages: the flag (`SCENARIO`, `--scenarios`) and the file or preset named. */
  readonly sources: readonly { readonly flag: string; readonly name: string }[];
}

export type ResumeDecision =
  /** Nothing to resume (no results there, or none finished): the run starts from its first replication. */
  | { readonly kind: 'fresh'; readonly why: string }
  /** The folder holds this command's complete results. */
  | { readonly kind: 'complete'; readonly manifest: Manifest }
  /**
   * A run stopped after `meta.completedReps` replications, continued from its checkpoint, whose state
   * went to resumeDecision's `restore` and is not kept here (the folder holds the decision for the whole
   * run: keeping it would hold every summary twice).
   */
  | {
      readonly kind: 'resume';
      readonly manifest: Manifest;
      readonly meta: CheckpointMeta;
      /** Each streamed file's SHA-256 fed its kept rows (read once, here), which the resumed run feeds on with the rows it adds. */
      readonly hashes: Readonly<Record<string, Hash>>;
    };

/** What the manifest alone says of `--resume` into a folder: `stopped` when its checkpoint is still to be read (resumeDecision). */
export type ManifestDecision = Exclude<ResumeDecision, { kind: 'resume' }> | { readonly kind: 'stopped'; readonly manifest: Manifest };

const refuse = (issue: InputIssue): never => {
  throw new InputError([issue], 'command line');
};

/**
 * What `--resume` does with the results folder `dir` for `command`, from its manifest.json alone (cheap:
 * a command checks it before taking the folder's lock), or an InputError (exit 2) naming why it cannot:
 * another scenario, packages, seed, replications, --set, version or build than the stopped run's, or a
 * stopped run without a checkpoint. `stopped`: a run to continue, whose checkpoint resumeDecision reads;
 * `complete`: this command's complete results, whichever version or build made them (nothing is run).
 */
export function manifestDecision(dir: string, command: ResumeCommand): ManifestDecision {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return { kind: 'fresh', why: `no manifest.json there` };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (error) {
    return refuse({ path: '--resume', value: dir, message: `${manifestPath} cannot be read (${error instanceof Error ? error.message : String(error)}), so the run it describes cannot be resumed; run into a new --out folder, or give --replace instead of --resume to start it again there` });
  }
  // One edited by hand, or not a run's: said as such, where its missing fields read "undefined" in the messages below.
  // (One another version wrote is refused below as that version's, which says what to do.)
  const malformed = typeof manifest.cfsim === 'string' && manifest.cfsim !== command.version ? [] : manifestIssues(manifest, manifestPath);
  if (malformed.length > 0) {
    return refuse({ path: '--resume', value: dir, message: `${manifestPath} is not a run's manifest as cfsim writes it (${malformed[0].message}${malformed.length > 1 ? `, and ${malformed.length - 1} more problem${malformed.length === 2 ? '' : 's'}` : ''}), so the run it describes cannot be resumed; run into a new --out folder, or give --replace instead of --resume to start it again there` });
  }
  const checkpointPath = join(dir, CHECKPOINT_FILE);
  const hasCheckpoint = existsSync(checkpointPath);
  // A run that finished no replication (or was killed before it could say) left nothing to continue.
  if (manifest.status !== 'complete' && !hasCheckpoint && !(manifest.completedReps > 0 && manifest.status !== 'running')) {
    return { kind: 'fresh', why: `${manifestPath} says "${manifest.status}" with no finished replication kept` };
  }
  const began = manifest.sessions?.[0]?.command ?? manifest.command;
  if (manifest.status !== 'complete' && !hasCheckpoint) {
    const older = manifest.cfsim !== command.version ? `cfsim ${manifest.cfsim} wrote it, and versions before 0.35.0 keep no checkpoint` : `it was removed, or never written: a run that failed while writing its results keeps none`;
    refuse({
      path: '--resume',
      value: dir,
      message: `${dir} holds ${manifest.completedReps} finished replication${manifest.completedReps === 1 ? '' : 's'} of ${manifest.reps} (${began}, "${manifest.status}") but no ${CHECKPOINT_FILE}, the summaries of those replications that a resume continues from (${older}), so it cannot be resumed; cfsim report ${dir} reports the finished ones; to run them all, give --replace instead of --resume, or write to a new --out folder`,
    });
  }
  checkSameRun(dir, manifest, command, began);
  return manifest.status === 'complete' ? { kind: 'complete', manifest } : { kind: 'stopped', manifest };
}

/**
 * What `--resume` does with the results folder `dir` for `command` (manifestDecision, then, for a run
 * stopped short, its checkpoint read and checked whole, and the streamed files' rows it counts hashed),
 * or an InputError (exit 2) naming why it cannot. Called once, under the folder's lock, before any
 * file is changed; `restore` takes the checkpoint's state (into the run's aggregator) and throws
 * where it does not fit, which is refused as a damaged checkpoint.
 */
export function resumeDecision(dir: string, command: ResumeCommand, restore: (state: StateRecord) => void): ResumeDecision {
  const first = manifestDecision(dir, command);
  if (first.kind !== 'stopped') return first;
  const { manifest } = first;
  const began = manifest.sessions?.[0]?.command ?? manifest.command;
  const checkpointPath = join(dir, CHECKPOINT_FILE);
  const unreadable = (error: unknown): never =>
    refuse({ path: '--resume', value: dir, message: `${checkpointPath} cannot be read: ${error instanceof Error ? error.message : String(error)}; the run cannot be resumed; give --replace instead of --resume to start it again, or write to a new --out folder` });
  let checkpoint: { meta: CheckpointMeta; state: StateRecord };
  try {
    checkpoint = readCheckpoint(readFileSync(checkpointPath));
  } catch (error) {
    return unreadable(error);
  }
  const { meta } = checkpoint;
  if (meta.cfsim !== command.version) checkSameRun(dir, { ...manifest, cfsim: meta.cfsim }, command, began);
  // A checkpoint copied in from another run's folder: refused here, before any file is cut back, not failed on while restoring.
  const shape: readonly (readonly [string, number, string])[] = [
    ['policies', command.scenarios.length, command.arms === 'scenarios' ? 'scenario files' : 'packages'],
    ['reps', command.reps, 'replications'],
    ['days', command.scenarios[0].days, 'days'],
    ['discountRate', command.scenarios[0].costs.discountRate, 'discount rate (costs.discountRate)'],
  ];
  for (const [name, mine, what] of shape) {
    const theirs = checkpoint.state[name];
    if (theirs === mine) continue;
    refuse({
      path: '--resume',
      value: dir,
      message: `${checkpointPath} is not this run's: it holds ${typeof theirs === 'number' ? theirs : 'no'} ${what}, where the run in ${dir} (manifest.json) has ${mine} (copied in from another run's folder?), so the run cannot be resumed; give --replace instead of --resume to start it again, or write to a new --out folder`,
    });
  }
  // One of the same shape from another run (another seed, say) would otherwise be refused as the streamed files' fault.
  const runStart = manifest.sessions?.[0]?.startedAt ?? manifest.startedAt;
  if (meta.startedAt !== undefined && meta.startedAt !== runStart) {
    refuse({
      path: '--resume',
      value: dir,
      message: `${checkpointPath} is not this run's: it was written by a run begun at ${meta.startedAt}, where the run in ${dir} (manifest.json) began at ${runStart} (copied in from another run's folder?), so the run cannot be resumed; give --replace instead of --resume to start it again, or write to a new --out folder`,
    });
  }
  // Its arrays' kinds and lengths, checked by taking them in: a damaged file is refused before any streamed file is cut back.
  try {
    restore(checkpoint.state);
  } catch (error) {
    unreadable(error);
  }
  const hashes: Record<string, Hash> = {};
  for (const [name, bytes] of Object.entries(meta.files)) {
    const path = join(dir, name);
    const found = existsSync(path) ? path : existsSync(`${path}.partial`) ? `${path}.partial` : undefined;
    const size = found === undefined ? -1 : statSync(found).size;
    if (size < bytes) {
      // Rows a stop wrote but had not yet synced when the machine went down (the checkpoint is written first, see ResultsFolder.saveCheckpoint).
      const why = found === `${path}.partial` ? ' (lost in a power loss or crash as the run stopped, before they reached the disk?)' : '';
      refuse({
        path: '--resume',
        value: dir,
        message: `${found ?? path} ${found === undefined ? 'is missing' : `holds ${size} bytes`}, where the run stopped with ${bytes} (${CHECKPOINT_FILE}): its rows of the ${meta.completedReps} finished replications are not all there${why}, so the run cannot be resumed; give --replace instead of --resume to start it again, or write to a new --out folder`,
      });
    }
    // Same size is not the same rows: a file edited by hand (a value changed, saved with CRLF line ends) would be cut mid-row.
    hashes[name] = filePrefixHash(found!, bytes);
    if (meta.sha256?.[name] !== undefined && hashes[name].copy().digest('hex') !== meta.sha256[name]) {
      refuse({
        path: '--resume',
        value: dir,
        message: `${found} is not as the run left it: its first ${bytes} bytes, the rows of the ${meta.completedReps} finished replications, differ from those it wrote (${CHECKPOINT_FILE}; edited since, or saved by a spreadsheet?), so the run cannot be resumed; give --replace instead of --resume to start it again, or write to a new --out folder`,
      });
    }
  }
  return { kind: 'resume', manifest, meta, hashes };
}

/** Refuses (exit 2) a resume whose command would not continue the run `manifest` describes, naming the first field that differs. */
function checkSameRun(dir: string, manifest: Manifest, command: ResumeCommand, began: string): void {
  const again = `resume with the command that began it (${began}, adding --resume), or run this one into a new --out folder`;
  // Complete results mix nothing (nothing is run), whichever version made them; they are still checked to be this command's
  // below, on the fields both versions record; a manifest not shaped as a run's is refused as that version's.
  const otherVersion = manifest.cfsim !== command.version;
  if (otherVersion && (manifest.status !== 'complete' || manifestIssues(manifest, 'manifest.json').length > 0)) {
    refuse({ path: '--resume', value: dir, message: `${dir}'s run was made by cfsim ${manifest.cfsim} (manifest.json) and this is cfsim ${command.version}, whose results may differ for the same scenario and seed; resuming would mix the two in one set of results. Finish it with cfsim ${manifest.cfsim}, or run this command into a new --out folder` });
  }
  // Two builds of one version may differ (many commits share a version); where either commit is unknown, nothing can be said.
  // Complete results mix nothing (nothing is run): a job requeued after a rebuild is told there is nothing to resume.
  const theirCommit = command.commit === undefined || manifest.status === 'complete' ? undefined : buildCommits(manifest).find((commit) => commit !== command.commit);
  if (theirCommit !== undefined) {
    refuse({ path: '--resume', value: dir, message: `${dir}'s run was made by the cfsim ${manifest.cfsim} built from commit ${commitWords(theirCommit)} (manifest.json, environment.commit) and this cfsim is built from commit ${commitWords(command.commit!)}, whose results may differ for the same scenario and seed; resuming would mix the two builds in one set of results. Finish it with the build of commit ${theirCommit}, or run this command into a new --out folder` });
  }
  const stopped = `the run in ${dir} (manifest.json)`;
  if (manifest.reps !== command.reps) refuse({ path: '--reps', value: command.reps, message: `${command.reps} here, and ${stopped} asked for ${manifest.reps} replications; a resume finishes that run: ${again}` });
  if (manifest.seed !== command.seed) refuse({ path: '--seed', value: command.seed, message: `${command.seed} here, and ${stopped} ran on seed ${manifest.seed}; a resume finishes that run: ${again}` });
  const days = command.scenarios[0].days;
  if (manifest.days !== days) refuse({ path: '--days', value: days, message: `${days} here, and ${stopped} ran ${manifest.days} days; a resume finishes that run: ${again}` });
  const theirArms = manifest.scenarios.map((s) => s.policy.name);
  const myArms = command.scenarios.map((s) => s.policy.name);
  if ((manifest.arms ?? 'packages') !== command.arms || theirArms.join(',') !== myArms.join(',')) {
    const kind = (arms: ArmKind) => (arms === 'scenarios' ? 'scenario files' : 'packages');
    refuse({ path: command.armsFlag, value: myArms.join(','), message: `${stopped} ran the ${kind(manifest.arms ?? 'packages')} ${theirArms.join(', ')}, and this command runs the ${kind(command.arms)} ${myArms.join(', ')}; a resume finishes that run: ${again}` });
  }
  // Another version's complete results are checked on what both versions record: a field added since (`set` since 0.20.0,
  // a scenario field left at its default) is no sign of another run. (Scenario fields the --set changed are compared below.)
  const sinceAdded = otherVersion && manifest.status === 'complete';
  const theirSet = JSON.stringify(manifest.set ?? []);
  if (theirSet !== JSON.stringify(command.set) && !(sinceAdded && manifest.set === undefined)) {
    const words = (set: readonly (readonly [string, unknown])[]) => (set.length === 0 ? 'none' : set.map(([path, value]) => `${path}=${JSON.stringify(value)}`).join(' '));
    refuse({ path: '--set', value: words(command.set), message: `${stopped} was resolved with --set (and --days) ${words(manifest.set ?? [])}, and this command with ${words(command.set)}; a resume finishes that run: ${again}` });
  }
  for (let k = 0; k < myArms.length; k++) {
    const difference = firstDifference(manifest.scenarios[k], JSON.parse(JSON.stringify(command.scenarios[k])) as unknown, '', sinceAdded ? isUnsetField : undefined);
    if (difference === undefined) continue;
    const shown = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));
    refuse({
      path: command.sources[k].flag,
      value: command.sources[k].name,
      message: `resolves ${myArms.length > 1 ? `(as ${myArms[k]}) ` : ''}to another scenario than ${stopped}: its ${difference.path} is ${shown(difference.now)} here and was ${shown(difference.then)} (${otherVersion ? `cfsim ${manifest.cfsim} made that run: the scenario file changed since, or this cfsim ${command.version} resolves it otherwise` : 'the scenario file changed since the run began?'}); a resume finishes that run: put the file back as it was (manifest.json holds the run's scenarios), or run this command into a new --out folder`,
    });
  }
}

/** The scenario of a command that sets nothing (every field at its default), as JSON. */
const UNSET_SCENARIO: unknown = JSON.parse(JSON.stringify(defaultScenario()));

/**
 * Whether `now` is what a scenario that does not set the field at `path` (dotted) holds: its default. One missing from
 * another version's manifest was added since, and that version, which refused it in a scenario file or --set, ran
 * without it; set otherwise now, it is another run. (Keys of a map, such as uncertainty's paths, have no default.)
 */
function isUnsetField(path: string, now: unknown): boolean {
  let unset = UNSET_SCENARIO;
  for (const key of path.split('.')) unset = typeof unset === 'object' && unset !== null ? (unset as Record<string, unknown>)[key] : undefined;
  return unset !== undefined && firstDifference(unset, now, '') === undefined;
}

/** A build's commit for messages: "-dirty" (build.mjs) said in words. */
const commitWords = (commit: string) => (commit.endsWith('-dirty') ? `${commit} (-dirty: with changes not committed)` : commit);

/** The git commits (environment.commit) of the builds that wrote a run's folder, each session's where it has sessions, leaving out those not known. */
function buildCommits(manifest: Manifest): string[] {
  const environments = manifest.sessions ? manifest.sessions.map((s) => s.environment) : [manifest.environment];
  return environments.map((e) => e?.commit).filter((c): c is string => typeof c === 'string');
}

/**
 * The first path (dotted) at which two JSON values differ, with both values there, or undefined where they are the same.
 * `addedSince`: whether a path `then` lacks, holding `now`, is a field added since the version that wrote `then` (no difference).
 */
export function firstDifference(then: unknown, now: unknown, path: string, addedSince: (path: string, now: unknown) => boolean = () => false): { path: string; then: unknown; now: unknown } | undefined {
  if (then === undefined && now !== undefined && addedSince(path, now)) return undefined;
  // Not the other way: a field `then` holds and this version dropped is a difference. An added field is let pass only at
  // this version's default, which the earlier version ran without; a dropped field's default there is not known here, so
  // whether the earlier scenario set it (another run) cannot be told, and refusing costs only a new --out folder.
  // (A stopped run of another version is refused before this; only its complete results meet it.)
  if (typeof then !== 'object' || typeof now !== 'object' || then === null || now === null || Array.isArray(then) !== Array.isArray(now)) {
    return JSON.stringify(then) === JSON.stringify(now) ? undefined : { path: path || '(the whole scenario)', then, now };
  }
  const keys = [...new Set([...Object.keys(then), ...Object.keys(now)])];
  for (const key of keys) {
    const d = firstDifference((then as Record<string, unknown>)[key], (now as Record<string, unknown>)[key], path ? `${path}.${key}` : key, addedSince);
    if (d) return d;
  }
  return undefined;
}

/**
 * The sessions of a resumed run's manifest: those its earlier manifest records (or its one session, for a run not resumed
 * before), then this one. A session still "running" was killed (during its stop, after saving its checkpoint, or as a
 * resume): it is recorded as `killed`, its end unknown. The last finished the replications this one starts after
 * (`now.completedRepsBefore`), which its manifest could not say; `left`, the lock it left, where this one found one,
 * says when it last ran. (0.41.0 left killed sessions "running": read again, they are said as killed too.)
 */
export function resumedSessions(earlier: Manifest, now: RunSession, left?: LeftLock): RunSession[] {
  const before: RunSession[] = earlier.sessions
    ? [...earlier.sessions]
    : [{ cfsim: earlier.cfsim, command: earlier.command, ...(earlier.environment ? { environment: earlier.environment } : {}), threads: earlier.threads, startedAt: earlier.startedAt, endedAt: earlier.endedAt, status: earlier.status, completedRepsBefore: 0, completedReps: earlier.completedReps }];
  const last = before.length - 1;
  const killed = before.map((session, k): RunSession => {
    if (session.status !== 'running') return session;
    if (k !== last) return { ...session, status: 'killed', endedAt: null };
    return { ...session, status: 'killed', endedAt: null, completedReps: now.completedRepsBefore, ...lastHeartbeat(left, session) };
  });
  return [...killed, now];
}
