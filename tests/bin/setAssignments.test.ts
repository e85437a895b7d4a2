import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A planner's `--set community.fatality=0.025` over two scenario files drove every number, and
// appeared only in the report's reproduce command.

const { work, cfsim, file } = cliScratch('set-assignments');

describe('--set on scenario files', () => {
  it('compare --scenarios names the assignments under the header, in the manifest and among the report\'s terms', () => {
    const current = file('current.yaml', 'name: current\npopulation: { seats: 12 }\n');
    const grief = file('grief.yaml', 'name: grief\npopulation: { seats: 12 }\npolicy: { grief: { leaveDays: 2 } }\n');
    const out = join(work, 'out');
    const r = cfsim('compare', '--scenarios', `${current},${grief}`, '--set', 'community.fatality=0.025', '--reps', '2', '--days', '30', '--threads', '1', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('Set by --set in every scenario (results are for the files so changed): community.fatality 0.025');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.set).toEqual([['community.fatality', 0.025], ['days', 30]]);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<dt>Set by --set</dt><dd>in every scenario (results are for the files so changed): community.fatality 0.025.</dd>');
  });

  it('run of a file with its own name says it too; without --set there is no line and no manifest field', () => {
    const mine = file('mine.yaml', 'name: mine\npopulation: { seats: 12 }\n');
    const r = cfsim('run', mine, '--set', 'population.seats=14', '--reps', '1', '--days', '10', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nSet by --set (results are for the scenario so changed): population.seats 14\n');
    const out = join(work, 'plain');
    const plain = cfsim('run', mine, '--reps', '1', '--threads', '1', '--out', out);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain('Set by --set');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).not.toHaveProperty('set');
  });
});
