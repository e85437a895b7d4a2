import { readFileSync, readlinkSync } from 'node:fs';

/**
 * Where this process's id means this process: the boot of the machine (Linux's boot_id, new at every boot) and its pid
 * namespace (each container with its own has one), as "BOOT_ID pid:[INODE]"; undefined where the platform does not say
 * them (not Linux, or /proc not mounted). A hostname alone does not tell this: containers share their host's name (on
 * clusters, Apptainer always, Docker with --uts=host), and a machine rebooted gives a lock's pid to another process.
 */
export function processSpace(): string | undefined {
  if (known === null) known = readSpace();
  return known;
}

let known: string | undefined | null = null;

function readSpace(): string | undefined {
  try {
    return `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()} ${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return undefined;
  }
}
