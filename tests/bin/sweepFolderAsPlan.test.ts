import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { shellWords } from '../../viz/report/shellWords';
import { LOCK_FILE } from '../../bin/folderLock';
import { tempFolder } from '../tempFolder';

// `cfsim sweep results --plane x`: a sweep's results folder given where the plan goes. Every command a message offers
// is run here, as a researcher pasting it would, and must be accepted.

const CFSIM = fileURLToPath(new URL('../../dist/cfsim.js', import.meta.url));
const PLAN = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 2\nreps: 2\nset: { days: 5 }\nmetrics: [proqolSTS]\n';
const OTHER_PLAN = PLAN.replace('max: 0.9', 'max: 0.8');

const work = tempFolder('cfsim-folder-as-plan-');
const cfsim = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CFSIM, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

/** The `cfsim sweep ...` command a message offers after `lead`, up to the first of `ends`. */
function offered(stderr: string, lead: string, ends: RegExp): string {
  const from = stderr.indexOf(lead);
  expect(from, stderr).toBeGreaterThanOrEqual(0);
  const rest = stderr.slice(from + lead.length);
  return `cfsim sweep ${rest.slice(0, rest.search(ends))}`;
}

/** Runs an offered command (its words as a shell reads them) in `cwd`: it must be accepted and finish the sweep. */
function expectAccepted(cwd: string, command: string): void {
  const words = shellWords(command);
  expect(words.slice(0, 2)).toEqual(['cfsim', 'sweep']);
  const r = cfsim(cwd, ...words.slice(1));
  expect(r.status, `${command}\n${r.stderr}`).toBe(0);
  expect(r.stderr).toMatch(/sweep complete: \d+ of \d+ runs done/);
}

/** A sweep of a.yaml in `work/folder` (with `flags`: a shard) stopped after its first run, as an interrupted sweep leaves it. */
function stoppedSweep(folder = 'results', ...flags: string[]): void {
  rmSync(join(work, folder), { recursive: true, force: true });
  expect(cfsim(work, 'sweep', 'a.yaml', '--out', folder, ...flags).status).toBe(0);
  const runs = join(work, folder, 'runs.csv');
  writeFileSync(runs, `${readFileSync(runs, 'utf8').split('\n').slice(0, 2).join('\n')}\n`);
  const status = join(work, folder, 'sweep.json');
  writeFileSync(status, readFileSync(status, 'utf8').replace('"status": "complete"', '"status": "interrupted"').replace(/"completed": \d+/, '"completed": 1'));
}

describe('sweep given a sweep results folder where the plan goes', () => {
  beforeAll(() => {
    writeFileSync(join(work, 'a.yaml'), PLAN);
    writeFileSync(join(work, 'b.yaml'), OTHER_PLAN);
    mkdirSync(join(work, 'nested'));
  });

  it('never offers to sweep the folder, and names the command that continues it, which is accepted (was: cfsim sweep results --out DIR)', () => {
    stoppedSweep();
    const r = cfsim(work, 'sweep', 'results', '--plane', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('cfsim sweep results');
    expect(r.stderr).toContain('"results", given as PLAN, is a sweep\'s results folder (cfsim analyze results analyzes it; cfsim sweep a.yaml --out results --resume continues it)');
    // From another folder, the plan file and the folder as paths from there.
    const nested = cfsim(join(work, 'nested'), 'sweep', '../results', '--plane', 'x');
    // The plan by its shorter path from there (was whole: /tmp/.../a.yaml).
    expect(nested.stderr).toContain('cfsim sweep ../a.yaml --out ../results --resume continues it');
    expectAccepted(work, offered(r.stderr, 'analyzes it; cfsim sweep ', / continues it/));
    stoppedSweep();
    expectAccepted(join(work, 'nested'), offered(nested.stderr, 'analyzes it; cfsim sweep ', / continues it/));
  });

  it('offers the plan given to the flag, into that folder with --resume, where the folder holds its sweep; the command is accepted', () => {
    stoppedSweep();
    const r = cfsim(work, 'sweep', 'results', '--plane', 'a.yaml');
    expect(r.stderr).toContain('(here cfsim sweep a.yaml --out results --resume: a sweep names its results folder with --out, not as an argument; results holds this plan\'s sweep already, which --resume continues)');
    expectAccepted(work, offered(r.stderr, '(here cfsim sweep ', /:/));
    // Without --resume, sweep refuses a folder holding a sweep: a.yaml results, or --plan a.yaml results, offers it too.
    expect(cfsim(work, 'sweep', 'a.yaml', 'results').stderr).toContain('(here cfsim sweep a.yaml --out results --resume: ');
    expect(cfsim(work, 'sweep', '--plan', 'a.yaml', 'results').stderr).toContain('(here cfsim sweep a.yaml --out results --resume: ');
  });

  it('offers another plan a new folder, not the one holding a sweep of a.yaml, and the command is accepted', () => {
    stoppedSweep();
    const r = cfsim(work, 'sweep', 'results', '--plane', 'b.yaml');
    expect(r.stderr).toContain('(here cfsim sweep b.yaml --out DIR; it takes no other argument: drop results, which holds a sweep of a.yaml already, and name a new results folder)');
    expectAccepted(work, offered(r.stderr, '(here cfsim sweep ', /;/).replace('DIR', 'results-b'));
  });

  it('sweep b.yaml --out results, a folder holding a sweep of a.yaml, offers no --resume, which that folder would refuse', () => {
    stoppedSweep();
    const r = cfsim(work, 'sweep', 'b.yaml', '--out', 'results');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out: results already holds a sweep (runs.csv); choose another folder (--resume continues a sweep only with the plan it began with, and this one differs: parameters.community.stigma.max: 0.9 in results/plan.json, 0.8 in this plan)');
    expect(r.stderr).not.toContain('add --resume');
    // Beside a sweep of its own plan, --resume is offered, and accepted.
    expect(cfsim(work, 'sweep', 'a.yaml', '--out', 'results').stderr).toContain('--out: results already holds a sweep (runs.csv); add --resume to continue it, or choose another folder');
    expectAccepted(work, 'cfsim sweep a.yaml --out results --resume');
  });

  it('compares plans by content, as --resume does: a copy of the plan is offered --resume, the plan file edited since is not', () => {
    stoppedSweep();
    writeFileSync(join(work, 'copy.yaml'), PLAN);
    const copy = cfsim(work, 'sweep', 'copy.yaml', 'results');
    // Was: drop results, which holds a sweep of a.yaml already, and name a new results folder.
    expect(copy.stderr).toContain("(here cfsim sweep copy.yaml --out results --resume: a sweep names its results folder with --out, not as an argument; results holds this plan's sweep already, which --resume continues)");
    expectAccepted(work, offered(copy.stderr, '(here cfsim sweep ', /:/));
    stoppedSweep();
    writeFileSync(join(work, 'a.yaml'), PLAN.replace('reps: 2', 'reps: 3'));
    try {
      // Was: cfsim sweep a.yaml --out results --resume, which sweep refuses (the plan in results/plan.json differs).
      expect(cfsim(work, 'sweep', 'a.yaml', 'results').stderr).toContain('(here cfsim sweep a.yaml --out DIR; it takes no other argument: drop results, which holds a sweep of an earlier a.yaml already, and name a new results folder)');
      const asPlan = cfsim(work, 'sweep', 'results', '--plane', 'x');
      expect(asPlan.stderr).toContain("is a sweep's results folder (cfsim analyze results analyzes it)");
      expect(asPlan.stderr).not.toContain('--resume');
    } finally {
      writeFileSync(join(work, 'a.yaml'), PLAN);
    }
  });

  it("offers a shard's folder with its --shard, which resuming it needs, and the command is accepted", () => {
    stoppedSweep('shard-1', '--shard', '1/2');
    const r = cfsim(work, 'sweep', 'a.yaml', 'shard-1');
    // Was: cfsim sweep a.yaml --out shard-1 --resume, which sweep refuses (shard-1 holds shard 1/2; resume it with --shard 1/2).
    expect(r.stderr).toContain("(here cfsim sweep a.yaml --out shard-1 --shard 1/2 --resume: a sweep names its results folder with --out, not as an argument; shard-1 holds shard 1/2 of this plan's sweep already, which --resume continues)");
    expectAccepted(work, offered(r.stderr, '(here cfsim sweep ', /:/));
    stoppedSweep('shard-1', '--shard', '1/2');
    // Another shard given: that folder is no place for it.
    expect(cfsim(work, 'sweep', 'a.yaml', 'shard-1', '--shard', '0/2').stderr).toContain('(here cfsim sweep a.yaml --shard 0/2 --out DIR; it takes no other argument: drop shard-1, which holds shard 1/2 of a sweep of this plan already, and name a new results folder)');
    expect(cfsim(work, 'sweep', 'shard-1', '--plane', 'x').stderr).toContain('cfsim sweep a.yaml --out shard-1 --shard 1/2 --resume continues it');
    // Without --resume, sweep names the --shard that resuming needs. Was: add --resume to continue it, which alone is refused.
    expect(cfsim(work, 'sweep', 'a.yaml', '--out', 'shard-1').stderr).toContain('shard-1 already holds a sweep (runs.csv); add --resume to continue it (shard-1 holds shard 1/2; resume it with --shard 1/2), or choose another folder');
  });

  it('a sweep stopped in sweep.json but still running (its lock held by a live process) is said to be running, not offered --resume; once its lock is stale, it is', () => {
    stoppedSweep();
    const status = join(work, 'results', 'sweep.json');
    writeFileSync(status, readFileSync(status, 'utf8').replace('"status": "interrupted"', '"status": "running"'));
    const lock = (pid: number) => writeFileSync(join(work, 'results', LOCK_FILE), JSON.stringify({ pid, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString() }));
    lock(process.pid);
    const running = cfsim(work, 'sweep', 'results');
    // analyze beside it analyzes what is there so far (was: analyzes it).
    expect(running.stderr).toContain(`"results", given as PLAN, is a sweep's results folder (cfsim analyze results analyzes the runs done so far; a sweep, process ${process.pid} on ${hostname()}, is running there now)`);
    expect(running.stderr).not.toContain('--resume');
    lock(2 ** 22 + 4321); // above Linux's pid_max: no such process, so the lock is stale
    const stale = cfsim(work, 'sweep', 'results');
    expect(stale.stderr).toContain('(cfsim analyze results analyzes it; cfsim sweep a.yaml --out results --resume continues it)');
    expectAccepted(work, offered(stale.stderr, 'analyzes it; cfsim sweep ', / continues it/));
  });

  it("a sweep whose lock another host holds is judged by the lock's age, not by looking its process up here, and said so", () => {
    stoppedSweep();
    const status = join(work, 'results', 'sweep.json');
    writeFileSync(status, readFileSync(status, 'utf8').replace('"status": "interrupted"', '"status": "running"'));
    const path = join(work, 'results', LOCK_FILE);
    const lock = (pid: number, minutesAgo: number) => {
      writeFileSync(path, JSON.stringify({ pid, host: 'node-07', command: 'cfsim sweep', since: new Date().toISOString() }));
      const at = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(path, at, at);
    };
    // No such process here; but it is on node-07, touched 3 minutes ago: held, not offered --resume, and not said to be running (was: is running there now).
    lock(2 ** 22 + 4321, 3);
    const held = cfsim(work, 'sweep', 'results');
    expect(held.stderr).toContain('(cfsim analyze results analyzes the runs done so far; a sweep, process 4198625 on node-07, holds its lock, touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until the lock is 10 minutes old, when a --resume may take the folder over)');
    expect(held.stderr).not.toContain('--resume continues');
    // A process with that id runs here (this one); but the lock is node-07's, untouched 11 minutes: stale, so --resume is offered, and accepted.
    lock(process.pid, 11);
    const stale = cfsim(work, 'sweep', 'results');
    expect(stale.stderr).toContain('(cfsim analyze results analyzes it; cfsim sweep a.yaml --out results --resume continues it)');
    expectAccepted(work, offered(stale.stderr, 'analyzes it; cfsim sweep ', / continues it/));
  });

  it('sweep FOLDER --out DIR says what the folder is and to give a plan file in its place (was only "is a directory, not a plan file")', () => {
    stoppedSweep();
    expect(cfsim(work, 'run', '--reps', '1', '--days', '5', '--threads', '1', '--out', 'a-run').status).toBe(0);
    const refused = (folder: string) => {
      const r = cfsim(work, 'sweep', folder, '--out', 'r2');
      expect(r.status).toBe(2);
      return r.stderr;
    };
    const instead = 'not a plan file; give a plan file in its place: cfsim sweep PLAN --out r2, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json)';
    expect(refused('results')).toBe(`cfsim: invalid command line:\n  - "results", given as PLAN, is a sweep's results folder (cfsim analyze results analyzes it; cfsim sweep a.yaml --out results --resume continues it), ${instead}\n`);
    expect(refused('a-run')).toBe(`cfsim: invalid command line:\n  - "a-run", given as PLAN, is a run's results folder (cfsim report a-run reports it), ${instead}\n`);
    expect(refused('nested')).toBe(`cfsim: invalid command line:\n  - "nested", given as PLAN, is a folder, ${instead}\n`);
  });

  it('sweep FOLDER --out DIR with other flags offers the command with them kept, which is accepted with a plan in PLAN (was: cfsim sweep PLAN --out DIR, dropping --shard and --resume)', () => {
    const r = cfsim(work, 'sweep', 'nested', '--out', 'shard one', '--shard', '1/2', '--threads=1', '--resume');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("give a plan file in its place: cfsim sweep PLAN --out 'shard one' --shard 1/2 --threads=1 --resume, where PLAN is a plan file");
    const command = offered(r.stderr, 'in its place: cfsim sweep ', /, where PLAN/).replace('PLAN', 'a.yaml');
    expectAccepted(work, command);
    expect(JSON.parse(readFileSync(join(work, 'shard one', 'sweep.json'), 'utf8')).shard).toEqual({ index: 1, count: 2 });
  });

  it('sweep results alone, no --out, says the folder is no plan and names its commands (was only "missing --out")', () => {
    stoppedSweep();
    const r = cfsim(work, 'sweep', 'results');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cfsim: missing --out, which sweep requires, and its plan file: cfsim sweep PLAN --out DIR, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); "results", given as PLAN, is a sweep's results folder (cfsim analyze results analyzes it; cfsim sweep a.yaml --out results --resume continues it)`);
    expectAccepted(work, offered(r.stderr, 'analyzes it; cfsim sweep ', / continues it/));
    expect(cfsim(work, 'sweep', 'nested').stderr).toContain('cfsim sweep PLAN --out DIR, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); "nested", given as PLAN, is a folder');
  });
});
