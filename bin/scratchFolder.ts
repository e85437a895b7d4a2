import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './folderLock';

// `run --report` without `--out` simulates into a scratch results folder and removes it when it
// ends. A run killed outright (SIGKILL, a power cut) cannot, so each scratch folder names the
// process that owns it, and the next one removes those whose owner is gone.

const PREFIX = 'cfsim-';
const OWNER = 'owner.pid';

/** A new scratch folder in the system's temporary folder, owned by this process (abandoned ones are removed first). */
export function createScratchFolder(root = tmpdir()): string {
  removeAbandonedScratchFolders(root);
  const dir = mkdtempSync(join(root, PREFIX));
  writeFileSync(join(dir, OWNER), String(process.pid));
  return dir;
}

/** Removes the scratch folders whose owner process no longer runs; any other folder is left alone. */
export function removeAbandonedScratchFolders(root = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(root, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER), 'utf8'));
    } catch {
      continue; // not a scratch folder of ours (or not yet marked)
    }
    if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) rmSync(dir, { recursive: true, force: true });
  }
}
