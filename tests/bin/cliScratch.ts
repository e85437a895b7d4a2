import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * For a test file of the built CLI (dist/cfsim.js, built by npm test): a scratch folder, removed
 * after the file's tests; `cfsim(...args)`, run to its end; and `file(name, body)`, which writes a
 * file into the folder and returns its path.
 */
export function cliScratch(name: string) {
  const work = mkdtempSync(join(tmpdir(), `cfsim-${name}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cfsim = (...args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const file = (fileName: string, body: string) => {
    const path = join(work, fileName);
    writeFileSync(path, body);
    return path;
  };
  return { work, cfsim, file };
}
