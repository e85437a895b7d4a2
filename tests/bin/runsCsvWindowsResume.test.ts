import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../tempFolder';

const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('a sweep whose runs.csv was saved on Windows (CRLF, a byte-order mark) and then cut in its last row', () => {
  const work = tempFolder('cfsim-windows-runs-');

  it('is refused by analyze as missing one run, resumed from that run, and then analysed as the sweep cfsim wrote', () => {
    const plan = join(work, 'plan.yaml');
    writeFileSync(plan, 'base: { population: ct-harm-reduction }\nset: { days: 30 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nseed: 1\nmetrics: [proqolSTS]\n');
    const dir = join(work, 'sweep');
    expect(cfsim(['sweep', plan, '--out', dir, '--threads', '1']).status).toBe(0);
    const whole = cfsim(['analyze', dir, '--json']);
    expect(whole.status, whole.stderr).toBe(0);
    const runs = join(dir, 'runs.csv');
    const written = readFileSync(runs, 'utf8');
    const lines = written.split('\n').slice(0, -1);
    const last = lines.pop()!;
    writeFileSync(runs, `\uFEFF${lines.join('\r\n')}\r\n${last.slice(0, Math.floor(last.length / 2))}`);

    const torn = cfsim(['analyze', dir]);
    expect(torn.status).toBe(2);
    expect(torn.stderr).toContain(`says the sweep is complete, but 1 of its 6 runs is missing from ${runs} (first: run 5)`);

    const resumed = cfsim(['sweep', plan, '--out', dir, '--resume', '--threads', '1']);
    expect(resumed.status, resumed.stderr).toBe(0);
    // The torn half row is gone (cut at its byte offset, the mark counted as three bytes), and the run it held is there once, as first written.
    const after = readFileSync(runs, 'utf8');
    expect(after.startsWith(`\uFEFF${lines.join('\r\n')}\r\n`)).toBe(true);
    expect(after.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(written);
    const again = cfsim(['analyze', dir, '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).points).toEqual(JSON.parse(whole.stdout).points);
  });
});
