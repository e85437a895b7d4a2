import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder';
import { killedSweep, killedSweepPlan } from './killedSweep';

// A sweep killed outright, resumed: its lock names its session (its command line), so the resume records when that session
// last ran (lastHeartbeatAt), as a run's does; a resume refused meanwhile leaves that lock for the next one.

const work = tempFolder('cfsim-sweep-heartbeat-');

function cfsim(args: string[]) {
  return spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('sweep --resume of a sweep killed outright (since 0.43.0)', () => {
  it('records the killed session as killed with the heartbeat of the lock it left, after a resume refused meanwhile; the report says it', async () => {
    const { plan, dir, lock } = await killedSweep(work, 'killed', 4);
    expect(JSON.parse(readFileSync(lock, 'utf8')).command).toBe(`cfsim sweep ${plan} --out ${dir} --threads 1`);
    // Its heartbeat, as one after its start leaves it (it was killed before its first, half a minute in).
    const beat = new Date();
    utimesSync(lock, beat, beat);
    const left = readFileSync(lock, 'utf8');
    // Another plan: refused under the lock, which the refusal puts back as it was.
    const other = join(work, 'other.yaml');
    writeFileSync(other, killedSweepPlan(5));
    const refused = cfsim(['sweep', other, '--out', dir, '--resume']);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('differs from this plan');
    expect(readFileSync(lock, 'utf8')).toBe(left);
    const resumed = cfsim(['sweep', plan, '--out', dir, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const [first, second] = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).sessions as { status: string; endedAt: string | null; lastHeartbeatAt?: string; startedAt: string }[];
    expect([first.status, first.endedAt, second.status]).toEqual(['killed', null, 'complete']);
    // (Within a millisecond: utimes takes seconds as a float.)
    expect(Math.abs(Date.parse(first.lastHeartbeatAt!) - beat.getTime())).toBeLessThanOrEqual(1);
    expect(second).not.toHaveProperty('lastHeartbeatAt');
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain(`${first.startedAt} – killed (when is not known; it still ran at ${first.lastHeartbeatAt}, its lock&#39;s last heartbeat)`);
  });

  it('records no heartbeat from a lock that does not name the session (as sweeps before 0.43.0 left them)', async () => {
    const { plan, dir, lock } = await killedSweep(work, 'older-lock', 6);
    writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, 'utf8')), command: 'cfsim sweep' }));
    const resumed = cfsim(['sweep', plan, '--out', dir, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const [first] = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).sessions as Record<string, unknown>[];
    expect(first.status).toBe('killed');
    expect(first).not.toHaveProperty('lastHeartbeatAt');
  });
});
