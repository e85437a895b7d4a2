import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputIssue } from '../sim/params/issues';
import { writerHold, writerName } from '../scenarios/sweepAnalysis';
import { liveWriter } from './analyze';
import { CHECKPOINT_FILE, STREAMED_FILES } from './runResume';
import { checkpointCompletedReps } from './checkpointFile';

// What `cfsim report` says of a run's folder whose run has not ended, rather than calling it no
// results folder or a file missing: a run still being written, one killed outright, or one stopped
// short whose resume was killed (its streamed files under `.partial` names), which --resume finishes.

interface ManifestFields {
  cfsim?: unknown;
  status?: unknown;
  command?: unknown;
  reps?: unknown;
  completedReps?: unknown;
  sessions?: unknown;
  environment?: { cwd?: unknown };
}

/**
 * The problem with reporting `resultsDir` (given as RESULTS_DIR) when its run has not ended: its
 * manifest says "running" (whatever it holds), or a streamed CSV file is under its
 * `.partial` name only. Undefined for every other folder, which loadResults judges.
 */
export function unfinishedRunIssue(resultsDir: string): InputIssue | undefined {
  let manifest: ManifestFields;
  try {
    manifest = JSON.parse(readFileSync(join(resultsDir, 'manifest.json'), 'utf8')) as ManifestFields;
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.cfsim !== 'string') return undefined;
  // Whatever else it holds: a run killed while it stopped may have written summary.json and renamed some files back already.
  const running = manifest.status === 'running';
  const checkpoint = existsSync(join(resultsDir, CHECKPOINT_FILE));
  const partial = STREAMED_FILES.filter((name) => !existsSync(join(resultsDir, name)) && existsSync(join(resultsDir, `${name}.partial`)));
  if (!running && partial.length === 0) return undefined;
  const issue = (message: string): InputIssue => ({ path: 'RESULTS_DIR', value: resultsDir, message });
  const writer = liveWriter(resultsDir);
  // Another host's process (or one of another boot or pid namespace) is not looked up: said by its lock's heartbeat, as analyze says it.
  const says = running ? ' (its manifest.json says "running")' : '';
  if (writer) return issue(`${resultsDir} is ${writer.heartbeatAgeMs === undefined ? `still being written by ${writerName(writer)}${says}:` : `${writerHold(writer)}${says};`} its results are written when that run ends; make the report then`);
  const command = typeof manifest.command === 'string' ? manifest.command : undefined;
  const cwd = typeof manifest.environment?.cwd === 'string' ? `, in ${manifest.environment.cwd}` : '';
  if (!checkpoint) {
    if (!running) return undefined;
    return issue(`${resultsDir} holds a run that stopped without finishing (its manifest.json still says "running", and no process is writing it: it was killed, or its machine went down), so nothing in it is a result; run it again${command === undefined ? '' : ` (${command}${cwd})`}`);
  }
  // Counted from the checkpoint (since 0.42.0): a session killed after writing it, before its manifest said so, left that
  // manifest counting none (a first session) or what the stop before it kept (a resume). Its manifest's where it is unreadable.
  const resumed = Array.isArray(manifest.sessions) && manifest.sessions.length > 1;
  const done = checkpointCompletedReps(join(resultsDir, CHECKPOINT_FILE)) ?? (resumed && typeof manifest.completedReps === 'number' ? manifest.completedReps : undefined);
  const of = typeof manifest.reps === 'number' ? ` of ${manifest.reps}` : '';
  const stopped = done === undefined ? 'a run stopped short' : `a run stopped after ${done}${of} replication${done === 1 && of === '' ? '' : 's'}`;
  const how = running
    ? `its manifest.json still says "running", and no process is writing it: ${resumed ? 'the resume was killed' : 'it was killed while it wrote its results'}, or its machine went down`
    : `${manifest.status === 'failed' ? 'writing its files failed, as on a full disk' : 'it was killed as it began'}: its manifest.json says ${JSON.stringify(manifest.status)}, and ${partial.join(', ')} ${partial.length === 1 ? 'is' : 'are'} under ${partial.length === 1 ? 'its .partial name' : 'their .partial names'}`;
  // Each streamed file under whichever name it has: a resume killed while it stopped has renamed some back.
  const rows = STREAMED_FILES.flatMap((name) => (partial.includes(name) ? [`${name}.partial`] : existsSync(join(resultsDir, name)) ? [name] : []));
  const kept = `${CHECKPOINT_FILE}${rows.length > 0 ? `, with their rows in ${rows.join(', ')}` : ''}`;
  const finish = command === undefined ? 'resume it with the command that began it, adding --resume' : `resume it: ${resumeWords(command)}${cwd}`;
  return issue(`${resultsDir} holds ${stopped} whose ${resumed || !running ? 'resume' : 'stop'} did not finish (${how}), so it holds no result to report yet; the finished replications are kept (${kept}); to finish the run, ${finish}`);
}

/** A recorded command line (quoted as commandLine quotes it) as the command that resumes its run: without --replace, with --resume. */
function resumeWords(command: string): string {
  const words = command.replace(/ --(no-)?replace(=\S*)?(?= |$)/g, '');
  return / --resume(?= |$)/.test(words) ? words : `${words} --resume`;
}
