import type { HostEnvironment } from '../models/resultsManifest';
import { COMMIT } from './version';

/** This process's environment, as a results folder records it. */
export function hostEnvironment(): HostEnvironment {
  return { cwd: process.cwd(), node: process.versions.node, platform: `${process.platform}-${process.arch}`, ...(COMMIT ? { commit: COMMIT } : {}) };
}
