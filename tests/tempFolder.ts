import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * The path of a new folder `PREFIXxxxxxxxx` in the system's temporary folder for the tests of the enclosing describe (or
 * file): created before the first of them runs and removed after the last. Both hooks run only where some of those tests
 * run, so a folder is never made and left behind when `-t` filters them all out (as mkdtempSync at collection time was).
 * Named now, so the path can be used at collection time; nothing may be written there before the tests run.
 */
export function tempFolder(prefix: string): string {
  const path = join(tmpdir(), `${prefix}${randomUUID().slice(0, 8)}`);
  beforeAll(() => mkdirSync(path));
  afterAll(() => rmSync(path, { recursive: true, force: true }));
  return path;
}

/**
 * Writes `body` to `path`, a file in a tempFolder: at once inside a test or hook, and, named at collection time (the
 * folder not made yet), before the tests of the enclosing describe (or file) run.
 */
export function writeBeforeTests(path: string, body: string): void {
  if (existsSync(dirname(path))) writeFileSync(path, body);
  else beforeAll(() => writeFileSync(path, body));
}
