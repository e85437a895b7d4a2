import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// Resuming a sweep built on a scenario file: the runs use the file's content, which plan.json
// holds, so the name the plan gives the file is not what makes it the same plan.

const { work, cfsim, file } = cliScratch('sweep-resume-file');
const TEAM = 'name: t\nbase: { population: ct-harm-reduction }\npopulation: { seats: 6 }\ndays: 60\n';
const plan = (name: string, base: string) => file(name, `name: p\nbase: ${base}\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: lhs\npoints: 3\nreps: 2\nmetrics: [proqolSTS]\n`);

describe('sweep --resume on a scenario file', () => {
  it('goes on when the plan spells the same file another way (./team.yaml, team.yaml), under the name it began with', () => {
    file('team.yaml', TEAM);
    const out = join(work, 'out');
    const first = cfsim('sweep', plan('dotted.yaml', './team.yaml'), '--out', out);
    expect(first.status, first.stderr).toBe(0);
    const stored = readFileSync(join(out, 'plan.json'), 'utf8');
    const again = cfsim('sweep', plan('plain.yaml', 'team.yaml'), '--out', out, '--resume');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('6 of 6 runs done');
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).toBe(stored);
  });

  it('still refuses a file whose content changed, naming what differs', () => {
    file('team2.yaml', TEAM);
    const out = join(work, 'changed');
    expect(cfsim('sweep', plan('first.yaml', 'team2.yaml'), '--out', out).status).toBe(0);
    file('team2.yaml', TEAM.replace('seats: 6', 'seats: 7'));
    const again = cfsim('sweep', plan('first.yaml', 'team2.yaml'), '--out', out, '--resume');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('base.scenario.population.seats: 6 in');
  });

  it('merges shards whose plans name the same file otherwise, and merges them again', () => {
    file('team3.yaml', TEAM);
    const [s0, s1, merged] = ['s0', 's1', 'merged'].map((d) => join(work, d));
    expect(cfsim('sweep', plan('a.yaml', './team3.yaml'), '--out', s0, '--shard', '0/2').status).toBe(0);
    expect(cfsim('sweep', plan('b.yaml', 'team3.yaml'), '--out', s1, '--shard', '1/2').status).toBe(0);
    const first = cfsim('merge', merged, s0, s1);
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(join(merged, 'runs.csv'), 'utf8').trim().split('\n')).toHaveLength(7);
    expect(readFileSync(join(merged, 'plan.json'), 'utf8')).toBe(readFileSync(join(s0, 'plan.json'), 'utf8'));
    const again = cfsim('merge', merged, s1, s0);
    expect(again.status, again.stderr).toBe(0);
    // The name the merged folder began with stays, whichever shard is named first.
    expect(readFileSync(join(merged, 'plan.json'), 'utf8')).toBe(readFileSync(join(s0, 'plan.json'), 'utf8'));
  });
});
