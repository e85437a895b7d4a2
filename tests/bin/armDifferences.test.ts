import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// compare --scenarios compares whole files: it lists how each arm's scenario differs from the
// first's, warns of an arm that differs outside its package (a drifted community, say), and judges
// every arm running the status-quo package against the calibrated ranges, whatever its label.

const { work, cfsim, file } = cliScratch('arm-differences');

const OURS = 'name: ours\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.5 }\n';
const HIRE = 'name: hire\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.5 }\npolicy: { staffing: { extraSeatShare: 0.17 } }\n';
const DRIFT = 'name: drift\npopulation: { seats: 12 }\ncommunity: { overdoseBurden: 1.2 }\npolicy: { staffing: { extraSeatShare: 0.17 } }\n';

describe('compare --scenarios: how the arms differ', () => {
  const files = () => [file('ours.yaml', OURS), file('hire.yaml', HIRE), file('drift.yaml', DRIFT)].join(',');

  it('lists each arm\'s differences from the first, warns of one that differs outside its package, and judges the status-quo arm by its levers', () => {
    const out = join(work, 'out');
    const r = cfsim('compare', '--scenarios', files(), '--reps', '4', '--days', '200', '--threads', '1', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '\nHow the arms differ from ours (their resolved scenarios, names and descriptions aside):\n' +
        '  hire:\n    policy.staffing.extraSeatShare: 0 → 0.17\n' +
        '  drift:\n    community.overdoseBurden: 1.5 → 1.2\n    policy.staffing.extraSeatShare: 0 → 0.17\n',
    );
    expect(r.stdout).toContain("\nWarning: drift differs from ours outside its package (community.overdoseBurden 1.5 → 1.2): its differences from ours are not its package's alone");
    expect(r.stdout).not.toContain('Warning: hire differs');
    // The file's arm is labelled "ours", and runs the status-quo package: it is judged, under its label.
    expect(r.stdout).toMatch(/\nWarning: ours's (turnover|ProQOL [a-z ]+) \([\d.]+%?( a year)?\) lies (above|below) /);
    expect(r.stdout).not.toMatch(/Warning: (hire|drift)'s/);
    // Scenario files list their differences, not the packages' levers.
    expect(r.stdout).not.toContain('What each package sets differently');
    // The section comes after the table and before the paired comparisons.
    expect(r.stdout.indexOf('How the arms differ')).toBeLessThan(r.stdout.indexOf('hire vs ours: paired differences'));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.basedOn).toEqual(['status-quo', 'status-quo', 'status-quo']);
  });

  it('keeps --json as it was: the document only', () => {
    const r = cfsim('compare', '--scenarios', files(), '--reps', '2', '--days', '30', '--threads', '1', '--json');
    expect(r.status, r.stderr).toBe(0);
    const document = JSON.parse(r.stdout);
    expect(Object.keys(document)).not.toContain('basedOn');
    expect(r.stdout).not.toContain('How the arms differ');
  });

  it('lists the packages\' levers instead of differences when comparing packages, and cuts a long list', () => {
    const packages = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1');
    expect(packages.status, packages.stderr).toBe(0);
    expect(packages.stdout).not.toContain('How the arms differ');
    // Packages list their levers instead, after the table and before the paired comparisons.
    const levers = packages.stdout.indexOf('\nWhat each package sets differently from status-quo (policy fields by lever group');
    expect(levers).toBeGreaterThan(packages.stdout.indexOf('Turnover per year'));
    expect(levers).toBeLessThan(packages.stdout.indexOf('opt-out-support vs status-quo: paired differences'));
    expect(packages.stdout).toContain('  opt-out-support: supervision (mode opt-in → opt-out, intervalDays 28 → 14, quality 0.6 → 0.7); debrief (mode none → ongoing); grief (leaveDays 0 → 2, checkIn false → true)\n');
    const far = file('far.yaml', 'name: far\nbase: { population: canada-first-responders }\n');
    const r = cfsim('compare', '--scenarios', `${file('ours2.yaml', OURS)},${far}`, '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\n {4}and \d+ more\ncfsim show FILE prints a file's whole resolved scenario, and manifest\.json \(with --out\) holds every arm's\.\n/);
    expect(r.stdout).toContain('Warning: far differs from ours outside its package (population.seats 12 → ');
  });
});
