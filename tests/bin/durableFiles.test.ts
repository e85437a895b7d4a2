import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { durableRename as durableRenameIn, expectFolderSynced, type FsCall } from './durableRenames';
import { tempFolder } from '../tempFolder';

// Every file the results folder renames into place is fsynced before the rename, and its folder
// after it, so that a power loss cannot bring back a renamed file empty or short, nor lose the
// rename: node:fs is intercepted, and each call logged with the path its descriptor was opened on.

const log: FsCall[] = [];
/** What failure the next folder fsync throws, if any (a platform that cannot fsync folders). */
const folderSync: { code?: string } = {};
/** What failure the next file fsync throws, if any (a file system that cannot fsync files, or a disk failing). */
const fileSync: { code?: string } = {};
/** The permissions each file renamed into place had just before its rename, by its final name. */
const modeAtRename = new Map<string, number>();

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const opened = new Map<number, string>();
  const fs = {
    ...actual,
    openSync: (path: string, ...rest: unknown[]) => {
      const fd = (actual.openSync as (...a: unknown[]) => number)(path, ...rest);
      opened.set(fd, String(path));
      return fd;
    },
    fsyncSync: (fd: number) => {
      const path = opened.get(fd) ?? `fd ${fd}`;
      if (folderSync.code !== undefined && actual.statSync(path).isDirectory()) throw Object.assign(new Error(folderSync.code), { code: folderSync.code, syscall: 'fsync' });
      if (fileSync.code !== undefined && !actual.statSync(path).isDirectory()) throw Object.assign(new Error(fileSync.code), { code: fileSync.code, syscall: 'fsync' });
      actual.fsyncSync(fd);
      log.push({ op: 'fsync', path });
    },
    renameSync: (from: string, to: string) => {
      modeAtRename.set(String(to), actual.statSync(from).mode & 0o777);
      actual.renameSync(from, to);
      log.push({ op: 'rename', path: String(from), to: String(to) });
    },
    rmSync: (path: string, options?: import('node:fs').RmOptions) => {
      const existed = actual.existsSync(path);
      actual.rmSync(path, options);
      if (existed) log.push({ op: 'remove', path: String(path) });
    },
    rmdirSync: (path: string) => {
      actual.rmdirSync(path);
      log.push({ op: 'remove', path: String(path) });
    },
  };
  return { ...fs, default: fs };
});

const { writeFileAtomically } = await import('../../bin/outputFiles');
const { ResultsFolder } = await import('../../bin/results');
const { writeSlurmScripts } = await import('../../bin/slurm');
const { removeDerivedFiles } = await import('../../bin/sweep');
const { ExperimentAggregator } = await import('../../models/experimentAggregator');

const work = tempFolder('cfsim-durable-');
beforeEach(() => {
  log.length = 0;
  delete folderSync.code;
  delete fileSync.code;
});

const durableRename = (name: string) => durableRenameIn(log, name);

describe('writeFileAtomically', () => {
  it('fsyncs the file before renaming it into place, then its folder', () => {
    writeFileAtomically(join(work, 'a', 'one.json'), '{}\n');
    writeFileAtomically(join(work, 'a', 'two.bin'), [Buffer.from('x'), Buffer.from('y')]);
    expect(durableRename('one.json')).toBeLessThan(durableRename('two.bin'));
  });

  it.each(['EISDIR', 'EPERM', 'EINVAL'])('writes the file all the same where the platform cannot fsync a folder (%s, as on Windows)', (code) => {
    folderSync.code = code;
    const path = join(work, `quiet-${code}.json`);
    expect(() => writeFileAtomically(path, 'x')).not.toThrow();
    expect(log).toEqual([
      { op: 'fsync', path: `${path}.partial` },
      { op: 'rename', path: `${path}.partial`, to: path },
    ]);
  });

  it.each(['EINVAL', 'ENOTSUP'])('writes the file all the same where its file system cannot fsync files (%s)', (code) => {
    fileSync.code = code;
    const path = join(work, `unsynced-${code}.json`);
    expect(() => writeFileAtomically(path, 'x')).not.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('x');
  });

  it('fails, naming the file, and renames nothing where fsyncing the file fails (an I/O error: its data may not be there)', () => {
    fileSync.code = 'EIO';
    const path = join(work, 'io-file.json');
    expect(() => writeFileAtomically(path, 'x')).toThrow(expect.objectContaining({ code: 'EIO', path: `${path}.partial` }));
    expect(existsSync(path) || existsSync(`${path}.partial`)).toBe(false);
  });

  it('fails, naming the folder, where fsyncing it fails for another reason (an I/O error)', () => {
    folderSync.code = 'EIO';
    expect(() => writeFileAtomically(join(work, 'io.json'), 'x')).toThrow(expect.objectContaining({ code: 'EIO', path: work }));
  });
});

describe('a results folder', () => {
  it('makes the streamed CSV files, then summary.json, timeseries.csv and the checkpoint, durable before the manifest that counts them', () => {
    const dir = join(work, 'run');
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run');
    const none = new Float64Array(0);
    folder.addReplication(0, 0, none, none, Float64Array.of(0.25, 3));
    const aggregator = new ExperimentAggregator(1, 2, 3);
    folder.finish({}, aggregator);
    folder.saveCheckpoint(aggregator, '0.0.0', 'then');
    folder.writeManifest({ status: 'interrupted' } as never);
    folder.close();
    const data = ['replications.csv', 'workers.csv', 'separations.csv', 'summary.json', 'timeseries.csv', 'checkpoint.bin'].map(durableRename);
    expect(Math.max(...data)).toBeLessThan(durableRename('manifest.json'));
  });

  it("removes an earlier run's files, then fsyncs the folder, so that none of them can come back beside the new manifest", () => {
    const dir = join(work, 'again');
    mkdirSync(dir, { recursive: true });
    for (const name of ['summary.json', 'workers.csv', 'report.html', 'checkpoint.bin']) writeFileSync(join(dir, name), 'earlier');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ cfsim: '0.0.0', status: 'complete', command: 'cfsim run', completedReps: 1 }));
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run', undefined, true);
    log.length = 0;
    folder.start({ status: 'running' } as never);
    const removed = log.flatMap((c, k) => (c.op === 'remove' ? [k] : []));
    expect(removed.map((k) => log[k].path).sort()).toEqual(['checkpoint.bin', 'report.html', 'summary.json', 'workers.csv'].map((name) => join(dir, name)));
    expectFolderSynced(log, Math.max(...removed), "the earlier run's files removal");
    folder.abandon();
    folder.close();
  });

  it('removes a spent checkpoint (and one half-written), then fsyncs the folder', () => {
    const dir = join(work, 'spent');
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run');
    writeFileSync(join(dir, 'checkpoint.bin'), 'spent');
    writeFileSync(join(dir, 'checkpoint.bin.partial'), 'half');
    log.length = 0;
    folder.removeCheckpoint();
    const removed = log.filter((c) => c.op === 'remove').map((c) => c.path);
    expect(removed).toEqual([join(dir, 'checkpoint.bin'), join(dir, 'checkpoint.bin.partial')]);
    expectFolderSynced(log, log.map((c) => c.op).lastIndexOf('remove'), 'the checkpoint removal');
    folder.abandon();
    folder.close();
  });
});

describe("an earlier result's exported figures and analysis", () => {
  /** A folder `name` holding `files` (paths under it), each with some text. */
  const folderWith = (name: string, files: readonly string[]) => {
    const dir = join(work, name);
    mkdirSync(join(dir, 'figures'), { recursive: true });
    for (const path of files) writeFileSync(join(dir, path), 'earlier');
    return dir;
  };
  const removals = () => log.flatMap((c, k) => (c.op === 'remove' ? [k] : []));

  it("a new run removes an earlier run's figures, then fsyncs the figures folder", () => {
    const dir = folderWith('figures-kept', ['figures/figure-01-proqol-over-time.svg', 'figures/notes.txt']);
    const folder = new ResultsFolder(dir, ['status-quo'], 'cfsim run', undefined, true);
    log.length = 0;
    folder.start({ status: 'running' } as never);
    const figure = removals().find((k) => log[k].path === join(dir, 'figures', 'figure-01-proqol-over-time.svg'));
    expectFolderSynced(log, figure ?? -1, "the earlier run's figure removal");
    expect(existsSync(join(dir, 'figures', 'notes.txt'))).toBe(true);
    folder.abandon();
    folder.close();
  });

  it("a sweep's removal of an earlier analysis, report and figures is followed by an fsync of each folder that lost one (the results folder, once figures goes)", () => {
    const dir = folderWith('derived', ['analysis.json', 'report.html', 'figures/figure-1-sobol-indices.svg']);
    log.length = 0;
    removeDerivedFiles(dir);
    const removed = removals();
    expect(removed.map((k) => log[k].path)).toEqual([join(dir, 'analysis.json'), join(dir, 'report.html'), join(dir, 'figures', 'figure-1-sobol-indices.svg'), join(dir, 'figures')]);
    // Each folder fsynced once its removals are done, before the next folder's.
    const syncedBetween = (from: number, to: number, folder: string) => log.slice(from, to).some((c) => c.op === 'fsync' && c.path === folder);
    expect(syncedBetween(removed[1], removed[2], dir), 'the analysis and report removal: the folder fsynced').toBe(true);
    expect(syncedBetween(removed[2], removed[3], join(dir, 'figures')), 'the figure removal: the figures folder fsynced').toBe(true);
    expect(syncedBetween(removed[3], log.length, dir), 'the emptied figures folder removal: the folder fsynced').toBe(true);
  });
});

describe('the Slurm scripts of sweep --emit slurm', () => {
  it('are each written whole under a temporary name, executable, and renamed into place, so a killed emit never leaves a script cut short', () => {
    const out = join(work, 'study');
    const written = writeSlurmScripts({ planText: '{}\n', out, shards: 2, threads: 1, name: 'durable' });
    expect(written.map((path) => path.slice(out.length + 1))).toEqual(['slurm/array.sbatch', 'slurm/merge.sbatch', 'slurm/submit.sh']);
    durableRename('plan.json');
    for (const path of written) {
      durableRename(path.slice(path.lastIndexOf('/') + 1));
      expect(statSync(path).mode & 0o777).toBe(0o755);
      // Executable before it has its name: never a moment where `bash submit.sh`'s scripts are there and not executable.
      expect(modeAtRename.get(path), path).toBe(0o755);
    }
  });
});
