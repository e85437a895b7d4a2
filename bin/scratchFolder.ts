import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './folderLock';
import { processSpace } from './processSpace';

// `run --report` without `--out` simulates into a scratch results folder and removes it when it
// ends. A run killed outright (SIGKILL, a power cut) cannot, so each scratch folder names the
// process that owns it, and the next one removes those whose owner is gone. A pid is looked up only
// where it means that process: on its host (a TMPDIR on a cluster's shared file system is seen from
// other nodes) and, where both say it, in its boot and pid namespace (a container sharing /tmp), as
// a folder lock's (since 0.40.0 the owner is {"pid","host","processSpace"}; before, a bare pid, judged as then).

const PREFIX = 'cfsim-';
const OWNER = 'owner.pid';

/** A new scratch folder in the system's temporary folder, owned by this process (abandoned ones are removed first). */
export function createScratchFolder(root = tmpdir()): string {
  removeAbandonedScratchFolders(root);
  const dir = mkdtempSync(join(root, PREFIX));
  const space = processSpace();
  writeFileSync(join(dir, OWNER), JSON.stringify({ pid: process.pid, host: hostname(), ...(space === undefined ? {} : { processSpace: space }) }));
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
    let owner: number | undefined;
    try {
      owner = ownerHere(readFileSync(join(dir, OWNER), 'utf8'));
    } catch {
      continue; // not a scratch folder of ours (or not yet marked)
    }
    if (owner !== undefined && !processAlive(owner)) rmSync(dir, { recursive: true, force: true });
  }
}

/** The owner's pid, where it can be looked up here (this host, and this boot and pid namespace where both say it); else undefined. */
function ownerHere(text: string): number | undefined {
  const bare = Number(text);
  if (Number.isInteger(bare)) return bare > 0 ? bare : undefined; // before 0.40.0: a pid of this host, as then
  let owner: { pid?: unknown; host?: unknown; processSpace?: unknown };
  try {
    owner = JSON.parse(text) as typeof owner;
  } catch {
    return undefined;
  }
  if (typeof owner !== 'object' || owner === null || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid) || owner.pid <= 0) return undefined;
  if (owner.host !== hostname()) return undefined;
  const here = processSpace();
  return owner.processSpace === undefined || here === undefined || owner.processSpace === here ? owner.pid : undefined;
}
