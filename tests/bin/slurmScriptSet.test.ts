import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `cfsim sweep --emit slurm` over the scripts of an earlier emit: one cut short (here by a failure injected into the
// write of one script) must not leave a mix of the two sets, which sbatch would run together.

/** The file whose write fails (its path ends with this), or undefined. */
const failing = vi.hoisted(() => ({ suffix: undefined as string | undefined }));
vi.mock('../../bin/outputFiles', async (original) => {
  const actual = await original<typeof import('../../bin/outputFiles')>();
  return {
    ...actual,
    writeFileAtomically: (path: string, ...rest: Parameters<typeof actual.writeFileAtomically> extends [string, ...infer R] ? R : never) => {
      if (failing.suffix !== undefined && path.endsWith(failing.suffix)) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      return actual.writeFileAtomically(path, ...rest);
    },
  };
});
const { writeSlurmScripts } = await import('../../bin/slurm');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cfsim-slurm-set-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The emit's command, as the CLI records it (quoted where the shell needs it), which the refusals name to run again. */
const command = (shards: number) => `cfsim sweep 'plan $1.yaml' --out study --emit slurm --shards ${shards}`;
const emit = (out: string, shards: number) => writeSlurmScripts({ planText: `{"name":"p${shards}"}\n`, out, shards, threads: 1, name: 'p', emittedBy: { command: command(shards), cwd: work } });

/** Runs `script` of `out`'s set with a Node.js that does nothing (echo): its exit status and stderr. */
function ran(out: string, script: string) {
  const r = spawnSync('bash', [join(out, 'slurm', script)], { encoding: 'utf8', env: { ...process.env, CFSIM_NODE: '/bin/echo', SLURM_ARRAY_TASK_ID: '0', PATH: `${join(work, 'no-sbatch')}:${process.env.PATH}` } });
  return { status: r.status, stderr: r.stderr };
}

describe('--emit slurm over an earlier set of scripts', () => {
  it('an emit cut short leaves no script of the earlier set beside the new ones, and those it wrote refuse to run, saying the set is incomplete; emitted again, they run', () => {
    const out = join(work, 'study');
    emit(out, 2);
    expect(readFileSync(join(out, 'slurm', 'merge.sbatch'), 'utf8')).toContain('i < 2;');
    failing.suffix = 'merge.sbatch';
    expect(() => emit(out, 3)).toThrow(/ENOSPC/);
    failing.suffix = undefined;
    // The new array script (3 shards) is there; the earlier merge job (2 shards) is not, or refuses as the new ones do.
    expect(readFileSync(join(out, 'slurm', 'array.sbatch'), 'utf8')).toContain('#SBATCH --array=0-2');
    for (const script of ['array.sbatch', 'merge.sbatch', 'submit.sh']) {
      if (!existsSync(join(out, 'slurm', script))) continue;
      const r = ran(out, script);
      expect(r.status, script).toBe(1);
      expect(r.stderr, script).toBe(
        `cfsim: the Slurm scripts in ${join(out, 'slurm')} are incomplete (cfsim sweep --emit slurm was cut short while writing them; ${join(out, 'slurm', 'INCOMPLETE')} names that command): run it again to write them whole, then submit them\n`,
      );
      expect(readFileSync(join(out, 'slurm', 'INCOMPLETE'), 'utf8').endsWith(`by this command; run it again to write them whole, then submit them: ${command(3)}\n(run in ${work})\n`)).toBe(true);
    }
    emit(out, 3);
    expect(existsSync(join(out, 'slurm', 'INCOMPLETE'))).toBe(false);
    expect(readFileSync(join(out, 'slurm', 'merge.sbatch'), 'utf8')).toContain('i < 3;');
    const array = ran(out, 'array.sbatch');
    expect(array.status, array.stderr).toBe(0);
  });
});
