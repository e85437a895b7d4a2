import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterUndoing, checkOutputPath, fileSystemFailure, makeFolder, reportFilePath, writeFileAtomically } from '../../bin/outputFiles';
import type { InputIssue } from '../../sim/params/issues';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-output-');

const blocker = join(work, 'blocker');
beforeAll(() => {
  writeFileSync(blocker, 'a file');
  mkdirSync(join(work, 'folder'));
});

function problems(path: string, kind: 'file' | 'folder'): string[] {
  const issues: InputIssue[] = [];
  checkOutputPath('--out', path, kind, issues);
  for (const issue of issues) expect(issue.path).toBe('--out');
  return issues.map((i) => i.message);
}

describe('checkOutputPath', () => {
  it('accepts new paths, however deep, and existing ones of the right kind', () => {
    expect(problems(join(work, 'a', 'b', 'c.html'), 'file')).toEqual([]);
    expect(problems(join(work, 'a', 'b'), 'folder')).toEqual([]);
    expect(problems(blocker, 'file')).toEqual([]);
    expect(problems(join(work, 'folder'), 'folder')).toEqual([]);
  });

  it('refuses a path under a file, naming the file', () => {
    expect(problems(join(blocker, 'x', 'y.csv'), 'file')).toEqual([`${JSON.stringify(blocker)} is a file, so it cannot hold ${JSON.stringify(join(blocker, 'x', 'y.csv'))}`]);
    expect(problems(join(blocker, 'sub'), 'folder')).toHaveLength(1);
  });

  it('refuses the wrong kind, an empty path and a file path spelt as a folder', () => {
    expect(problems(blocker, 'folder')[0]).toContain('is a file; expected a folder');
    expect(problems(join(work, 'folder'), 'file')[0]).toContain('is a folder; expected a file');
    expect(problems('', 'file')[0]).toContain('an empty path is not allowed');
    expect(problems(`${join(work, 'new')}/`, 'file')[0]).toContain('ends with a separator');
  });

  it('refuses a link to nothing as a folder (mkdir failed on it with EEXIST, exit 1), and leaves no probe behind', () => {
    const link = join(work, 'dangling');
    symlinkSync(join(work, 'nowhere'), link);
    expect(problems(link, 'folder')).toEqual([`${JSON.stringify(link)} is a link to ${JSON.stringify(join(work, 'nowhere'))}, which does not exist; expected a folder to write into (create the folder the link points to, or give another path)`]);
    expect(readdirSync(work).filter((name) => name.startsWith('.cfsim-probe-'))).toEqual([]);
  });
});

describe('reportFilePath', () => {
  it('puts report.html in a folder, whether it exists or is spelt with a trailing separator', () => {
    expect(reportFilePath(join(work, 'folder'))).toBe(join(work, 'folder', 'report.html'));
    expect(reportFilePath(`${join(work, 'later')}/`)).toBe(join(work, 'later', 'report.html'));
    expect(reportFilePath(join(work, 'r.html'))).toBe(join(work, 'r.html'));
  });
});

describe('writeFileAtomically', () => {
  it('writes the file, creating its folders, and leaves no temporary file', () => {
    const path = join(work, 'deep', 'er', 'out.json');
    writeFileAtomically(path, '{}\n');
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(readdirSync(join(work, 'deep', 'er'))).toEqual(['out.json']);
  });

  it('never writes the final name until the whole file is written: a write that fails leaves the earlier file as it was', () => {
    const path = join(work, 'kept.json');
    writeFileSync(path, 'earlier\n');
    mkdirSync(`${path}.partial`); // the temporary name cannot be written
    expect(() => writeFileAtomically(path, 'later\n')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('earlier\n');
  });

  it('writes parts one after another (views into larger buffers included), as one file, with no temporary file left', () => {
    const path = join(work, 'parts.bin');
    const big = new Float64Array([1.5, -0, Number.NaN, 7]);
    const parts = [Buffer.from('head'), new Uint8Array(big.buffer, 8, 16), new Uint8Array(0), new Uint8Array([9, 8, 7])];
    writeFileAtomically(path, parts);
    expect([...readFileSync(path)]).toEqual([...Buffer.concat(parts)]);
    expect(readdirSync(work).filter((name) => name.startsWith('parts.bin'))).toEqual(['parts.bin']);
  });

  it('leaves the earlier file as it was when writing parts fails', () => {
    const path = join(work, 'kept-parts.bin');
    writeFileSync(path, 'earlier\n');
    mkdirSync(`${path}.partial`);
    expect(() => writeFileAtomically(path, [Buffer.from('later')])).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('earlier\n');
  });

  it('removes its temporary file when the rename fails, and rethrows', () => {
    const target = join(work, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be replaced by a file
    expect(() => writeFileAtomically(target, 'x')).toThrow();
    expect(existsSync(`${target}.partial`)).toBe(false);
  });
});

describe('makeFolder', () => {
  it('creates a folder and its missing parents, and accepts one that exists', () => {
    const deep = join(work, 'made', 'one', 'two');
    makeFolder(deep);
    makeFolder(deep);
    expect(readdirSync(join(work, 'made'))).toEqual(['one']);
  });

  it('fails under a file', () => {
    expect(() => makeFolder(join(blocker, 'x', 'y'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node 20's mkdirSync({ recursive: true }) retries forever where mkdir fails with ENOENT under an existing folder, as in /proc.
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('fails at once, with the path and the reason, where the file system takes no new folders (/proc)', () => {
    const out = `/proc/cfsim-test-${process.pid}`;
    expect(() => makeFolder(out)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^(ENOENT|EACCES)$/) }));
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('refuses --out and --report under /proc before any work (they were found only when the results were written)', () => {
    for (const [flag, path] of [['--out', `/proc/cfsim-test-${process.pid}`], ['--report', `/proc/cfsim-test-${process.pid}.html`]]) {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', 'run', '--reps', '1', '--days', '5', flag, path], { encoding: 'utf8', timeout: 30_000 });
      expect(r.error, 'cfsim stopped by itself').toBeUndefined();
      expect(r.status, r.stderr).toBe(2);
      // Not root: no permission; root: the file system's refusal, found by trying.
      expect(r.stderr).toMatch(new RegExp(`${flag}: (no permission to write in "/proc"|the file system of "/proc" takes no new files or folders, so "${path.replace(/[.]/g, '\\.')}" cannot be written)`));
      expect(r.stdout).toBe('');
    }
  });
});

describe('writeFileAtomically', () => {
  it('where a folder has its temporary name, says that the temporary could not be opened, and leaves the folder', () => {
    const folder = join(work, 'taken-temporary');
    mkdirSync(join(folder, 'out.json.partial'), { recursive: true });
    let thrown: unknown;
    try {
      writeFileAtomically(join(folder, 'out.json'), '{}');
    } catch (error) {
      thrown = error;
    }
    expect(fileSystemFailure(thrown)).toBe(`could not open "${join(folder, 'out.json.partial')}": EISDIR (it is a folder, not a file)`);
    expect(readdirSync(folder)).toEqual(['out.json.partial']);
  });
});

describe('fileSystemFailure', () => {
  it('says which operation failed on which path, and why in words', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write', path: '/r/workers.csv' });
    expect(fileSystemFailure(error)).toBe('could not write "/r/workers.csv": ENOSPC (the disk is full)');
  });

  it("names a rename's destination too, which may be what is in the way", () => {
    const folder = join(work, 'rename');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.partial'), 'x');
    mkdirSync(join(folder, 'a'));
    let thrown: unknown;
    try {
      renameSync(join(folder, 'a.partial'), join(folder, 'a'));
    } catch (error) {
      thrown = error;
    }
    expect(fileSystemFailure(thrown)).toBe(`could not rename "${join(folder, 'a.partial')}" to "${join(folder, 'a')}": EISDIR (it is a folder, not a file)`);
  });

  it('leaves other errors to the caller', () => {
    expect(fileSystemFailure(new Error('boom'))).toBeUndefined();
    expect(fileSystemFailure(Object.assign(new Error('x'), { code: 'ERR_X' }))).toBeUndefined();
  });
});

describe('afterUndoing', () => {
  it("keeps a frozen error's class and fields where it must be copied to carry the undo's failure (was: a plain Error)", () => {
    class CutError extends Error {}
    const cut = Object.freeze(Object.assign(new CutError('EIO: i/o error, ftruncate'), { code: 'EIO', syscall: 'ftruncate', path: '/r/workers.csv.partial' }));
    const undone = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO', syscall: 'fsync', path: '/r' });
    const carried = afterUndoing(cut, () => {
      throw undone;
    }) as CutError & NodeJS.ErrnoException & { undoFailure: unknown };
    expect(carried).toBeInstanceOf(CutError);
    expect(carried).not.toBe(cut);
    expect({ message: carried.message, stack: carried.stack, code: carried.code, syscall: carried.syscall, path: carried.path }).toEqual({ message: cut.message, stack: cut.stack, code: 'EIO', syscall: 'ftruncate', path: '/r/workers.csv.partial' });
    expect(carried.undoFailure).toBe(undone);
    expect(fileSystemFailure(carried)).toBe('could not ftruncate "/r/workers.csv.partial": EIO; undoing what came before it failed too: could not fsync "/r": EIO');
  });
});
