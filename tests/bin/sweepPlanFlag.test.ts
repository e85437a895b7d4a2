import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OTHER_SWITCHES, sweepPlanFlagMessage } from '../../bin/sweepPlanFlag';
import { sweepUnknownFlagNote } from '../../bin/planFieldFlags';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const message = (...args: string[]) => sweepPlanFlagMessage(['sweep', ...args]);

describe('sweep given --plan more than once', () => {
  it('names both plan files and offers a sweep of each, rather than naming the second --plan as unknown', () => {
    const m = message('--plan', 'a.yaml', '--plan', 'b.yaml');
    expect(m).toBe(
      'sweep takes no --plan: it takes one plan file, as its first argument, and was given 2, --plan a.yaml and --plan b.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out DIR), and each other into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)',
    );
    expect(m).not.toContain('Nor does it take');
  });

  it('names different plan-like flags once each, and drops a flag given the plan file itself', () => {
    expect(message('--plan', 'a.yaml', '--plans=b.yaml')).toContain('sweep takes no --plan or --plans: it takes one plan file, as its first argument, and was given 2, --plan a.yaml and --plans=b.yaml:');
    expect(message('a.yaml', '--plan', 'a.yaml', '--plan', 'b.yaml')).toBe(
      'sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml: drop --plan a.yaml and --plan b.yaml (cfsim sweep a.yaml --out DIR), or sweep b.yaml into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)',
    );
  });
});

describe('the commands offered for the other plan files', () => {
  it('keep the user flags (--threads, --shard, --resume), with a folder of their own for --out', () => {
    expect(message('a.yaml', 'b.yaml', '--plan', 'c.yaml', '--threads', '2', '--shard', '0/2', '--out', 'r', '--resume')).toContain(
      'and each other into a folder of its own (cfsim sweep b.yaml --threads 2 --shard 0/2 --resume --out OTHER_DIR_1; cfsim sweep c.yaml --threads 2 --shard 0/2 --resume --out OTHER_DIR_2)',
    );
    expect(message('--plan', 'a.yaml', '--plan', 'b.yaml', '--threads=4', '--out', 'r')).toContain('(cfsim sweep a.yaml --threads=4 --out r), and each other into a folder of its own (cfsim sweep b.yaml --threads=4 --out OTHER_DIR)');
    expect(message('a.yaml', '--plan', 'x', '--threads', '3')).toContain('or sweep x into a folder of its own (cfsim sweep x --threads 3 --out OTHER_DIR)');
  });
});

describe('a switch sweep does not take', () => {
  it('does not take the argument after it for its value: sweep --dry-run --plan a r offers r as the results folder', () => {
    expect(message('--dry-run', '--plan', 'a', 'r')).toBe(
      'sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a --out r: a sweep names its results folder with --out, not as an argument). Nor does it take --dry-run (a sweep has no dry run; cfsim validate PLAN checks a plan without running it, and counts its points and runs, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); "a", given as PLAN, is no file here and has no plan\'s extension): it accepts --out, --threads, --resume, --shard, --emit, --shards',
    );
    expect(message('--json', '--plan', 'a', 'r')).toContain('(here cfsim sweep a --out r: a sweep names its results folder with --out');
  });

  it('leaves an unknown flag that is no known switch taking the argument after it, as before', () => {
    expect(message('--outt', 'r', '--plan', 'a.yaml')).toContain('(here cfsim sweep a.yaml --out DIR). Nor does it take --outt (did you mean --out?)');
  });

  it('lists every boolean option of cfsim commands as a switch', () => {
    const commands = ['run', 'compare', 'report', 'analyze', 'merge', 'show', 'starting-levels', 'calibrate', 'validation-report'];
    const booleans = commands.flatMap((command) => {
      const help = spawnSync(process.execPath, ['dist/cfsim.js', command, '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout;
      return help.split(/\n(?= {1,6}(?:-\w, )?--)/).flatMap((block) => {
        const m = /^ {1,6}(?:-\w, )?--([a-z][\w-]*)/.exec(block);
        return m && block.includes('[boolean]') && !['help', 'version', 'resume'].includes(m[1]) ? [m[1]] : [];
      });
    });
    expect(booleans).toContain('json');
    for (const name of new Set(booleans)) expect(OTHER_SWITCHES, name).toContain(name);
  });
});

describe('sweep given the same plan file to --plan more than once, or a slip beside --plan', () => {
  it('names the file once, with how often, where it read "was given 2, --plan a.yaml and --plan a.yaml and --plan b.yaml"', () => {
    expect(message('--plan', 'a.yaml', '--plan', 'b.yaml', '--plan', 'a.yaml')).toBe(
      'sweep takes no --plan: it takes one plan file, as its first argument, and was given 2, --plan a.yaml (twice) and --plan b.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out DIR), and each other into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)',
    );
  });

  it('does not guess "if you meant --plan" where --plan itself was given', () => {
    const m = message('--plna', 'a.yaml', '--plan', 'b.yaml');
    expect(m).toMatch(/^sweep takes no --plna or --plan: it takes one plan file/);
    expect(m).not.toContain('if you meant');
    // A slip alone is still said as a guess.
    expect(message('--plna', 'a.yaml')).toContain('sweep takes no --plna; if you meant --plan a.yaml, sweep takes no --plan either');
  });
});

describe('sweep given more arguments than its plan file, and no plan flag', () => {
  it('sweep a.yaml b.yaml names both and offers a sweep of each, keeping the user flags, where it said only "missing --out"', () => {
    expect(message('a.yaml', 'b.yaml', '--out', 'r', '--threads', '2')).toBe(
      'sweep takes one plan file, as its first argument, and was given 2, a.yaml and b.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out r --threads 2), and each other into a folder of its own (cfsim sweep b.yaml --threads 2 --out OTHER_DIR); a scenario file a plan builds on is named in the plan, base: FILE',
    );
    expect(message('a.yaml', 'b.yaml', 'c.json')).toContain('and was given 3, a.yaml, b.yaml and c.json:');
  });

  it('sweep a.yaml results offers --out results, and with --out given, to drop it', () => {
    expect(message('a.yaml', 'results')).toBe('sweep takes one argument, its plan file (here cfsim sweep a.yaml --out results: a sweep names its results folder with --out, not as an argument)');
    expect(message('a.yaml', 'results', '--out', 'r')).toBe('sweep takes one argument, its plan file (here cfsim sweep a.yaml --out r; it takes no other argument: drop results)');
    expect(message('a.yaml', '--dry-run', 'r')).toContain('(here cfsim sweep a.yaml --out r: a sweep names its results folder with --out, not as an argument). Nor does it take --dry-run (a sweep has no dry run;');
  });

  it('names an argument given more than once once, with how often, and says "drop" once beside a flag to drop', () => {
    // Was "drop results and results".
    expect(message('--plan', 'a.yaml', 'results', 'results')).toBe('sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a.yaml --out results: a sweep names its results folder with --out, not as an argument, here given twice)');
    expect(message('a.yaml', 'results', 'results')).toBe('sweep takes one argument, its plan file (here cfsim sweep a.yaml --out results: a sweep names its results folder with --out, not as an argument, here given twice)');
    expect(message('--plan', 'a.yaml', 'results', 'results', '--out', 'r')).toContain('(here cfsim sweep a.yaml --out r; it takes no other argument: drop results (twice))');
    expect(message('a.yaml', 'x', 'y', 'x', '--out', 'r')).toBe('sweep takes one argument, its plan file (here cfsim sweep a.yaml --out r; it takes no other argument: drop x (twice) and y)');
    expect(message('--plan', 'a.yaml', 'results', 'other')).toContain('(here cfsim sweep a.yaml --out DIR; it takes no other argument: drop results and other)');
    // Was "drop --plan a.yaml (cfsim sweep a.yaml --out DIR; it takes no other argument: drop results and other)".
    expect(message('a.yaml', '--plan', 'a.yaml', 'results', 'other')).toBe('sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml: drop --plan a.yaml, results and other (cfsim sweep a.yaml --out DIR)');
    expect(message('--plan', 'a.yaml', '--plan', 'b.yaml', 'x', 'y')).toContain('sweep a.yaml alone and drop x and y (cfsim sweep a.yaml --out DIR), and each other');
  });

  it('leaves yargs to speak where there is nothing more than the plan, an unknown flag has the other argument, or help is asked for', () => {
    for (const args of [['a.yaml'], ['a.yaml', '--out', 'r', '--threads', '2', '--resume'], ['a.yaml', '-o', 'r'], ['--xyz', 'a.yaml', '--out', 'r'], ['a.yaml', 'b.yaml', '--help'], ['--emit', 'slurm', 'a.yaml', '--out', 'r']]) {
      expect(message(...args), args.join(' ')).toBeUndefined();
    }
  });

  it('sweep a.yaml a.yaml names the file given twice and offers it once, where yargs said only unexpected argument', () => {
    expect(message('a.yaml', 'a.yaml', '--out', 'r')).toBe('sweep takes one plan file, as its first argument, and was given a.yaml (twice): give it once (cfsim sweep a.yaml --out r)');
    expect(message('a.yaml', 'a.yaml', 'a.yaml', '--threads', '2')).toBe('sweep takes one plan file, as its first argument, and was given a.yaml (3 times): give it once (cfsim sweep a.yaml --threads 2 --out DIR)');
    // Beside another plan file, the repeated one is named once, with how often.
    expect(message('a.yaml', 'b.yaml', 'a.yaml', '--out', 'r')).toContain('and was given 2, a.yaml (twice) and b.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out r)');
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'sweep', 'a.yaml', 'a.yaml', '--out', 'r'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cfsim: sweep takes one plan file, as its first argument, and was given a.yaml (twice): give it once (cfsim sweep a.yaml --out r)');
    expect(r.stderr).not.toContain('unexpected argument');
  });

  it('sweep a.yaml a.yaml results says the file was given twice as well as where the folder goes, where it said only the latter', () => {
    expect(message('a.yaml', 'a.yaml', 'results')).toBe('sweep takes one argument, its plan file, and was given a.yaml (twice): give it once (here cfsim sweep a.yaml --out results: a sweep names its results folder with --out, not as an argument)');
    expect(message('a.yaml', 'results', './a.yaml', '--out', 'r')).toBe('sweep takes one argument, its plan file, and was given a.yaml (twice, also as ./a.yaml): give it once (here cfsim sweep a.yaml --out r; it takes no other argument: drop results)');
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'sweep', 'a.yaml', 'a.yaml', 'results'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cfsim: sweep takes one argument, its plan file, and was given a.yaml (twice): give it once (here cfsim sweep a.yaml --out results:');
  });

  it('beside a plan flag, the plan file given twice as an argument is said too, where it was named once', () => {
    expect(message('a.yaml', 'a.yaml', '--plan', 'b.yaml')).toBe(
      'sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml (twice): give it once, and drop --plan b.yaml (cfsim sweep a.yaml --out DIR), or sweep b.yaml into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)',
    );
    expect(message('a.yaml', './a.yaml', '--plan')).toBe('sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml (twice, also as ./a.yaml): give it once, and drop --plan (cfsim sweep a.yaml --out DIR)');
    expect(message('a.yaml', 'a.yaml', 'b.yaml', '--plan', 'c.yaml')).toContain('and was given 3, a.yaml (twice), b.yaml and --plan c.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out DIR)');
  });

  it('one plan file spelled two ways (./a.yaml and a.yaml) is one file given twice, not two plans to sweep apart', () => {
    expect(message('./a.yaml', 'a.yaml', '--out', 'r')).toBe('sweep takes one plan file, as its first argument, and was given ./a.yaml (twice, also as a.yaml): give it once (cfsim sweep ./a.yaml --out r)');
    expect(message('a.yaml', './a.yaml', `${process.cwd()}/a.yaml`)).toContain(`was given a.yaml (3 times, also as ./a.yaml and ${process.cwd()}/a.yaml): give it once (cfsim sweep a.yaml --out DIR)`);
    expect(message('a.yaml', './a.yaml', 'b.yaml', '--out', 'r')).toContain('and was given 2, a.yaml (twice, also as ./a.yaml) and b.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out r), and each other into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)');
    // By a plan flag too: the flag given the plan file itself is to be dropped, with nothing else to sweep.
    expect(message('./a.yaml', '--plan', 'a.yaml', '--out', 'r')).toBe('sweep takes no --plan: it takes one plan file, as its first argument, here ./a.yaml: drop --plan a.yaml (cfsim sweep ./a.yaml --out r)');
    expect(message('--plan', 'a.yaml', '--plan', './a.yaml', '--out', 'r')).toBe('sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a.yaml --out r)');
    expect(message('--plan', 'a.yaml', '--plan', 'sub/../a.yaml', '--plan', 'b.yaml')).toContain('and was given 2, --plan a.yaml (twice, also as sub/../a.yaml) and --plan b.yaml:');
    // Different files of one name stay apart.
    expect(message('a.yaml', 'sub/a.yaml', '--out', 'r')).toContain('and was given 2, a.yaml and sub/a.yaml:');
    // Once as a plan file, once as another flag's value: given once, so named as given.
    expect(message('a.yaml', 'b.yaml', '--out=./a.yaml')).toContain('and was given 2, a.yaml and b.yaml:');
    // A path below a file cannot be read: named by its path, not thrown.
    expect(message('package.json/a.yaml', 'package.json/./a.yaml', '--out', 'r')).toContain('was given package.json/a.yaml (twice, also as package.json/./a.yaml)');
  });

  it('a link to the plan file is the same file, which exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-same-plan-'));
    try {
      writeFileSync(join(dir, 'a.yaml'), 'reps: 1\n');
      symlinkSync(join(dir, 'a.yaml'), join(dir, 'link.yaml'));
      expect(message(join(dir, 'a.yaml'), join(dir, 'link.yaml'), '--out', 'r')).toBe(`sweep takes one plan file, as its first argument, and was given ${join(dir, 'a.yaml')} (twice, also as ${join(dir, 'link.yaml')}): give it once (cfsim sweep ${join(dir, 'a.yaml')} --out r)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI says so before yargs asks for --out', () => {
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'sweep', 'a.yaml', 'b.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cfsim: sweep takes one plan file, as its first argument, and was given 2, a.yaml and b.yaml');
    expect(r.stderr).not.toContain('missing --out');
  });
});

describe('what sweep says beside a --json or --dry_run it does not take', () => {
  it('--json: where its results go, and the command that prints them as JSON', () => {
    expect(sweepUnknownFlagNote('json')).toBe('a sweep writes its results to files in --out, runs.csv and sweep.json; cfsim analyze DIR --json prints their analysis');
    expect(message('--plan', 'a.yaml', '--json')).toContain('Nor does it take --json (a sweep writes its results to files in --out, runs.csv and sweep.json; cfsim analyze DIR --json prints their analysis)');
  });

  it('--dry-run names the plan file given in the validate command it points to, and PLAN where none is given', () => {
    expect(sweepUnknownFlagNote('dry-run', 'my plan.yaml')).toBe("a sweep has no dry run; cfsim validate 'my plan.yaml' checks a plan without running it, and counts its points and runs");
    expect(sweepUnknownFlagNote('dry-run')).toContain('cfsim validate PLAN checks a plan');
    expect(message('--plan', 'a.yaml', '--dry-run', 'r')).toContain('Nor does it take --dry-run (a sweep has no dry run; cfsim validate a.yaml checks a plan');
    for (const args of [['a.yaml', '--dry-run', '--out', 'r'], ['--dry-run', 'a.yaml', '--out', 'r']]) {
      const r = spawnSync(process.execPath, ['dist/cfsim.js', 'sweep', ...args], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('unknown option --dry-run (a sweep has no dry run; cfsim validate a.yaml checks a plan without running it');
    }
  });

  it('--dry-run beside a folder, or a file that is no plan, says what was given as PLAN and what PLAN is, where it pointed to cfsim validate of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-not-plan-'));
    try {
      const at = (name: string) => join(dir, name);
      mkdirSync(at('results'));
      mkdirSync(at('swept'));
      for (const name of ['sweep.json', 'plan.json', 'runs.csv']) writeFileSync(join(at('swept'), name), '');
      writeFileSync(at('notes.txt'), 'x: 1\n');
      writeFileSync(at('myplan'), 'parameters:\n  community.stigma: { values: [0.1, 0.2] }\n');
      const expected = 'a sweep has no dry run; cfsim validate PLAN checks a plan without running it, and counts its points and runs, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); ';
      expect(sweepUnknownFlagNote('dry-run', at('results'))).toBe(`${expected}"${at('results')}", given as PLAN, is a folder`);
      expect(sweepUnknownFlagNote('dry-run', at('swept'))).toBe(`${expected}"${at('swept')}", given as PLAN, is a sweep's results folder (cfsim analyze ${at('swept')} analyzes it)`);
      expect(sweepUnknownFlagNote('dry-run', at('notes.txt'))).toBe(`${expected}"${at('notes.txt')}", given as PLAN, is a file with no plan's extension and no parameters: field, not a plan`);
      expect(sweepUnknownFlagNote('dry-run', at('nothing'))).toBe(`${expected}"${at('nothing')}", given as PLAN, is no file here and has no plan's extension`);
      writeFileSync(at('named.yml'), 'parameters: {}\n');
      expect(sweepUnknownFlagNote('dry-run', at('named'))).toBe(`${expected}"${at('named')}", given as PLAN, is no file here and has no plan's extension (did you mean "${at('named.yml')}"?)`);
      // A plan without a plan's extension is checked by validate all the same; a missing a.yaml is the plan, to be written.
      expect(sweepUnknownFlagNote('dry-run', at('myplan'))).toContain(`cfsim validate ${at('myplan')} checks a plan`);
      expect(sweepUnknownFlagNote('dry-run', at('a.yaml'))).toContain(`cfsim validate ${at('a.yaml')} checks a plan`);
      for (const args of [['results', '--dry-run'], ['--dry-run', 'results']]) {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist/cfsim.js'), 'sweep', ...args], { cwd: dir, encoding: 'utf8' });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toContain(`unknown option --dry-run (${expected}"results", given as PLAN, is a folder)`);
        expect(r.stderr).not.toContain('cfsim validate results');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers no command that sweeps a folder given as the plan (sweep --plan results --dry-run, sweep results r), but PLAN, and says what was given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-folder-plan-'));
    try {
      const results = join(dir, 'results');
      mkdirSync(results);
      const said = `, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); "${results}", given as PLAN, is a folder`;
      const validate = 'a sweep has no dry run; cfsim validate PLAN checks a plan without running it, and counts its points and runs';
      // What was given is said once, before the --dry-run note, which then names PLAN alone.
      expect(message('--plan', results, '--dry-run')).toBe(`sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR${said}. Nor does it take --dry-run (${validate}): it accepts --out, --threads, --resume, --shard, --emit, --shards`);
      expect(message('--plan', results)).toBe(`sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR${said}`);
      expect(message('--plan', results, '--out', 'r', '--threads', '2')).toBe(`sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep PLAN --out r --threads 2)${said}`);
      expect(message(results, 'r', '--dry-run')).toBe(`sweep takes one argument, its plan file (here cfsim sweep PLAN --out r: a sweep names its results folder with --out, not as an argument)${said}. Nor does it take --dry-run (${validate}): it accepts --out, --threads, --resume, --shard, --emit, --shards`);
      expect(message(results, results)).toBe(`sweep takes one plan file, as its first argument, and was given ${results} (twice): give it once (cfsim sweep PLAN --out DIR)${said}`);
      for (const m of [message('--plan', results, '--dry-run'), message(results, 'r')]) expect(m).not.toContain(`cfsim sweep ${results}`);
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cfsim.js'), 'sweep', '--plan', 'results', '--dry-run'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('cfsim: sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR, where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json); "results", given as PLAN, is a folder. Nor does it take --dry-run');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--dry_run is --dry-run: pointed to validate, and taking no argument after it', () => {
    expect(sweepUnknownFlagNote('dry_run')).toBe(sweepUnknownFlagNote('dry-run'));
    expect(message('--plan', 'a.yaml', '--dry_run', 'r')).toContain('(here cfsim sweep a.yaml --out r: a sweep names its results folder with --out');
  });
});
