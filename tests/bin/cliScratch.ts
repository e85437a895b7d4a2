import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempFolder } from '../tempFolder';

/**
 * For a test file of the built CLI (dist/cfsim.js, built by npm test): a scratch folder, removed
 * after the file's tests; `cfsim(...args)`, run to its end; `ok(...args)`, the same where it must
 * exit 0 (its stderr shown where it does not); `file(name, body)`, which writes a file into the
 * folder and returns its path; `planFile(name, text)`, a plan written as NAME.yaml; and
 * `swept(name, text, ...flags)`, that plan swept into the folder NAME, which must finish.
 */
export function cliScratch(name: string) {
  const work = tempFolder(`cfsim-${name}-`);
  const cfsim = (...args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const ok = (...args: string[]) => {
    const r = cfsim(...args);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };
  const file = (fileName: string, body: string) => {
    const path = join(work, fileName);
    writeFileSync(path, body);
    return path;
  };
  const planFile = (planName: string, text: string) => file(`${planName}.yaml`, text);
  const swept = (sweepName: string, text: string, ...flags: string[]) => {
    const dir = join(work, sweepName);
    ok('sweep', planFile(sweepName, text), '--out', dir, ...flags);
    return dir;
  };
  return { work, cfsim, ok, file, planFile, swept };
}

/** A JSON file of a results folder, read back. */
export const jsonIn = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;

/** Leaves the sweep in `dir` as if stopped after its first `rows` runs. */
export function interruptSweep(dir: string, rows: number): void {
  const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, rows + 1).join('\n')}\n`);
  writeFileSync(join(dir, 'sweep.json'), readFileSync(join(dir, 'sweep.json'), 'utf8').replace('"complete"', '"interrupted"'));
}
