import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// compare --policies A,B --levers puts, between A and B, one arm per lever group of B: A with that
// group set as B sets it. A planner quoted opt-out-support's turnover effect for pre-booked
// supervision; this shows what each group does alone, on the same futures.

const { cfsim } = cliScratch('levers');

type Metric = { mean: number; p05: number; p95: number };
type Document = { policies: { policy: string; metrics: Record<string, Metric> }[]; differences: { policy: string; vs: string; metrics: Record<string, Metric> }[] };

const json = (...args: string[]): Document => {
  const r = cfsim('compare', ...args, '--reps', '3', '--days', '60', '--threads', '1', '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('compare --levers', () => {
  it('runs the baseline, the baseline with each lever group of the package, then the package, all on the same futures', () => {
    const levers = json('--policies', 'status-quo,opt-out-support', '--levers');
    expect(levers.policies.map((p) => p.policy)).toEqual(['status-quo', 'opt-out-support:supervision', 'opt-out-support:debrief', 'opt-out-support:grief', 'opt-out-support']);
    expect(levers.differences.map((d) => [d.policy, d.vs])).toEqual(levers.policies.slice(1).map((p) => [p.policy, 'status-quo']));
    // The two packages are exactly those of a comparison without --levers.
    const plain = json('--policies', 'status-quo,opt-out-support');
    expect(levers.policies[0]).toEqual(plain.policies[0]);
    expect(levers.policies[4]).toEqual(plain.policies[1]);
    // Each arm moves what its group moves, and nothing of another group's: sessions kept only with
    // pre-booked supervision (and a few with the grief protocol's check-ins), grief leave only with the grief
    // protocol, processing's cost only with ongoing debriefs.
    const byArm = Object.fromEntries(levers.policies.map((p) => [p.policy, p.metrics]));
    const base = byArm['status-quo'];
    expect(byArm['opt-out-support:supervision'].supportUptake.mean).toBeGreaterThan(base.supportUptake.mean + 0.3);
    expect(byArm['opt-out-support:debrief'].supportUptake).toEqual(base.supportUptake);
    expect(byArm['opt-out-support:grief'].leaveDaysPerWorkerYear.mean).toBeGreaterThan(base.leaveDaysPerWorkerYear.mean + 5);
    expect(byArm['opt-out-support:supervision'].leaveDaysPerWorkerYear.mean).toBeLessThan(base.leaveDaysPerWorkerYear.mean + 1);
    expect(byArm['opt-out-support:debrief'].programmeCostPerWorkerYear.mean).toBeGreaterThan(0);
    expect(byArm['opt-out-support:supervision'].programmeCostPerWorkerYear).toEqual(base.programmeCostPerWorkerYear);
    expect(byArm['opt-out-support:grief'].programmeCostPerWorkerYear).toEqual(base.programmeCostPerWorkerYear);
  });

  it('says what each arm adds in the readable output', () => {
    const r = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--levers', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('\n  opt-out-support:supervision: supervision (mode opt-in → opt-out, intervalDays 28 → 14, quality 0.6 → 0.7)\n  opt-out-support:debrief: debrief (mode none → ongoing)\n  opt-out-support:grief: grief (leaveDays 0 → 2, checkIn false → true)\n');
    expect(r.stdout).toContain('Each arm between status-quo and opt-out-support is status-quo with one lever group set as opt-out-support sets it (--levers; labelled opt-out-support:group); opt-out-support sets them all.');
    expect(r.stdout).not.toContain('compare --policies A,B --levers adds');
    expect(r.stdout).toContain('opt-out-support:grief vs status-quo: paired differences over the same 2 simulated futures, read as above');
  });

  it('refuses other than two packages, a package of one lever group, and scenario files, naming --levers', () => {
    const three = cfsim('compare', '--policies', 'status-quo,opt-out-support,multi-level', '--levers');
    expect(three.status).toBe(2);
    expect(three.stderr).toContain('--levers: takes exactly two packages, --policies A,B (A the baseline, B the package whose lever groups are added to A one at a time), and --policies names 3');
    const one = cfsim('compare', '--policies', 'status-quo,mandatory-debrief', '--levers');
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('--levers: mandatory-debrief sets one lever group (debrief) differently from status-quo, so there is nothing to take one at a time: compare the two packages without --levers');
    const files = cfsim('compare', '--scenarios', 'ma-outreach,ct-harm-reduction', '--levers');
    expect(files.status).toBe(2);
    expect(files.stderr).toContain('--levers: applies to two packages (--policies A,B');
    const run = cfsim('run', '--levers');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --levers');
  });
});
