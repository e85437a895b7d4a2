import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder';
import { killedSweep, killedSweepPlan } from './killedSweep';

// analyze shows the commands that wrote a sweep folder (sweep.json's sessions) where they say more than one complete command:
// a researcher at a terminal sees that the sweep was killed and resumed, and when, without making a report.

const work = tempFolder('cfsim-analyze-sessions-');

function cfsim(args: string[]) {
  return spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
}

const sessionsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).sessions;

/** Puts `sessions` in dir/sweep.json in place of what it records, as a hand editing it would. */
function writeSessions(dir: string, sessions: unknown): void {
  const status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
  writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...status, sessions }));
}

/** The text analyze prints for `dir`, which must succeed. */
function analyzed(dir: string): string {
  const result = cfsim(['analyze', dir]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** A sweep of `seed` into WORK/NAME, run to completion by one command. */
function completeSweep(name: string, seed: number): string {
  const plan = join(work, `${name}.yaml`);
  writeFileSync(plan, killedSweepPlan(seed));
  const dir = join(work, name);
  const swept = cfsim(['sweep', plan, '--out', dir, '--threads', '1']);
  expect(swept.status, swept.stderr).toBe(0);
  return dir;
}

describe('analyze shows the sessions that wrote a sweep folder (since 0.43.0)', () => {
  it('a sweep killed outright and resumed: both sessions, the killed one with its lock\'s last heartbeat, in text; as recorded in --json and analysis.json', async () => {
    const { plan, dir, lock } = await killedSweep(work, 'killed', 4);
    // Its heartbeat, as one after its start leaves it.
    const beat = new Date();
    utimesSync(lock, beat, beat);
    const resumed = cfsim(['sweep', plan, '--out', dir, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const [first, second] = sessionsOf(dir);
    expect(first.lastHeartbeatAt).toBeTypeOf('string');
    const text = analyzed(dir);
    expect(text).toContain('Sessions (the commands that wrote this folder, from sweep.json):');
    const start = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
    expect(text).toContain(
      `  1. ${start(first.startedAt)} – killed (when is not known; it still ran at ${start(first.lastHeartbeatAt)}, its lock's last heartbeat), runs 0 → ${first.completed}: cfsim sweep ${plan} --out ${dir} --threads 1\n`,
    );
    expect(text).toContain(`  2. ${start(second.startedAt)} – ${start(second.endedAt)}, complete, runs ${first.completed} → 48: cfsim sweep ${plan} --out ${dir} --resume\n`);
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).sessions).toEqual([first, second]);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).sessions).toEqual([first, second]);
  });

  it('a sweep one command completed: no Sessions block (it says nothing new), though --json records the session', () => {
    const dir = completeSweep('whole', 7);
    expect(analyzed(dir)).not.toContain('Sessions');
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).sessions).toEqual(sessionsOf(dir));
  });

  it('sessions that are no list leave the block and the field out; sessions lacking fields show dashes there', () => {
    const dir = completeSweep('edited', 8);
    writeSessions(dir, 'edited');
    expect(analyzed(dir)).not.toContain('Sessions');
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8'))).not.toHaveProperty('sessions');
    writeSessions(dir, [{ status: 'killed' }, { status: 'complete', endedAt: null }]);
    const text = analyzed(dir);
    expect(text).toContain('  1. – – killed (when is not known), runs 0 → –: –\n');
    expect(text).toContain('  2. – – unfinished, complete, runs 0 → –: –\n');
  });

  it('times that are no ISO time (hand-edited) show as written, not as some date; an ISO time with another zone in UTC words (since 0.44.0)', () => {
    const dir = completeSweep('edited-times', 9);
    const sessions = [
      { status: 'killed', startedAt: '5', lastHeartbeatAt: 'hello 5', command: 'a' },
      { status: 'complete', startedAt: '2026-12-01T12:00:00+02:00', endedAt: '2026-12-01', command: 'b' },
    ];
    writeSessions(dir, sessions);
    const text = analyzed(dir);
    expect(text).toContain("  1. 5 – killed (when is not known; it still ran at hello 5, its lock's last heartbeat), runs 0 → –: a\n");
    expect(text).toContain('  2. 2026-12-01 10:00:00 UTC – 2026-12-01, complete, runs 0 → –: b\n');
  });

  it('a long command line is shortened in text, with an ellipsis saying how much is left out; --json keeps it whole (since 0.44.0)', () => {
    const dir = completeSweep('long-command', 10);
    const command = `cfsim sweep plan.yaml ${Array.from({ length: 60 }, (_, k) => `--reps ${k}`).join(' ')} --out ${dir} --resume`;
    writeSessions(dir, [{ status: 'killed', command }, { status: 'complete', command: 'b' }]);
    const text = analyzed(dir);
    expect(text).not.toContain(command);
    // Its start and end kept in whole words: the folder's path (longer than the 40 characters kept at least) with them.
    expect(text).toMatch(/ {2}1\. – – killed \(when is not known\), runs 0 → –: cfsim sweep plan\.yaml --reps 0 --reps 1 .* … \(\d+ characters left out\) … (\S+) --resume\n/);
    expect(/characters left out\) … (\S+) --resume\n/.exec(text)?.[1]).toBe(dir);
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).sessions[0].command).toBe(command);
  });
});
