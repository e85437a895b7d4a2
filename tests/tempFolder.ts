import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A new folder `PREFIXxxxxxxxx` in the system's temporary folder for the tests of the enclosing describe (or file),
 * removed after the last of them. It is made at once, at collection time: some files run the CLI into it there (a
 * compare whose results their tests read), which a folder made only before the tests found missing, or found there
 * already. A `-t` filter that runs none of those tests leaves it behind, as afterAll does not run then.
 */
export function tempFolder(prefix: string): string {
  const path = join(tmpdir(), `${prefix}${randomUUID().slice(0, 8)}`);
  mkdirSync(path);
  afterAll(() => rmSync(path, { recursive: true, force: true }));
  return path;
}
