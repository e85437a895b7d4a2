import { describe, expect, it } from 'vitest';
import { sessionsRow } from '../../../viz/report/html';
import type { Manifest, RunSession } from '../../../models/resultsManifest';

// The report's "Reproduce this report" table of a run continued by --resume lists each command
// that wrote its results (manifest sessions), where it showed only the first command, the last
// one's threads and a span of times that holds the pause between them.

const session = (over: Partial<RunSession>): RunSession => ({ cfsim: '0.35.0', command: 'cfsim run --reps 90 --out res', threads: 2, startedAt: '2026-12-01T10:00:00.000Z', endedAt: '2026-12-01T11:00:00.000Z', status: 'interrupted', completedRepsBefore: 0, completedReps: 40, ...over });
const manifest = (sessions?: readonly RunSession[]) => ({ ...(sessions ? { sessions } : {}) }) as unknown as Manifest;

describe('sessionsRow', () => {
  it('lists each session of a resumed run: command, times, status, replications before and after, threads', () => {
    const row = sessionsRow(manifest([session({}), session({ command: 'cfsim run --reps 90 --out res --resume', environment: { cwd: '/scratch/team', node: '22.1.0', platform: 'linux-x64' }, threads: 8, startedAt: '2026-12-02T09:00:00.000Z', endedAt: '2026-12-02T09:30:00.000Z', status: 'complete', completedRepsBefore: 40, completedReps: 90 })]));
    expect(row).toContain('<td>Sessions</td>');
    expect(row).toContain('Stopped and resumed (--resume) once; the results are those of the command above run uninterrupted.');
    expect(row).toContain('<li><code>cfsim run --reps 90 --out res</code>: 2026-12-01T10:00:00.000Z – 2026-12-01T11:00:00.000Z, interrupted, replications 0 → 40, threads 2, CFSim 0.35.0</li>');
    expect(row).toContain('<li><code>cfsim run --reps 90 --out res --resume</code>: 2026-12-02T09:00:00.000Z – 2026-12-02T09:30:00.000Z, complete, replications 40 → 90, threads 8, CFSim 0.35.0, in /scratch/team</li>');
  });

  it('says how many times, escapes what it shows, and shows a missing field as a dash', () => {
    const row = sessionsRow(manifest([session({}), session({ endedAt: null, status: 'running' }), { command: "cfsim run team<1>.yaml --resume" } as unknown as RunSession]));
    expect(row).toContain('resumed (--resume) 2 times');
    expect(row).toContain('<code>cfsim run team&lt;1&gt;.yaml --resume</code>: – – –, –, replications 0 → –, threads –, CFSim –');
  });

  it('says a killed session as killed, its end unknown, with the last heartbeat of its lock where recorded; one 0.41.0 left "running" before a later session is killed too', () => {
    const row = sessionsRow(
      manifest([
        session({ endedAt: null, status: 'killed', lastHeartbeatAt: '2026-12-01T10:40:12.000Z' }),
        session({ startedAt: '2026-12-02T09:00:00.000Z', endedAt: null, status: 'running', completedRepsBefore: 40, completedReps: 60 }),
        session({ startedAt: '2026-12-03T09:00:00.000Z', endedAt: null, status: 'running', completedRepsBefore: 60, completedReps: 70 }),
      ]),
    );
    expect(row).toContain(': 2026-12-01T10:00:00.000Z – killed (when is not known; it still ran at 2026-12-01T10:40:12.000Z, its lock&#39;s last heartbeat), replications 0 → 40, threads 2');
    expect(row).toContain(': 2026-12-02T09:00:00.000Z – killed (when is not known), replications 40 → 60, threads 2');
    // The last one says what its manifest says: a report is not made while it runs.
    expect(row).toContain(': 2026-12-03T09:00:00.000Z – unfinished, running, replications 60 → 70');
  });

  it('a run never resumed has no such row', () => {
    expect(sessionsRow(manifest())).toBe('');
    expect(sessionsRow(manifest([session({})]))).toBe('');
  });
});
