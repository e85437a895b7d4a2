import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../bin/folderLock';
import { heldResults, isSweepFolder, noFolderIssue, notSweepIssue, otherKindIssue, otherResultsIssue, resultsMarker } from '../../bin/resultsMarker';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-marker-');

let folders = 0;
/** A fresh folder holding the named (empty) files. */
function folderWith(...files: string[]): string {
  const dir = join(work, `f${folders++}`);
  mkdirSync(dir);
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

describe('heldResults', () => {
  it("tells a run's folder by its manifest, and a sweep's by any of its files", () => {
    expect(heldResults(folderWith('manifest.json', 'workers.csv'))).toEqual({ kind: 'run', marker: 'manifest.json' });
    expect(heldResults(folderWith('runs.csv'))).toEqual({ kind: 'sweep', marker: 'runs.csv' });
    expect(heldResults(folderWith('plan.json'))).toEqual({ kind: 'sweep', marker: 'plan.json' });
    expect(heldResults(folderWith('sweep.json', 'plan.json'))).toEqual({ kind: 'sweep', marker: 'sweep.json' });
    expect(heldResults(folderWith('notes.txt', LOCK_FILE))).toBeUndefined();
    expect(heldResults(join(work, 'missing'))).toBeUndefined();
  });

  it('counts a lock as a results folder being written', () => {
    expect(resultsMarker(folderWith(LOCK_FILE))).toBe(LOCK_FILE);
    expect(resultsMarker(folderWith('notes.txt'))).toBeUndefined();
  });
});

describe('otherKindIssue', () => {
  it('names the flag, the folder and the file that marks the other kind of results', () => {
    const run = folderWith('manifest.json');
    expect(otherKindIssue('OUT', run, 'sweep', 'merge into another folder')).toEqual({
      path: 'OUT',
      value: run,
      message: `${run} holds the results of a run (manifest.json); merge into another folder`,
    });
    const sweep = folderWith('runs.csv');
    expect(otherKindIssue('--out', sweep, 'run', 'write elsewhere')?.message).toBe(`${sweep} holds a sweep (runs.csv); write elsewhere`);
  });

  it('lets results go where the same kind, or nothing, is held', () => {
    expect(otherKindIssue('--out', folderWith('manifest.json'), 'run', 'x')).toBeUndefined();
    expect(otherKindIssue('--out', folderWith('plan.json'), 'sweep', 'x')).toBeUndefined();
    expect(otherKindIssue('--out', folderWith(), 'run', 'x')).toBeUndefined();
  });
});

describe('notSweepIssue', () => {
  it('accepts a folder with a plan and runs, and no run results', () => {
    const sweep = folderWith('plan.json', 'runs.csv');
    expect(isSweepFolder(sweep)).toBe(true);
    expect(notSweepIssue('DIR', sweep)).toBeUndefined();
  });

  it("says what is missing, or that the folder holds a run's results", () => {
    const half = folderWith('plan.json');
    expect(isSweepFolder(half)).toBe(false);
    expect(notSweepIssue('DIR', half, '; hint')?.message).toBe(`${half} is not a sweep folder (no plan.json and runs.csv); hint`);
    const run = folderWith('manifest.json', 'plan.json', 'runs.csv');
    expect(isSweepFolder(run)).toBe(false);
    expect(notSweepIssue('SHARD_DIR', run)).toEqual({ path: 'SHARD_DIR', value: run, message: `${run} holds the results of a run (manifest.json), not a sweep` });
    // How to write a sweep is no advice for a run's folder, which a sweep refuses.
    expect(notSweepIssue('DIR', run, '; write one with cfsim sweep PLAN --out DIR')?.message).toBe(`${run} holds the results of a run (manifest.json), not a sweep`);
  });

  it('says a folder does not exist, with how to write one, and that a file is no folder, without it', () => {
    const absent = join(work, 'never-written');
    expect(notSweepIssue('DIR', absent, '; write one with cfsim sweep PLAN --out DIR')?.message).toBe(`${absent} does not exist; write one with cfsim sweep PLAN --out DIR`);
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    expect(notSweepIssue('DIR', file, '; write one with cfsim sweep PLAN --out DIR')?.message).toBe(`${file} is a file, not a sweep folder`);
  });
});

describe('noFolderIssue', () => {
  it('passes a folder, whatever it holds, and names a path that is none', () => {
    expect(noFolderIssue('RESULTS_DIR', folderWith(), 'a results folder', '; hint')).toBeUndefined();
    const file = join(work, 'other-file');
    writeFileSync(file, '');
    expect(noFolderIssue('RESULTS_DIR', file, 'a results folder', '; hint')).toEqual({ path: 'RESULTS_DIR', value: file, message: `${file} is a file, not a results folder; hint` });
    expect(noFolderIssue('RESULTS_DIR', join(work, 'nothing'), 'a results folder', '; hint')?.message).toBe(`${join(work, 'nothing')} does not exist; hint`);
  });
});

describe('otherResultsIssue', () => {
  it('offers --out to replace only a run\'s results (a run cannot be written into a sweep\'s folder)', () => {
    const run = folderWith('manifest.json');
    const sweep = folderWith('plan.json', 'runs.csv');
    expect(otherResultsIssue('--report', 'x', run, undefined)?.message).toContain(`give --out ${run} to replace those results`);
    expect(otherResultsIssue('--report', 'x', sweep, undefined)?.message).toBe(`${sweep} holds other results (runs.csv) that this report does not describe; write it elsewhere`);
  });

  it('looks up every folder holding the report\'s, and stops at the results it describes', () => {
    const run = folderWith('manifest.json', 'summary.json');
    const deep = join(run, 'a', 'b');
    expect(otherResultsIssue('-o', 'x', deep, undefined)?.message).toContain(`${deep} is inside ${run}, which holds other results (manifest.json)`);
    expect(otherResultsIssue('-o', 'x', deep, run)).toBeUndefined();
    expect(otherResultsIssue('-o', 'x', join(work, 'plain', 'a'), undefined)).toBeUndefined();
    // Above the parent, a project folder's own runs.csv or manifest.json alone does not make it results.
    const project = folderWith('runs.csv', 'manifest.json');
    expect(otherResultsIssue('-o', 'x', join(project, 'out', 'reports'), undefined)).toBeUndefined();
    expect(otherResultsIssue('-o', 'x', join(project, 'out'), undefined)?.message).toContain('which holds other results (manifest.json)');
    const written = folderWith('manifest.json', 'summary.json');
    expect(otherResultsIssue('-o', 'x', join(written, 'a', 'b'), undefined)?.message).toContain(`is inside ${written}`);
  });

  it('refuses a report named like a results data file, wherever it goes', () => {
    for (const name of ['manifest.json', 'summary.json', 'replications.csv', 'timeseries.csv', 'workers.csv', 'separations.csv', 'runs.csv', 'plan.json', 'sweep.json', 'analysis.json']) {
      expect(otherResultsIssue('-o', name, work, undefined, join(work, name))?.message).toContain(`${name} is the name of a results data file`);
    }
    expect(otherResultsIssue('-o', 'r.html', work, undefined, join(work, 'r.html'))).toBeUndefined();
  });
});
