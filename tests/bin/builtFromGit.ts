import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the build could read the commit it was made from, as build.mjs decides it: git reads
 * this checkout as a repository of its own. Where it cannot (a tarball, another user's checkout),
 * results folders record no commit, and the tests expect none.
 */
function builtFromGit(): boolean {
  const root = realpathSync(fileURLToPath(new URL('../..', import.meta.url)));
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  return top.status === 0 && realpathSync(top.stdout.trim()) === root;
}

export const BUILT_FROM_GIT = builtFromGit();
