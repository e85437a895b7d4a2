import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointNotSaved } from '../../bin/checkpointNotSaved';
import { tempFolder } from '../tempFolder';

// A stop whose checkpoint could not be written: what it says is kept, and what can still be done with it.
describe('CheckpointNotSaved', () => {
  const dir = tempFolder('checkpoint-not-saved');
  const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC', syscall: 'write', path: join(dir, 'checkpoint.bin.partial') });

  it('offers cfsim report only where manifest.json says "failed": one that could not be written either (a full disk) still says "running", which report refuses', () => {
    const said = new CheckpointNotSaved({ dir, signal: 'SIGINT', completedReps: 3, reps: 8, manifestWritten: true }, full).message;
    expect(said).toContain(`the 3 finished replications' files are kept (${join(dir, 'manifest.json')} says "failed"; cfsim report ${dir} makes a report of them), but without`);
    const unsaid = new CheckpointNotSaved({ dir, signal: 'SIGINT', completedReps: 3, reps: 8, manifestWritten: false }, full).message;
    expect(unsaid).not.toContain('makes a report');
    expect(unsaid).toContain(`the 3 finished replications' rows are in its files, but ${join(dir, 'manifest.json')} could not say so either (it still says "running"), so cfsim report cannot read them; without`);
  });
});
