import { relative } from 'node:path';

/** A path as a command cfsim offers names it (bin/recordedSweepPlan.ts): from the current folder where that is shorter, else whole. */
export function shownFromHere(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere !== '' && fromHere.length < path.length ? fromHere : path;
}
