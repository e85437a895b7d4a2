import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The packages the scenario files build on, in turn. */
const BASES = ['status-quo', 'opt-out-support', 'mandatory-debrief', 'multi-level'];

/** Runs the built CLI, expecting it to succeed. */
export function cfsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return r;
}

/** A small team's scenario file in `dir` for each of `names`, each building on the next of BASES: their paths, in order. */
export function namedScenarioFiles(dir: string, names: readonly string[]): string[] {
  return names.map((name, k) => {
    const file = join(dir, `arm${k}.yaml`);
    writeFileSync(file, `name: ${JSON.stringify(name)}\nbase: { policy: ${BASES[k % BASES.length]} }\npopulation: { seats: 12 }\n`);
    return file;
  });
}
