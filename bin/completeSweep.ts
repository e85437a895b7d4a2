import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';
import { readSweepStatus } from './sweep';

/** Whether the sweep.json of `dir` says its sweep is complete (one that cannot be read says nothing: false). */
export function holdsCompleteSweep(dir: string): boolean {
  const path = join(dir, 'sweep.json');
  try {
    return existsSync(path) && readSweepStatus(path).status === 'complete';
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}
