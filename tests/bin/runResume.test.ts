import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';
import { BUILT_FROM_GIT } from './builtFromGit';
import { readCheckpoint, writeCheckpoint } from '../../bin/checkpointFile';
import { firstDifference, manifestDecision, resumedSessions, resumeDecision, type ResumeCommand } from '../../bin/runResume';
import type { Manifest, RunSession } from '../../models/resultsManifest';

// run --resume and compare --resume: a run stopped short (by SIGINT, or a failed worker) and
// resumed gives results folders byte-identical to an uninterrupted run's, whatever the threads on
// either side; a resume that would not continue the same run is refused, naming what differs.

const { work, file } = cliScratch('run-resume');

/** The built CLI with extra environment (CFSIM_TEST_SIGINT_AFTER_REPS=N: SIGINT to itself once N replications are folded). */
function cfsim(args: readonly string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
}

const RESULT_FILES = ['summary.json', 'timeseries.csv', 'workers.csv', 'separations.csv', 'replications.csv', 'uncertainty.csv'];

/** Every results file of `a` and `b` (uncertainty.csv where there is one), byte for byte, and their manifests but for times, command, threads and sessions. */
function expectSameResults(a: string, b: string): void {
  for (const name of RESULT_FILES) {
    expect(existsSync(join(b, name)), name).toBe(existsSync(join(a, name)));
    if (existsSync(join(a, name))) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), `${name} differs`).toBe(true);
  }
  const manifest = (dir: string) => {
    const { startedAt: _s, endedAt: _e, command: _c, threads: _t, sessions: _x, ...rest } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return { ...rest, environment: { ...rest.environment, cwd: '' } };
  };
  expect(manifest(b)).toEqual(manifest(a));
  expect(readdirSync(b).filter((name) => name.endsWith('.partial') || name === 'checkpoint.bin')).toEqual([]);
}

/** Runs `args` into a new folder `name` uninterrupted, and into `name`-stopped interrupted after `after` replications on `threads[0]`, then resumed on `threads[1]`; returns both folders and the interruption's stderr. */
function stopAndResume(name: string, args: readonly string[], after: number, threads: readonly [number, number]) {
  const whole = join(work, name);
  const stopped = join(work, `${name}-stopped`);
  const full = cfsim([...args, '--threads', '2', '--out', whole]);
  expect(full.status, full.stderr).toBe(0);
  const first = cfsim([...args, '--threads', String(threads[0]), '--out', stopped], { CFSIM_TEST_SIGINT_AFTER_REPS: String(after) });
  expect(first.status, first.stderr).toBe(130);
  const manifest = JSON.parse(readFileSync(join(stopped, 'manifest.json'), 'utf8'));
  expect(manifest.status).toBe('interrupted');
  expect(existsSync(join(stopped, 'checkpoint.bin'))).toBe(true);
  const resumed = cfsim([...args, '--threads', String(threads[1]), '--out', stopped, '--resume']);
  expect(resumed.status, resumed.stderr).toBe(0);
  expect(resumed.stdout.replace(stopped, whole)).toBe(full.stdout);
  return { whole, stopped, stderr: first.stderr, completedReps: manifest.completedReps as number };
}

/** `run --reps 8 --days 10 --threads 1` into `name`-whole uninterrupted, and into `name` stopped (SIGINT) after 2 replications. */
function wholeAndStoppedAfterTwo(name: string) {
  const args = ['run', '--reps', '8', '--days', '10', '--threads', '1'];
  const whole = join(work, `${name}-whole`);
  const out = join(work, name);
  expect(cfsim([...args, '--out', whole]).status).toBe(0);
  expect(cfsim([...args, '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '2' }).status).toBe(130);
  return { args, whole, out };
}

const RUN = ['run', '--reps', '90', '--days', '30'];

/** Every file in `dir` (none in subfolders here) by name, with its bytes. */
function folderBytes(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

/** Expects `dir` to hold exactly the files of `before`, byte for byte. */
function expectUnchanged(dir: string, before: Map<string, Buffer>): void {
  const after = folderBytes(dir);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), `${name} changed`).toBe(true);
}

describe('run --resume', () => {
  it('an interrupted run ends its message with the command that resumes it, and that command gives the uninterrupted results byte for byte (threads 2 then 1)', () => {
    const { whole, stopped, stderr, completedReps } = stopAndResume('run', RUN, 50, [2, 1]);
    // Past the first 40 replications, so the quantile sketches had moved on to P² markers.
    expect(completedReps).toBeGreaterThanOrEqual(50);
    expect(completedReps).toBeLessThan(90);
    expect(stderr.endsWith(`; to run the other ${90 - completedReps}, resume it: cfsim run --reps 90 --days 30 --threads 2 --out ${stopped} --resume\n`), stderr).toBe(true);
    expectSameResults(whole, stopped);
    const manifest = JSON.parse(readFileSync(join(stopped, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe(`cfsim run --reps 90 --days 30 --threads 2 --out ${stopped}`);
    expect(manifest.threads).toBe(1);
    expect(manifest.sessions.map((s: Record<string, unknown>) => [s.command, s.threads, s.status, s.completedRepsBefore, s.completedReps])).toEqual([
      [`cfsim run --reps 90 --days 30 --threads 2 --out ${stopped}`, 2, 'interrupted', 0, completedReps],
      [`cfsim run --reps 90 --days 30 --threads 1 --out ${stopped} --resume`, 1, 'complete', completedReps, 90],
    ]);
  });

  it('a resumed run stopped again, and rows past the checkpoint (a torn last line), resume to the same bytes', () => {
    const whole = join(work, 'twice');
    const stopped = join(work, 'twice-stopped');
    expect(cfsim([...RUN, '--threads', '1', '--out', whole]).status).toBe(0);
    expect(cfsim([...RUN, '--threads', '1', '--out', stopped], { CFSIM_TEST_SIGINT_AFTER_REPS: '20' }).status).toBe(130);
    const again = cfsim([...RUN, '--threads', '2', '--out', stopped, '--resume'], { CFSIM_TEST_SIGINT_AFTER_REPS: '60' });
    expect(again.status, again.stderr).toBe(130);
    // As if killed while continuing: streamed files left as NAME.partial, longer than the checkpoint says.
    appendFileSync(join(stopped, 'workers.csv'), 'status-quo,99,1,2,3\nstatus-quo,99,4');
    renameSync(join(stopped, 'separations.csv'), join(stopped, 'separations.csv.partial'));
    appendFileSync(join(stopped, 'separations.csv.partial'), 'status-quo,99,1\n');
    // Killed while its stop wrote (and fsynced) the next checkpoint: a half-written one, which the complete run removes.
    writeFileSync(join(stopped, 'checkpoint.bin.partial'), 'CFSIM half a checkpoint');
    const last = cfsim([...RUN, '--threads', '2', '--out', stopped, '--resume']);
    expect(last.status, last.stderr).toBe(0);
    expectSameResults(whole, stopped);
    expect(JSON.parse(readFileSync(join(stopped, 'manifest.json'), 'utf8')).sessions.map((s: { status: string }) => s.status)).toEqual(['interrupted', 'interrupted', 'complete']);
  });

  it('a resume killed (SIGKILL) as it completes leaves complete results or a resumable run, never a run without its checkpoint; the next --resume removes a checkpoint left and says nothing to resume', () => {
    const { args, whole, out } = wholeAndStoppedAfterTwo('killed');
    const killed = cfsim([...args, '--out', out, '--resume'], { CFSIM_TEST_SIGKILL_AT_COMPLETION: '1' });
    expect(killed.signal).toBe('SIGKILL');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'complete', completedReps: 8 });
    expect(existsSync(join(out, 'checkpoint.bin'))).toBe(true);
    const again = cfsim([...args, '--out', out, '--resume']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`^cfsim: nothing to resume: ${out} holds the complete results of this run \\(8 replications, ended [^)]+\\), left as they are; the checkpoint.bin left beside them \\(the run was stopped after saying it was complete\\) is removed; cfsim report ${out} reports them\\n$`));
    expect(existsSync(join(out, 'checkpoint.bin'))).toBe(false);
    expectSameResults(whole, out);
  });

  it("a resumed run's stop that cannot write its checkpoint (a full disk) says so, and that --resume continues from the checkpoint the earlier stop saved, which it does", () => {
    const { args, whole, out } = wholeAndStoppedAfterTwo('unsaved');
    // The checkpoint is written as checkpoint.bin.partial, then renamed: /dev/full refuses every byte with ENOSPC.
    symlinkSync('/dev/full', join(out, 'checkpoint.bin.partial'));
    const stopped = cfsim([...args, '--out', out, '--resume'], { CFSIM_TEST_SIGINT_AFTER_REPS: '5' });
    expect(stopped.status, stopped.stderr).toBe(1);
    const done = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).completedReps as number;
    expect(done).toBeGreaterThanOrEqual(5);
    expect(stopped.stderr).toBe(
      `cfsim: interrupted by SIGINT after ${done} of 8 replications, and its checkpoint ${join(out, 'checkpoint.bin')} could not be written: could not write "${join(out, 'checkpoint.bin.partial')}": ENOSPC (the disk is full); ` +
        `the ${done} finished replications' files are kept (${join(out, 'manifest.json')} says "failed"; cfsim report ${out} makes a report of them), ` +
        `and --resume continues the run from the ${join(out, 'checkpoint.bin')} an earlier stop saved, with 2 finished replications: the other 6 are run again\n`,
    );
    const resumed = cfsim([...args, '--out', out, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).sessions.at(-1)).toMatchObject({ status: 'complete', completedRepsBefore: 2, completedReps: 8 });
    expectSameResults(whole, out);
  });

  it('a first run killed (SIGKILL) while its stop syncs the streamed files keeps that session: --resume continues from its checkpoint to the uninterrupted results', () => {
    const args = ['run', '--reps', '8', '--days', '10', '--threads', '1'];
    const whole = join(work, 'killed-in-stop-whole');
    const out = join(work, 'killed-in-stop');
    expect(cfsim([...args, '--out', whole]).status).toBe(0);
    const killed = cfsim([...args, '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '3', CFSIM_TEST_SIGKILL_IN_STOP: '1' });
    expect(killed.signal).toBe('SIGKILL');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('running');
    // Run again without --resume: refused, nothing touched, rather than that session replaced without a word.
    const again = cfsim([...args, '--out', out]);
    expect(again.status, again.stderr).toBe(2);
    expect(again.stderr).toContain(`${out} holds an earlier run (cfsim ${args.join(' ')} --out ${out}) killed after it saved checkpoint.bin`);
    // The count is the checkpoint's (the manifest counts none yet): what --resume keeps, and --replace runs again.
    const held = Number(/the (\d+) finished replications \(of 8\) a resume continues from/.exec(again.stderr)?.[1]);
    expect(held).toBeGreaterThanOrEqual(3);
    expect(again.stderr).toContain(`give --resume to continue that run (with the command that began it), keeping those ${held}, or --replace to replace it, running all 8 again`);
    // Its lock's heartbeat, as one after its start leaves it (the run was killed before its first, half a minute in).
    const beat = new Date();
    utimesSync(join(out, '.cfsim-lock'), beat, beat);
    const resumed = cfsim([...args, '--out', out, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).not.toMatch(/nothing to resume/);
    const sessions = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).sessions.map((s: Record<string, unknown>) => [s.status, s.completedRepsBefore, s.completedReps]);
    expect(sessions[1][0]).toBe('complete');
    expect(sessions[1][1]).toBe(held);
    expect(sessions).toEqual([['killed', 0, held], ['complete', held, 8]]);
    // The killed session's end is not known; its lock, which the resume took over, says it still ran at its last heartbeat.
    const [first, second] = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).sessions as { startedAt: string; endedAt: string | null; lastHeartbeatAt?: string }[];
    expect(first.endedAt).toBeNull();
    // (Within a millisecond: utimes takes seconds as a float.)
    expect(Math.abs(Date.parse(first.lastHeartbeatAt!) - beat.getTime())).toBeLessThanOrEqual(1);
    expect(Date.parse(first.lastHeartbeatAt!)).toBeLessThanOrEqual(Date.parse(second.startedAt));
    expectSameResults(whole, out);
  });

  it('a --resume refused under the lock (a streamed file edited since) leaves the killed session\'s lock as it was: the next --resume records its heartbeat (since 0.43.0)', () => {
    const args = ['run', '--reps', '8', '--days', '10', '--threads', '1'];
    const out = join(work, 'killed-then-refused');
    expect(cfsim([...args, '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '3', CFSIM_TEST_SIGKILL_IN_STOP: '1' }).signal).toBe('SIGKILL');
    const lock = join(out, '.cfsim-lock');
    const beat = new Date();
    utimesSync(lock, beat, beat);
    const left = readFileSync(lock, 'utf8');
    // A byte of a finished replication's row changed: refused once the checkpoint is read, under the lock taken over.
    const rows = existsSync(join(out, 'replications.csv')) ? join(out, 'replications.csv') : join(out, 'replications.csv.partial');
    const kept = readFileSync(rows);
    const edited = Buffer.from(kept);
    const at = edited.indexOf(0x0a) + 1;
    edited[at] = edited[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(rows, edited);
    const refused = cfsim([...args, '--out', out, '--resume']);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('is not as the run left it');
    expect(readFileSync(lock, 'utf8')).toBe(left);
    writeFileSync(rows, kept);
    const resumed = cfsim([...args, '--out', out, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const [first] = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).sessions as { status: string; lastHeartbeatAt?: string }[];
    expect(first.status).toBe('killed');
    expect(Math.abs(Date.parse(first.lastHeartbeatAt!) - beat.getTime())).toBeLessThanOrEqual(1);
  });

  it('firstDifference lets a field added since pass where told to, but never one the earlier scenario holds and this version dropped (whether that run set it cannot be told)', () => {
    const addedSince = () => true;
    expect(firstDifference({ a: 1 }, { a: 1, added: 2 }, '', addedSince)).toBeUndefined();
    expect(firstDifference({ a: 1, dropped: 0.3 }, { a: 1 }, '', addedSince)).toEqual({ path: 'dropped', then: 0.3, now: undefined });
  });

  it('resumedSessions records a session left "running" as killed, its end unknown, with the heartbeat of the lock it left (not of a later command\'s); one 0.41.0 left "running" is said as killed too', () => {
    const session = (over: Partial<RunSession>): RunSession => ({ cfsim: '0.42.0', command: 'cfsim run --out res', threads: 2, startedAt: '2026-12-01T10:00:01.000Z', endedAt: null, status: 'running', completedRepsBefore: 0, completedReps: 0, ...over });
    const earlier = { cfsim: '0.42.0', command: 'cfsim run --out res', threads: 2, startedAt: '2026-12-01T10:00:01.000Z', endedAt: null, status: 'running', completedReps: 0 } as unknown as Manifest;
    const now = session({ command: 'cfsim run --out res --resume', startedAt: '2026-12-01T11:00:00.000Z', completedRepsBefore: 40, completedReps: 90, status: 'complete', endedAt: '2026-12-01T11:30:00.000Z' });
    const own = { command: 'cfsim run --out res', since: '2026-12-01T10:00:00.500Z', touchedAt: '2026-12-01T10:20:30.000Z' };
    expect(resumedSessions(earlier, now, own)).toEqual([{ ...session({}), status: 'killed', completedReps: 40, lastHeartbeatAt: '2026-12-01T10:20:30.000Z' }, now]);
    // A lock taken after the session began is a later command's (killed before its manifest said it began): it says nothing of this one.
    expect(resumedSessions(earlier, now, { ...own, since: '2026-12-01T10:50:00.000Z' })[0]).not.toHaveProperty('lastHeartbeatAt');
    expect(resumedSessions(earlier, now, { ...own, command: 'cfsim run --out res --threads 4' })[0]).not.toHaveProperty('lastHeartbeatAt');
    // A lock last touched as it was taken (never by the heartbeat since the session began) says nothing the start does not.
    expect(resumedSessions(earlier, now, { ...own, touchedAt: '2026-12-01T10:00:00.500Z' })[0]).not.toHaveProperty('lastHeartbeatAt');
    expect(resumedSessions(earlier, now)[0]).toEqual({ ...session({}), status: 'killed', completedReps: 40 });
    // As 0.41.0 wrote it: a killed first session left "running" (its count mended), then a resume killed in turn.
    const older = { ...earlier, sessions: [session({ completedReps: 20 }), session({ command: 'cfsim run --out res --resume', startedAt: '2026-12-01T10:30:00.000Z', completedRepsBefore: 20, completedReps: 20 })] } as unknown as Manifest;
    expect(resumedSessions(older, now).map((s) => [s.status, s.endedAt, s.completedRepsBefore, s.completedReps])).toEqual([['killed', null, 0, 20], ['killed', null, 20, 40], ['complete', '2026-12-01T11:30:00.000Z', 40, 90]]);
  });

  it('a stop killed before its rows reached the disk (a power loss: a file shorter than its checkpoint says) is refused by --resume, saying so', () => {
    const args = ['run', '--reps', '8', '--days', '10', '--threads', '1'];
    const out = join(work, 'power-loss-in-stop');
    expect(cfsim([...args, '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '3', CFSIM_TEST_SIGKILL_IN_STOP: '1' }).signal).toBe('SIGKILL');
    const partial = join(out, 'replications.csv.partial');
    truncateSync(partial, readFileSync(partial).length - 40);
    const r = cfsim([...args, '--out', out, '--resume']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--resume: ${partial} holds `);
    expect(r.stderr).toContain('finished replications are not all there (lost in a power loss or crash as the run stopped, before they reached the disk?), so the run cannot be resumed; give --replace instead of --resume');
  });

  it('a stop whose checkpoint cannot be written keeps the finished replications’ files (the run fails, reportable, not resumable)', () => {
    const out = join(work, 'checkpoint-unwritable');
    // A folder where the checkpoint's temporary name is taken: writing checkpoint.bin fails.
    mkdirSync(join(out, 'checkpoint.bin.partial'), { recursive: true });
    const r = cfsim(['run', '--reps', '8', '--days', '10', '--threads', '1', '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '3' });
    expect(r.status).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('failed');
    expect(manifest.completedReps).toBeGreaterThanOrEqual(3);
    // The open's failure is said, not the failure to remove the folder in the way (an "unexpected failure" with its stack, before).
    expect(r.stderr).toContain(`its checkpoint ${join(out, 'checkpoint.bin')} could not be written: could not open "${join(out, 'checkpoint.bin.partial')}": EISDIR (it is a folder, not a file); the ${manifest.completedReps} finished replications' files are kept`);
    expect(existsSync(join(out, 'checkpoint.bin.partial'))).toBe(true);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
    const rows = readFileSync(join(out, 'replications.csv'), 'utf8').trim().split('\n');
    expect(rows.length).toBe(1 + manifest.completedReps);
    expect(existsSync(join(out, 'workers.csv'))).toBe(true);
  });

  it('a run failed (a worker threw) whose checkpoint cannot be written says both, not the failure alone', () => {
    const out = join(work, 'failed-checkpoint-unwritable');
    mkdirSync(join(out, 'checkpoint.bin.partial'), { recursive: true });
    const r = cfsim(['run', '--reps', '8', '--days', '30', '--threads', '1', '--out', out], { CFSIM_TEST_FAIL_REP: '5' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cfsim: run failed: replication 5 .*failed: injected test failure; after 4 of 8 replications, /);
    expect(r.stderr).toContain(
      `its checkpoint ${join(out, 'checkpoint.bin')} could not be written: could not open "${join(out, 'checkpoint.bin.partial')}": EISDIR (it is a folder, not a file); the 4 finished replications' files are kept (${join(out, 'manifest.json')} says "failed"; cfsim report ${out} makes a report of them), but without ${join(out, 'checkpoint.bin')} --resume cannot continue the run from them`,
    );
  });

  it('a signal after the last replication finished leaves a complete run (no checkpoint, nothing to resume), and says the signal came late', () => {
    const out = join(work, 'late-signal');
    const r = cfsim(['run', '--reps', '3', '--days', '10', '--threads', '1', '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '3' });
    expect(r.status).toBe(130);
    expect(r.stderr).toBe(`cfsim: interrupted by SIGINT after all 3 replications had finished; ${join(out, 'manifest.json')} says "complete"; nothing was printed\n`);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'complete', completedReps: 3 });
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).status).toBeUndefined();
    expect(existsSync(join(out, 'checkpoint.bin'))).toBe(false);
  });

  it('a run failed after some replications (a worker threw) resumes to the uninterrupted results', () => {
    const args = ['run', '--reps', '8', '--days', '30', '--threads', '1'];
    const whole = join(work, 'failed-whole');
    const failed = join(work, 'failed');
    expect(cfsim([...args, '--out', whole]).status).toBe(0);
    const stopped = cfsim([...args, '--out', failed], { CFSIM_TEST_FAIL_REP: '5' });
    expect(stopped.status).toBe(1);
    // The failure says what was kept and how to go on, as an interruption does.
    expect(stopped.stderr).toMatch(/^cfsim: run failed: replication 5 .*failed: injected test failure; /);
    expect(stopped.stderr.endsWith(`; ${join(failed, 'manifest.json')} says "failed" after 4 of 8 replications; to run the other 4, resume it: cfsim run --reps 8 --days 30 --threads 1 --out ${failed} --resume\n`), stopped.stderr).toBe(true);
    // Replications before the failing one's chunk (two a chunk here) finished.
    expect(JSON.parse(readFileSync(join(failed, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'failed', completedReps: 4 });
    expect(existsSync(join(failed, 'checkpoint.bin'))).toBe(true);
    const resumed = cfsim([...args, '--out', failed, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expectSameResults(whole, failed);
  });

  it("a resume run from another folder keeps the first command's environment (its cwd, which that command's paths are relative to); each session records its own", () => {
    const out = join(work, 'moved');
    expect(cfsim(['run', '--reps', '8', '--days', '10', '--threads', '1', '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '2' }).status).toBe(130);
    const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), 'run', '--reps', '8', '--days', '10', '--out', 'moved', '--resume'], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe(`cfsim run --reps 8 --days 10 --threads 1 --out ${out}`);
    expect(manifest.environment.cwd).toBe(process.cwd());
    expect(manifest.sessions.map((s: { environment: { cwd: string } }) => s.environment.cwd)).toEqual([process.cwd(), work]);
  });

  it('--resume into a folder with nothing to resume starts from the first replication, saying so', () => {
    const out = join(work, 'fresh');
    const r = cfsim(['run', '--reps', '3', '--days', '10', '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`cfsim: nothing to resume in ${out} (no manifest.json there): starting the run from its first replication\n`);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'complete', completedReps: 3 });
  });

  it('--resume over a run that finished no replication says so in one line, naming the run it replaces', () => {
    const out = join(work, 'none-finished');
    expect(cfsim(['run', '--reps', '2', '--days', '10', '--threads', '1', '--out', out]).status).toBe(0);
    const path = join(out, 'manifest.json');
    const stopped = { ...JSON.parse(readFileSync(path, 'utf8')), status: 'interrupted', completedReps: 0 };
    writeFileSync(path, JSON.stringify(stopped));
    const r = cfsim(['run', '--reps', '2', '--days', '10', '--threads', '1', '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `cfsim: nothing to resume in ${out} (${path} says "interrupted" with no finished replication kept): starting the run from its first replication, replacing the results of an earlier run (${stopped.command}, interrupted ${stopped.endedAt})\n`,
    );
  });
});

describe('compare --resume', () => {
  it('with parameter uncertainty and discounting: threads 1 then 2 give the uninterrupted bytes, uncertainty.csv included', () => {
    const team = file('uncertain.yaml', 'uncertainty:\n  coefficients.separationCf: { min: 0.7, max: 1.6 }\n  costs.supervisionSession: { min: 60, mode: 100, max: 200 }\n');
    const args = ['compare', team, '--policies', 'status-quo,opt-out-support', '--reps', '60', '--days', '20', '--set', 'costs.discountRate=0.03'];
    const { whole, stopped, stderr, completedReps } = stopAndResume('compare', args, 44, [1, 2]);
    expect(existsSync(join(whole, 'uncertainty.csv'))).toBe(true);
    expect(stderr).toContain(`replications of each package; ${join(stopped, 'manifest.json')} says "interrupted"`);
    expect(stderr.endsWith(`to run the other ${60 - completedReps}, resume it: cfsim compare ${team} --policies status-quo,opt-out-support --reps 60 --days 20 --set costs.discountRate=0.03 --threads 1 --out ${stopped} --resume\n`), stderr).toBe(true);
    expectSameResults(whole, stopped);
  });

  it('--scenarios A,B gives the uninterrupted bytes', () => {
    const a = file('a.yaml', 'name: current\n');
    const b = file('b.yaml', 'name: proposed\nbase:\n  policy: opt-out-support\n');
    const { whole, stopped } = stopAndResume('scenarios', ['compare', '--scenarios', `${a},${b}`, '--reps', '30', '--days', '20'], 12, [2, 2]);
    expectSameResults(whole, stopped);
  });
});

describe('--resume refusals', () => {
  const args = ['run', '--reps', '20', '--days', '10', '--seed', '3', '--set', 'costs.salary=60000'];
  /** A run of `args` stopped after 5 replications into a new folder. */
  const stoppedRun = (name: string) => {
    const out = join(work, name);
    expect(cfsim([...args, '--threads', '1', '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '5' }).status).toBe(130);
    return out;
  };
  const refused = (argv: readonly string[], ...parts: string[]) => {
    const r = cfsim(argv);
    expect(r.status, r.stderr).toBe(2);
    for (const part of parts) expect(r.stderr).toContain(part);
    return r;
  };

  it('another reps, seed, days, --set, package or scenario file than the stopped run, each named with its value', () => {
    const out = stoppedRun('refused');
    const manifest = readFileSync(join(out, 'manifest.json'));
    const began = `resume with the command that began it (cfsim run --reps 20 --days 10 --seed 3 --set costs.salary=60000 --threads 1 --out ${out}, adding --resume)`;
    refused(['run', '--reps', '21', '--days', '10', '--seed', '3', '--set', 'costs.salary=60000', '--out', out, '--resume'], `--reps: 21 here, and the run in ${out} (manifest.json) asked for 20 replications; a resume finishes that run: ${began}`);
    refused(['run', '--reps', '20', '--days', '10', '--seed', '4', '--set', 'costs.salary=60000', '--out', out, '--resume'], '--seed: 4 here, and the run in', 'ran on seed 3');
    refused(['run', '--reps', '20', '--days', '11', '--seed', '3', '--set', 'costs.salary=60000', '--out', out, '--resume'], '--days: 11 here, and the run in', 'ran 10 days');
    refused(['run', '--reps', '20', '--days', '10', '--seed', '3', '--set', 'costs.salary=61000', '--out', out, '--resume'], '--set: the run in', 'was resolved with --set (and --days) costs.salary=60000 days=10, and this command with costs.salary=61000 days=10');
    refused([...args, '--policy', 'opt-out-support', '--out', out, '--resume'], '--policy: the run in', 'ran the packages status-quo, and this command runs the packages opt-out-support');
    const team = file('changed.yaml', 'uncertainty:\n  coefficients.separationCf: { min: 0.7, max: 1.6 }\n');
    refused(['run', team, ...args.slice(1), '--out', out, '--resume'], `SCENARIO: resolves to another scenario than the run in ${out} (manifest.json): its uncertainty.coefficients.separationCf is {"min":0.7,"max":1.6} here and was absent`);
    // Nothing was touched by the refusals.
    expect(readFileSync(join(out, 'manifest.json')).equals(manifest)).toBe(true);
  });

  it('another cfsim version, an unreadable or missing checkpoint.bin, --replace beside it, and no --out', () => {
    const out = stoppedRun('versions');
    const path = join(out, 'manifest.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/"cfsim": "[^"]+"/, '"cfsim": "0.33.0"'));
    refused([...args, '--out', out, '--resume'], `--resume: ${out}'s run was made by cfsim 0.33.0 (manifest.json) and this is cfsim `, 'Finish it with cfsim 0.33.0');
    // A manifest edited by hand is said as such, not quoted with "undefined" where its fields are missing.
    writeFileSync(path, JSON.stringify({ ...JSON.parse(text), reps: undefined, seed: undefined }));
    const edited = refused([...args, '--out', out, '--resume'], `--resume: ${path} is not a run's manifest as cfsim writes it (seed is missing; expected a whole number from 0, and 1 more problem), so the run it describes cannot be resumed`);
    expect(edited.stderr).not.toContain('undefined');
    writeFileSync(path, text);
    writeFileSync(join(out, 'checkpoint.bin'), 'not a checkpoint');
    refused([...args, '--out', out, '--resume'], `--resume: ${join(out, 'checkpoint.bin')} cannot be read: it is not a cfsim checkpoint (its first bytes differ); the run cannot be resumed`);
    rmSync(join(out, 'checkpoint.bin'));
    refused([...args, '--out', out, '--resume'], `--resume: ${out} holds 5 finished replications of 20`, 'but no checkpoint.bin', 'so it cannot be resumed', `cfsim report ${out} reports the finished ones`);
    refused([...args, '--out', out, '--resume', '--replace'], '--resume: continues the run stopped in', 'and --replace starts it again from its first replication; give one of them');
    refused([...args, '--resume'], '--resume: continues a run stopped short in its results folder, and no --out was given');
  });

  it('the same command without --resume is refused, offering --resume beside --replace', () => {
    const out = stoppedRun('offered');
    refused([...args, '--out', out], `--out: ${out} holds the results of an earlier interrupted run (`, 'which this run would replace; write to another folder, or give --replace to replace them, or --resume to continue that run (with the command that began it)');
  });

  it('a streamed file shorter than the checkpoint says is refused', () => {
    const out = stoppedRun('short');
    truncateSync(join(out, 'workers.csv'), 100);
    refused([...args, '--out', out, '--resume'], `--resume: ${join(out, 'workers.csv')} holds 100 bytes, where the run stopped with`, 'cannot be resumed');
  });

  it('a streamed file edited by hand (CRLF line ends, as a spreadsheet saves it) is refused, not cut mid-row', () => {
    const out = stoppedRun('edited');
    const path = join(out, 'replications.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    const manifest = readFileSync(join(out, 'manifest.json'));
    refused([...args, '--out', out, '--resume'], `--resume: ${path} is not as the run left it: its first `, 'bytes, the rows of the 5 finished replications, differ from those it wrote (checkpoint.bin; edited since, or saved by a spreadsheet?), so the run cannot be resumed');
    expect(readFileSync(join(out, 'manifest.json')).equals(manifest)).toBe(true);
  });

  it("another run's checkpoint.bin copied in is refused (exit 2), naming what differs, with the folder as it was", () => {
    const out = stoppedRun('copied');
    const other = join(work, 'copied-other');
    expect(cfsim(['run', '--reps', '20', '--days', '12', '--seed', '3', '--set', 'costs.salary=60000', '--threads', '1', '--out', other], { CFSIM_TEST_SIGINT_AFTER_REPS: '5' }).status).toBe(130);
    for (const name of ['checkpoint.bin', 'replications.csv', 'workers.csv', 'separations.csv']) writeFileSync(join(out, name), readFileSync(join(other, name)));
    const before = readdirSync(out).sort();
    refused([...args, '--out', out, '--resume'], `--resume: ${join(out, 'checkpoint.bin')} is not this run's: it holds 12 days, where the run in ${out} (manifest.json) has 10 (copied in from another run's folder?), so the run cannot be resumed`);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it("another run's checkpoint.bin of the same shape (another seed) copied in alone is refused as the checkpoint's fault, not the streamed files', with the folder as it was", () => {
    const out = stoppedRun('swapped');
    const other = join(work, 'swapped-other');
    expect(cfsim(['run', '--reps', '20', '--days', '10', '--seed', '4', '--set', 'costs.salary=60000', '--threads', '1', '--out', other], { CFSIM_TEST_SIGINT_AFTER_REPS: '5' }).status).toBe(130);
    writeFileSync(join(out, 'checkpoint.bin'), readFileSync(join(other, 'checkpoint.bin')));
    const before = folderBytes(out);
    const began = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).startedAt as string;
    const theirs = JSON.parse(readFileSync(join(other, 'manifest.json'), 'utf8')).startedAt as string;
    const r = refused([...args, '--out', out, '--resume'], `--resume: ${join(out, 'checkpoint.bin')} is not this run's: it was written by a run begun at ${theirs}, where the run in ${out} (manifest.json) began at ${began} (copied in from another run's folder?), so the run cannot be resumed`);
    expect(r.stderr).not.toContain('spreadsheet');
    expectUnchanged(out, before);
  });

  it('a resume that passes every check but cannot open a streamed file leaves the stopped run files under their own names, and resumes once the cause is gone', () => {
    const out = stoppedRun('unopened');
    const whole = join(work, 'unopened-whole');
    expect(cfsim([...args, '--threads', '1', '--out', whole]).status).toBe(0);
    // separations.csv cannot become separations.csv.partial (a folder of that name is in the way).
    const before = folderBytes(out);
    const blocker = join(out, 'separations.csv.partial');
    mkdirSync(blocker);
    writeFileSync(join(blocker, 'x'), 'x');
    const r = cfsim([...args, '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('separations.csv');
    rmSync(blocker, { recursive: true });
    expectUnchanged(out, before);
    const again = cfsim([...args, '--out', out, '--resume']);
    expect(again.status, again.stderr).toBe(0);
    expectSameResults(whole, out);
  });

  it('a resume decision keeps no checkpoint state once it is restored (the folder holds the decision for the whole run: the summaries would be held twice)', () => {
    const out = stoppedRun('unkept');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const command: ResumeCommand = { version: manifest.cfsim, scenarios: manifest.scenarios, arms: 'packages', seed: 3, reps: 20, set: manifest.set, armsFlag: '--policy', sources: [{ flag: 'SCENARIO', name: 'default' }] };
    let restored: unknown;
    const decision = resumeDecision(out, command, (state) => (restored = state));
    expect(decision.kind).toBe('resume');
    expect(restored).toBeDefined();
    expect(Object.values(decision)).not.toContain(restored);
    expect('state' in decision).toBe(false);
  });

  it('a damaged checkpoint.bin (an array of another length, a flipped bit, cut short) is refused (exit 2) with every file of the folder byte-identical', () => {
    const own = stoppedRun('damaged');
    const path = join(own, 'checkpoint.bin');
    const good = readFileSync(path);
    const { meta, state } = readCheckpoint(good);
    writeCheckpoint(path, meta, { ...state, 'spending.0': new Float64Array(3) });
    let before = folderBytes(own);
    const r = refused([...args, '--out', own, '--resume'], `--resume: ${path} cannot be read: checkpoint state's spending.0 holds 3 values, expected 20; the run cannot be resumed`);
    expect(r.stderr).not.toContain('unexpected failure');
    expectUnchanged(own, before);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] ^= 0x10;
    writeFileSync(path, flipped);
    before = folderBytes(own);
    refused([...args, '--out', own, '--resume'], `--resume: ${path} cannot be read: it is damaged: its bytes differ from the checksum written at its end (cut short, or changed since it was written); the run cannot be resumed`);
    expectUnchanged(own, before);
    writeFileSync(path, good.subarray(0, good.length - 1000));
    before = folderBytes(own);
    refused([...args, '--out', own, '--resume'], `${path} cannot be read: it is damaged`);
    expectUnchanged(own, before);
    // Put back whole, it resumes.
    writeFileSync(path, good);
    expect(cfsim([...args, '--out', own, '--resume']).status).toBe(0);
  });

  it('the decision before the folder lock reads manifest.json only; the checkpoint is read, and the streamed files hashed, once, under the lock', () => {
    const out = stoppedRun('once');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const command: ResumeCommand = { version: manifest.cfsim, scenarios: manifest.scenarios, arms: 'packages', seed: 3, reps: 20, set: manifest.set, armsFlag: '--policy', sources: [{ flag: 'SCENARIO', name: 'default' }] };
    writeFileSync(join(out, 'checkpoint.bin'), 'not a checkpoint');
    expect(manifestDecision(out, command).kind).toBe('stopped');
    expect(() => resumeDecision(out, command, () => {})).toThrow(`${join(out, 'checkpoint.bin')} cannot be read: it is not a cfsim checkpoint`);
  });

  it('a build with changes not committed is told from one of its commit without them, and -dirty is said in words', () => {
    const out = stoppedRun('dirty');
    const path = join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const head = '0123456789abcdef0123456789abcdef01234567';
    writeFileSync(path, JSON.stringify({ ...manifest, environment: { ...manifest.environment, commit: `${head}-dirty` } }, null, 2));
    const command: ResumeCommand = { version: manifest.cfsim, commit: head, scenarios: manifest.scenarios, arms: 'packages', seed: 3, reps: 20, set: manifest.set, armsFlag: '--policy', sources: [{ flag: 'SCENARIO', name: 'default' }] };
    expect(() => manifestDecision(out, command)).toThrow(
      `run was made by the cfsim ${manifest.cfsim} built from commit ${head}-dirty (-dirty: with changes not committed) (manifest.json, environment.commit) and this cfsim is built from commit ${head}, whose results may differ`,
    );
    // Two builds of one commit, both with changes not committed, cannot be told apart: it goes on.
    expect(manifestDecision(out, { ...command, commit: `${head}-dirty` }).kind).toBe('stopped');
    const { commit: _commit, ...unknown } = command;
    expect(manifestDecision(out, unknown).kind).toBe('stopped');
    // Complete results are not refused for the build (nothing would be mixed): nothing to resume.
    writeFileSync(path, JSON.stringify({ ...manifest, status: 'complete', completedReps: 20, environment: { ...manifest.environment, commit: `${head}-dirty` } }, null, 2));
    expect(manifestDecision(out, command).kind).toBe('complete');
  });

  // A build outside a git checkout (a tarball) records no commit: a stopped run of a known commit is then resumed.
  it('a resume by a build of another commit than the stopped run is refused, naming both; where either commit is unknown it goes on', () => {
    const out = stoppedRun('commits');
    const path = join(out, 'manifest.json');
    const text = readFileSync(path, 'utf8');
    const manifest = JSON.parse(text);
    const mine = manifest.environment.commit as string | undefined;
    writeFileSync(path, JSON.stringify({ ...manifest, environment: { ...manifest.environment, commit: 'deadbeef' } }, null, 2));
    if (BUILT_FROM_GIT) {
      expect(mine).toMatch(/^[0-9a-f]{7,}/);
      const before = folderBytes(out);
      refused(
        [...args, '--out', out, '--resume'],
        `--resume: ${out}'s run was made by the cfsim ${manifest.cfsim} built from commit deadbeef (manifest.json, environment.commit) and this cfsim is built from commit ${mine!.endsWith('-dirty') ? `${mine} (-dirty: with changes not committed)` : mine}, whose results may differ for the same scenario and seed; resuming would mix the two builds in one set of results. Finish it with the build of commit deadbeef, or run this command into a new --out folder`,
      );
      expectUnchanged(out, before);
      const { commit: _commit, ...unknown } = manifest.environment;
      writeFileSync(path, JSON.stringify({ ...manifest, environment: unknown }, null, 2));
    } else {
      expect(mine).toBeUndefined();
    }
    const r = cfsim([...args, '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(0);
  });

  it('a complete folder: nothing to resume, exit 0, left as it was', () => {
    const out = join(work, 'complete');
    expect(cfsim([...args, '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'summary.json'));
    const r = cfsim([...args, '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^cfsim: nothing to resume: ${out} holds the complete results of this run \\(20 replications, ended [^)]+\\), left as they are; cfsim report ${out} reports them\\n$`));
    expect(readFileSync(join(out, 'summary.json')).equals(before)).toBe(true);
    // A job requeued after it finished still gets its document and report, from the results there.
    const json = cfsim([...args, '--out', out, '--resume', '--json', '--report', join(out, 'again.html')]);
    expect(json.status, json.stderr).toBe(0);
    expect(json.stdout).toBe(before.toString('utf8'));
    expect(json.stderr).toMatch(new RegExp(`, left as they are; their report is written to ${join(out, 'again.html')}; their document \\(summary.json\\) is printed on stdout\\n$`));
    expect(readFileSync(join(out, 'again.html'), 'utf8')).toContain('<html');
    expect(readFileSync(join(out, 'summary.json')).equals(before)).toBe(true);
    // A complete folder of another run is refused as such, not taken as nothing to resume.
    refused(['run', '--reps', '30', '--days', '10', '--out', out, '--resume'], '--reps: 30 here, and the run in');
  });

  it("another cfsim version's complete results: nothing to resume, naming that version (its stopped run is still refused: see above)", () => {
    const out = join(work, 'complete-other-version');
    expect(cfsim([...args, '--out', out]).status).toBe(0);
    const path = join(out, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"cfsim": "[^"]+"/, '"cfsim": "0.33.0"'));
    const before = folderBytes(out);
    const r = cfsim([...args, '--out', out, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^cfsim: nothing to resume: ${out} holds the complete results of this run \\(20 replications, ended [^)]+, made by cfsim 0\\.33\\.0\\), left as they are; cfsim report ${out} reports them\\n$`));
    expectUnchanged(out, before);
    // Still checked as this command's results: another seed is refused, not told there is nothing to resume.
    refused(['run', '--reps', '20', '--days', '10', '--seed', '4', '--set', 'costs.salary=60000', '--out', out, '--resume'], '--seed: 4 here, and the run in', 'ran on seed 3');
    // A scenario that resolves otherwise may be this version's doing, not the file's: said so.
    const team = file('changed-other-version.yaml', 'uncertainty:\n  coefficients.separationCf: { min: 0.7, max: 1.6 }\n');
    refused(['run', team, ...args.slice(1), '--out', out, '--resume'], 'its uncertainty.coefficients.separationCf is {"min":0.7,"max":1.6} here and was absent (cfsim 0.33.0 made that run: the scenario file changed since, or this cfsim ');
    expectUnchanged(out, before);
    // One without a field this version writes (days) cannot be checked as this command's: refused as that version's, as before.
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), days: undefined }));
    refused([...args, '--out', out, '--resume'], `--resume: ${out}'s run was made by cfsim 0.33.0 (manifest.json) and this is cfsim `, 'Finish it with cfsim 0.33.0');
  });

  it("complete results as cfsim 0.33.0 wrote them (no costs.roleSalaryFactor, added in 0.34.0): nothing to resume, and --json prints that version's document, saying whose it is", () => {
    const out = join(work, 'complete-0.33.0');
    expect(cfsim([...args, '--out', out]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const scenarios = manifest.scenarios.map(({ costs: { roleSalaryFactor: _, ...costs }, ...scenario }: { costs: Record<string, unknown> }) => ({ ...scenario, costs }));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, cfsim: '0.33.0', scenarios }, null, 2));
    const summary = readFileSync(join(out, 'summary.json'), 'utf8').replace(/"cfsim": "[^"]+"/, '"cfsim": "0.33.0"');
    writeFileSync(join(out, 'summary.json'), summary);
    const before = folderBytes(out);
    const r = cfsim([...args, '--out', out, '--resume', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^cfsim: nothing to resume: ${out} holds the complete results of this run \\(20 replications, ended [^)]+, made by cfsim 0\\.33\\.0\\), left as they are; cfsim report ${out} reports them; their document \\(summary.json\\) is printed on stdout as cfsim 0\\.33\\.0 wrote it \\("cfsim": "0\\.33\\.0" in it\\), whose fields may differ from this cfsim [^ ]+'s --json document; for this version's, run the command into a new --out folder, or give --replace instead of --resume to run it again into ${out}\\n$`,
      ),
    );
    expect(r.stdout).toBe(summary);
    expectUnchanged(out, before);
    // What the old version wrote is still checked: an uncertainty range it did not have (a key of a map, not a field added since) is another run's.
    const team = file('changed-0.33.0.yaml', 'uncertainty:\n  coefficients.separationCf: { min: 0.7, max: 1.6 }\n');
    refused(['run', team, ...args.slice(1), '--out', out, '--resume'], 'its uncertainty.coefficients.separationCf is {"min":0.7,"max":1.6} here and was absent (cfsim 0.33.0 made that run');
    // A field added since, set here other than its default: that version refused it, so its run cannot be this command's.
    const paid = file('paid-0.33.0.yaml', 'costs:\n  roleSalaryFactor:\n    police: 2.5\n');
    refused(['run', paid, ...args.slice(1), '--out', out, '--resume'], 'its costs.roleSalaryFactor is {"police":2.5,', 'and was absent (cfsim 0.33.0 made that run');
    // As 0.19.0 wrote them: no set (its command holds the --set), arms or environment.commit either.
    const { set: _set, arms: _arms, ...older } = { ...manifest, cfsim: '0.19.0', scenarios, environment: { ...manifest.environment, commit: undefined } };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(older, null, 2));
    const old = cfsim([...args, '--out', out, '--resume']);
    expect(old.status, old.stderr).toBe(0);
    expect(old.stderr).toContain('made by cfsim 0.19.0), left as they are');
  });
});
