import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder';

// `cfsim analyze a.yaml`: a plan file given where the sweep's folder goes.

const CFSIM = fileURLToPath(new URL('../../dist/cfsim.js', import.meta.url));
const work = tempFolder('cfsim-plan-as-folder-');
const cfsim = (...args: string[]) => spawnSync(process.execPath, [CFSIM, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });

describe('analyze given a plan file where the sweep folder goes', () => {
  it('says it is a plan and names the sweep that writes the folder (was: a.yaml is a file, not a sweep folder)', () => {
    writeFileSync(join(work, 'a.yaml'), 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n');
    writeFileSync(join(work, 'my plan.yaml'), 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n');
    const r = cfsim('analyze', 'a.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('DIR: a.yaml is a sweep plan file, not a sweep folder; sweep it first, cfsim sweep a.yaml --out DIR, then cfsim analyze DIR');
    expect(cfsim('analyze', 'my plan.yaml').stderr).toContain("cfsim sweep 'my plan.yaml' --out DIR");
  });

  it('says of a file that is no plan only that it is no sweep folder', () => {
    writeFileSync(join(work, 'team.yaml'), 'population: nurses\n');
    expect(cfsim('analyze', 'team.yaml').stderr).toContain('DIR: team.yaml is a file, not a sweep folder\n');
  });
});
