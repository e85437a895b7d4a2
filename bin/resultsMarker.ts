import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { InputIssue } from '../sim/params/issues';

/** The files that mark a folder as holding a run's or a sweep's results (or a command writing them). */
const MARKERS = ['manifest.json', 'sweep.json', 'runs.csv', 'plan.json', '.cfsim-lock'] as const;

/** The first file marking `dir` as a results folder, or undefined if it is not one. */
export function resultsMarker(dir: string): string | undefined {
  return MARKERS.find((name) => existsSync(join(dir, name)));
}

/**
 * The problem with writing a report into `folder` when it, or the folder holding it (as a
 * results folder holds `figures/`), holds results other than `own` (the results the report
 * describes, if they have a folder yet): the report would sit beside results it does not
 * describe, or replace theirs.
 */
export function otherResultsIssue(flag: string, value: string, folder: string, own: string | undefined): InputIssue | undefined {
  for (const dir of [folder, dirname(folder)]) {
    if (own !== undefined && resolve(own) === resolve(dir)) return undefined;
    const marker = resultsMarker(dir);
    if (marker === undefined) continue;
    return {
      path: flag,
      value,
      message: `${dir} holds other results (${marker}), which this report does not describe; write it elsewhere${flag === '--report' ? `, or give --out ${dir} to replace those results` : ''}`,
    };
  }
  return undefined;
}
