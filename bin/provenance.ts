import type { HostEnvironment } from '../models/resultsManifest';

/** This process's environment, as a results folder records it. */
export function hostEnvironment(): HostEnvironment {
  return { cwd: process.cwd(), node: process.versions.node, platform: `${process.platform}-${process.arch}` };
}
