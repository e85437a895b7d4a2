import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run odd-figures` itself takes minutes and is not run here: these check that what the ODD cites can be run.
const odd = readFileSync('docs/ODD.md', 'utf8');
const section = odd.split('**Effects that run against intuition**')[1].split('\n**Adaptation.**')[0];
const flatSection = section.replace(/\s+/g, ' ');
const script = readFileSync('bench/oddFigures.ts', 'utf8');
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const plans = readdirSync('bench/oddFigures')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `bench/oddFigures/${f}`);

describe('docs/ODD.md §4 "Effects that run against intuition"', () => {
  it('quotes the npm command that regenerates its figures, which runs bench/oddFigures.ts as built', () => {
    const commands = [...section.matchAll(/`npm run ([\w:-]+)`/g)].map((m) => m[1]);
    expect(commands).toEqual(['odd-figures']);
    expect(scripts['odd-figures']).toBe('npm run build && node dist/oddFigures.js');
    expect(readFileSync('build.mjs', 'utf8')).toContain("oddFigures: 'bench/oddFigures.ts'");
  });

  it('quotes the single runs as the script runs them', () => {
    const run = script.match(/const RUN = '([^']+)'/)?.[1];
    expect(run).toBeDefined();
    expect(flatSection).toContain(`cfsim ${run}`);
  });

  it('names the Morris plans the script runs, each a file in bench/oddFigures', () => {
    const quoted = [...new Set([...section.matchAll(/bench\/oddFigures\/[\w-]+\.yaml/g)].map((m) => m[0]))].sort();
    const run = [...new Set([...script.matchAll(/\/([\w-]+\.yaml)`/g)].map((m) => `bench/oddFigures/${m[1]}`))].sort();
    expect(plans.length).toBeGreaterThan(0);
    expect(quoted).toEqual(plans);
    expect(run).toEqual(plans);
  });

  it.each(plans)('%s is a Morris plan that cfsim validate accepts without a warning', (plan) => {
    const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), 'validate', plan], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('valid sweep plan');
    // validate prints the plan's warnings with its verdict, on stdout; stderr may carry Node's own.
    expect(r.stdout).not.toContain('Warning:');
    expect(r.stdout).toContain('(morris design:');
  });
});
