import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../../bin/checkpointFile';
import { CHECKPOINT_FILE } from '../../bin/runResume';
import { failedRunResumable } from '../../bin/simulate';
import { tempFolder } from '../tempFolder';

// What a run whose worker failed adds to its message: the command that resumes it, only where its checkpoint can be read.
describe('failedRunResumable', () => {
  const work = tempFolder('failed-run-resumable');
  const argv = ['run', '--reps', '8', '--out', 'res'];
  const failed = (name: string) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ status: 'failed', completedReps: 4 }));
    return dir;
  };

  it('gives the command that resumes it, counting the replications its checkpoint holds', () => {
    const dir = failed('readable');
    writeCheckpoint(join(dir, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 4, files: {}, sha256: {} }, {});
    expect(failedRunResumable(dir, 8, argv)).toBe(`; ${join(dir, 'manifest.json')} says "failed" after 4 of 8 replications; to run the other 4, resume it: cfsim run --reps 8 --out res --resume`);
  });

  it('counts from the checkpoint where it holds fewer than the manifest says finished', () => {
    const dir = failed('fewer');
    writeCheckpoint(join(dir, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 2, files: {}, sha256: {} }, {});
    expect(failedRunResumable(dir, 8, argv)).toBe(`; ${join(dir, 'manifest.json')} says "failed" after 4 of 8 replications, and its checkpoint.bin, which a resume continues from, holds 2; to run the other 6, resume it: cfsim run --reps 8 --out res --resume`);
  });

  it('gives none where checkpoint.bin is no checkpoint (a folder of that name, or a file that is not one)', () => {
    const folder = failed('folder');
    mkdirSync(join(folder, CHECKPOINT_FILE));
    expect(failedRunResumable(folder, 8, argv)).toBe('');
    const other = failed('other');
    writeFileSync(join(other, CHECKPOINT_FILE), 'not a checkpoint');
    expect(failedRunResumable(other, 8, argv)).toBe('');
  });
});
