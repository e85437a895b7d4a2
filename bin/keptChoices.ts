import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';
import { lockFolderAside } from './folderLock';
import { writeFileAtomically } from './outputFiles';

// What sweep.json keeps of an analysis a resume, a new sweep or a merge removed: the point
// `analyze --vs` chose (`vs`, bin/recordedBaseline.ts) and the resamples `analyze --bootstrap`
// chose (`bootstrap`, bin/recordedBootstrap.ts). Once analysis.json records them anew, sweep.json
// drops them, so that the folder records each choice in one place.

/** The fields of sweep.json that keep an analysis's choices. */
const KEPT = ['vs', 'bootstrap'] as const;

/**
 * Drops sweep.json's kept choices once `dir/analysis.json` records them anew (analyze and report
 * write it): kept, an old choice would come back if analysis.json were removed by hand after
 * `--vs 0` or `--bootstrap 1000`. Left as it is where another cfsim holds the folder or it cannot
 * be written: what analysis.json records comes first anyway. The lock a killed sweep left is put back as it was, for the
 * --resume that records that sweep's session.
 */
export function dropKeptChoices(dir: string): void {
  const file = join(dir, 'sweep.json');
  const holds = (status: unknown): status is Record<string, unknown> => typeof status === 'object' && status !== null && !Array.isArray(status) && KEPT.some((k) => k in status);
  const read = (): unknown => {
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (error instanceof SyntaxError) return undefined; // a file cut short: nothing kept
      throw error;
    }
  };
  if (!holds(read())) return;
  let release: (() => void) | undefined;
  try {
    release = lockFolderAside(dir, 'DIR', 'cfsim analyze');
    const status = read();
    if (!holds(status)) return;
    const rest = Object.fromEntries(Object.entries(status).filter(([key]) => !(KEPT as readonly string[]).includes(key)));
    writeFileAtomically(file, `${JSON.stringify(rest, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof InputError) && code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error;
  } finally {
    release?.();
  }
}

/**
 * What sweep.json is to keep of the choices where a resume or merge adds no run, so that
 * `dir/analysis.json` stays: analysis.json records them, so sweep.json keeps only what it held
 * already (nothing, once an analysis recorded its own: dropKeptChoices), not a second copy of
 * analysis.json's. Undefined where there is no analysis.json: the choices are then kept in
 * sweep.json as any resume or merge keeps them.
 */
export function keptBesideAnalysis(dir: string): Record<string, unknown> | undefined {
  if (!existsSync(join(dir, 'analysis.json'))) return undefined;
  let status: unknown;
  try {
    status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
  } catch {
    return {}; // no sweep.json, or one cut short: nothing kept
  }
  if (typeof status !== 'object' || status === null || Array.isArray(status)) return {};
  return Object.fromEntries(Object.entries(status).filter(([key]) => (KEPT as readonly string[]).includes(key)));
}
