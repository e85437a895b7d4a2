import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** A small grid plan of seed `seed`, which one thread sweeps in a few seconds. */
export const killedSweepPlan = (seed: number) => `name: heartbeat
base: { population: ct-harm-reduction }
set: { days: 120 }
parameters:
  community.stigma: { min: 0.1, max: 0.9 }
design: grid
levels: 12
reps: 4
seed: ${seed}
metrics: [proqolSTS]
`;

/** The plan of seed `seed` written to WORK/NAME.yaml and swept into WORK/NAME, killed (SIGKILL) once runs.csv holds a few runs: the plan, the folder and its lock. */
export async function killedSweep(work: string, name: string, seed: number): Promise<{ plan: string; dir: string; lock: string }> {
  const plan = join(work, `${name}.yaml`);
  writeFileSync(plan, killedSweepPlan(seed));
  const dir = join(work, name);
  const child = spawn(process.execPath, ['dist/cfsim.js', 'sweep', plan, '--out', dir, '--threads', '1'], { stdio: 'ignore' });
  const runs = join(dir, 'runs.csv');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(existsSync(runs) && readFileSync(runs, 'utf8').split('\n').length > 4)) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).status).toBe('running');
  return { plan, dir, lock: join(dir, '.cfsim-lock') };
}
