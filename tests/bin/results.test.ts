import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckpoint, writeCheckpoint } from '../../bin/checkpointFile';
import { LOCK_FILE, lockFolder } from '../../bin/folderLock';
import { earlierResultsIssue, ResultsFolder } from '../../bin/results';
import { CHECKPOINT_FILE } from '../../bin/runResume';
import { ExperimentAggregator } from '../../models/experimentAggregator';
import { InputError } from '../../sim/params/issues';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-results-');

let folders = 0;
function folderWith(manifest: Record<string, unknown>): string {
  const dir = join(work, `f${folders++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ cfsim: '0.0.0', ...manifest }));
  return dir;
}

describe('an earlier run’s complete results', () => {
  it('are named, with the run that wrote them, as what a run into the folder would replace', () => {
    const dir = folderWith({ status: 'complete', command: 'cfsim compare --reps 60', completedReps: 60, endedAt: '2026-12-03T10:00:00.000Z' });
    expect(earlierResultsIssue(dir)).toEqual({
      path: '--out',
      value: dir,
      message: `${dir} holds the complete results of an earlier run (cfsim compare --reps 60, 60 replications, ended 2026-12-03T10:00:00.000Z), which this run would replace; write to another folder, or give --replace to replace them`,
    });
    expect(earlierResultsIssue(folderWith({ status: 'complete', completedReps: 1 }))?.message).toContain('an earlier run (1 replication), which');
  });

  it.each(['interrupted', 'failed'])('include the finished replications of a run %s after some, which cfsim report reads; not one that finished none', (status) => {
    const dir = folderWith({ status, command: 'cfsim run --reps 60', completedReps: 59, endedAt: '2026-12-03T10:00:00.000Z' });
    expect(earlierResultsIssue(dir)?.message).toBe(
      `${dir} holds the results of an earlier ${status} run (cfsim run --reps 60, 59 replications finished, ended 2026-12-03T10:00:00.000Z), which this run would replace; write to another folder, or give --replace to replace them`,
    );
    expect(earlierResultsIssue(folderWith({ status, completedReps: 0 }))).toBeUndefined();
  });

  it('are not what a run killed while running left (its manifest says running, with none finished)', () => {
    expect(earlierResultsIssue(folderWith({ status: 'running', completedReps: 0 }))).toBeUndefined();
  });

  it('include a run killed after saving its checkpoint (manifest still "running"), which --resume continues: the run is told to --resume or --replace', () => {
    const dir = folderWith({ status: 'running', command: 'cfsim run --reps 60', completedReps: 0 });
    writeFileSync(join(dir, CHECKPOINT_FILE), 'CFSIM');
    writeFileSync(join(dir, 'replications.csv.partial'), 'policy,rep\n');
    expect(earlierResultsIssue(dir)?.message).toBe(
      `${dir} holds an earlier run (cfsim run --reps 60) killed after it saved ${CHECKPOINT_FILE}, the finished replications a resume continues from (its manifest.json still says "running"), which this run would replace; give --resume to continue that run (with the command that began it), or --replace to replace it, or write to another folder`,
    );
    expect(() => new ResultsFolder(dir, ['status-quo'], 'cfsim run')).toThrow(/killed after it saved checkpoint\.bin/);
    expect(readdirSync(dir).sort()).toEqual([CHECKPOINT_FILE, 'manifest.json', 'replications.csv.partial']);
  });

  it("say how many finished replications that run's checkpoint holds, which --resume keeps and --replace runs again; nothing of a count where the checkpoint cannot be read", () => {
    const dir = folderWith({ status: 'running', command: 'cfsim run --reps 60', reps: 60, completedReps: 0 });
    writeCheckpoint(join(dir, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 17, files: {}, sha256: {} }, {});
    expect(earlierResultsIssue(dir)?.message).toBe(
      `${dir} holds an earlier run (cfsim run --reps 60) killed after it saved ${CHECKPOINT_FILE}, the 17 finished replications (of 60) a resume continues from (its manifest.json still says "running"), which this run would replace; give --resume to continue that run (with the command that began it), keeping those 17, or --replace to replace it, running all 60 again, or write to another folder`,
    );
    const one = folderWith({ status: 'running', command: 'cfsim run' });
    writeCheckpoint(join(one, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 1, files: {}, sha256: {} }, {});
    expect(earlierResultsIssue(one)?.message).toContain(`saved ${CHECKPOINT_FILE}, the 1 finished replication a resume continues from (its manifest.json still says "running"), which this run would replace; give --resume to continue that run (with the command that began it), keeping that one, or --replace to replace it, running them again, or`);
    const unreadable = folderWith({ status: 'running', command: 'cfsim run --reps 60', reps: 60 });
    mkdirSync(join(unreadable, CHECKPOINT_FILE));
    expect(earlierResultsIssue(unreadable)?.message).toContain(`saved ${CHECKPOINT_FILE}, the finished replications a resume continues from (its manifest.json still says "running"), which this run would replace; give --resume to continue that run (with the command that began it), or --replace to replace it, or write`);
  });

  it("say where a stopped run's checkpoint holds fewer finished replications than its manifest (a stop that could not write it kept an earlier stop's): --resume continues from those", () => {
    const dir = folderWith({ status: 'failed', command: 'cfsim run --reps 8 --resume', reps: 8, completedReps: 5 });
    writeCheckpoint(join(dir, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 2, files: {}, sha256: {} }, {});
    expect(earlierResultsIssue(dir)?.message).toContain('(cfsim run --reps 8 --resume, 5 replications finished), which this run would replace; write to another folder, or give --replace to replace them, or --resume to continue that run (with the command that began it) from the 2 finished replications its checkpoint.bin holds');
    const same = folderWith({ status: 'failed', command: 'cfsim run --reps 8', reps: 8, completedReps: 5 });
    writeCheckpoint(join(same, CHECKPOINT_FILE), { cfsim: '0.0.0', completedReps: 5, files: {}, sha256: {} }, {});
    expect(earlierResultsIssue(same)?.message).toMatch(/or --resume to continue that run \(with the command that began it\)$/);
  });

  it('leave a folder a live run holds (running beside a checkpoint, as while a resumed run runs) to the lock, which names that run', () => {
    const dir = folderWith({ status: 'running', command: 'cfsim run --reps 60 --resume', completedReps: 0 });
    writeFileSync(join(dir, CHECKPOINT_FILE), 'CFSIM');
    const live = lockFolder(dir, '--out', 'cfsim run --reps 60 --resume');
    try {
      expect(earlierResultsIssue(dir)).toBeUndefined();
      expect(earlierResultsIssue(dir, true)?.message).toContain('give --resume to continue that run');
    } finally {
      live();
    }
  });

  it('refuse the results folder under its lock, and leave the lock free, unless replacing is asked for', () => {
    const dir = folderWith({ status: 'complete', completedReps: 2 });
    expect(() => new ResultsFolder(dir, ['status-quo'], 'cfsim run')).toThrow(InputError);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(readdirSync(dir)).toEqual(['manifest.json']);
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run', undefined, true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    folder.abandon();
    folder.close();
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });
});

describe('a stop’s checkpoint', () => {
  it('hashes the streamed files as they were written, without reading them again (a workers.csv of many GB would outlast a cluster’s grace before SIGKILL), before finish() syncs them', () => {
    const dir = join(work, `f${folders++}`);
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run');
    const none = new Float64Array(0);
    // 1999 rows and the header fill the buffer: they are written to the file now.
    for (let rep = 0; rep < 1999; rep++) folder.addReplication(0, rep, none, none, Float64Array.of(0.25, 3));
    const partial = join(dir, 'replications.csv.partial');
    const flushed = readFileSync(partial);
    // The same size, other bytes: only a digest taken from the file itself would follow them.
    writeFileSync(partial, Buffer.from(flushed.toString('latin1').replace(/3\n$/, '4\n'), 'latin1'));
    folder.addReplication(0, 1999, none, none, Float64Array.of(0.25, 3));
    const aggregator = new ExperimentAggregator(1, 2, 3);
    folder.saveCheckpoint(aggregator, '0.0.0', 'then');
    folder.finish({}, aggregator);
    folder.close();
    const final = readFileSync(join(dir, 'replications.csv'));
    const written = Buffer.concat([flushed, final.subarray(flushed.length)]);
    const { meta } = readCheckpoint(readFileSync(join(dir, CHECKPOINT_FILE)));
    expect(meta.files['replications.csv']).toBe(final.length);
    expect(meta.sha256['replications.csv']).toBe(createHash('sha256').update(written).digest('hex'));
  });
});
