import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldTables } from '../../bin/foldTable';
import { definitionLine, isTableRow, MAX_WRAP_WIDTH, tableLines, wrapText, wrapWidth } from '../../bin/wrapText';
import { shellQuote } from '../../bin/slurm';

const columns = (line: string) => [...line].length;
const widest = (text: string) => Math.max(...text.split('\n').map(columns));
/** The words of a text, whatever its line breaks: wrapping must keep them all, in order. */
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

const PARAGRAPH =
  'Value for money: opt-out-support costs the whole team $198,695 a year more than status-quo (net of what it changes in replacing leavers, absence and vacant seats), and 2.8 fewer staff leave a year: $69,700 per departure avoided on average (90% interval $60,000 to $82,700).';

const TABLE = [
  'Outcome                                            status-quo  opt-out-support              difference (90% range)  verdict',
  '-------------------------------------------------  ----------  ---------------  ----------------------------------  -------------------------------------',
  'ProQOL compassion satisfaction                           37.3             38.4                 +1.1 (+0.4 to +1.5)  clearly better (higher) but small',
  'Staff with high burnout (≥42)                            0.1%             0.0%         −0.1 pp (−1.0 pp to 0.0 pp)  better (lower) in 3 of 20 futures',
].join('\n');

describe('wrapText', () => {
  it('breaks a long prose line at spaces into lines no wider than the width, keeping every word', () => {
    for (const width of [40, 63, 80, 100]) {
      const wrapped = wrapText(PARAGRAPH, width);
      expect(widest(wrapped), `width ${width}`).toBeLessThanOrEqual(width);
      expect(wrapped.split('\n').length).toBeGreaterThan(1);
      expect(words(wrapped)).toEqual(words(PARAGRAPH));
    }
    // A paragraph on its own wraps flush: its lines start where it does.
    expect(wrapText(PARAGRAPH, 80).split('\n').every((line) => !line.startsWith(' '))).toBe(true);
  });

  it('leaves text whose lines fit as it is, and changes nothing in text it has wrapped', () => {
    const short = 'Sweep s-and-s (sobol design)\n\nproqolSTS: Sobol indices\n';
    expect(wrapText(short, 40)).toBe(short);
    const text = `Warm-up: ${PARAGRAPH}\n  - ${PARAGRAPH}\n\n${TABLE}\n* ${PARAGRAPH}\n`;
    for (const width of [40, 80]) {
      const once = wrapText(text, width);
      expect(wrapText(once, width)).toBe(once);
    }
  });

  it('keeps a line\'s indentation on its continuation lines, hanging them under the text after a list marker', () => {
    const indented = wrapText(`    ${PARAGRAPH}`, 60).split('\n');
    expect(indented.every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    const listed = wrapText(`cfsim: invalid input:\n  - parameters.policy: ${PARAGRAPH}`, 60).split('\n');
    expect(listed[1].startsWith('  - parameters.policy:')).toBe(true);
    expect(listed.slice(2).every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    const footnote = wrapText(`* ${PARAGRAPH}`, 60).split('\n');
    expect(footnote.slice(1).every((line) => /^ {2}\S/.test(line))).toBe(true);
  });

  it('hangs the continuation lines of a line among others two columns in, so each shows where it starts', () => {
    const header = wrapText(`CFSim 0.12.0: scenario ma-outreach\nWarm-up: ${PARAGRAPH}\nValues: ${PARAGRAPH}\n`, 70).split('\n');
    const starts = header.filter((line) => !line.startsWith(' '));
    expect(starts.map((line) => line.split(':')[0])).toEqual(['CFSim 0.12.0', 'Warm-up', 'Values', '']);
    expect(header.filter((line) => line.startsWith(' ')).every((line) => /^ {2}\S/.test(line))).toBe(true);
  });

  it('keeps a YAML comment a comment on every line', () => {
    const yaml = `# population.startingLevels for ma-outreach under status-quo, calibrated in 3 rounds to its team means over days 1095-3649 (20 replications, seed 1).\npopulation:\n  startingLevels:\n    sts: 0.42\n`;
    const wrapped = wrapText(yaml, 60).split('\n');
    expect(wrapped.slice(0, 3).every((line) => line.startsWith('# '))).toBe(true);
    expect(wrapped.slice(3).join('\n')).toBe('population:\n  startingLevels:\n    sts: 0.42\n');
  });

  it('never wraps a table: rows with columns two spaces or a tab apart, separators of dashes, and the rows that follow them until a sentence ends', () => {
    expect(wrapText(TABLE, 60)).toBe(TABLE);
    const tsv = `point\tpolicy\tcommunity.stigma\truns\t${'proqolCS.mean\t'.repeat(12)}\n0\tstatus-quo\t0.1000\t2\t${'37.14\t'.repeat(12)}`;
    expect(wrapText(tsv, 60)).toBe(tsv);
    // A long parameter against a wide cell leaves one space between columns: still a row of the table above it.
    const sobol = [
      'parameter                                           first-order S1                  total ST',
      'community.stigma                              1.08 (0.499 to 1.88)      1.08 (0.434 to 1.77)',
      'population.startingLevels.traumaticMemoriesRatio −0.003 (−0.007 to −0.002) 0.001 (0.000 to 0.003)',
      `Caution: ${PARAGRAPH}`,
    ].join('\n');
    const wrapped = wrapText(sobol, 60).split('\n');
    expect(wrapped.slice(0, 3)).toEqual(sobol.split('\n').slice(0, 3));
    expect(wrapped.slice(3).every((line) => columns(line) <= 60)).toBe(true);
    expect(tableLines(sobol.split('\n'))).toEqual([true, true, true, false]);
  });

  it('wraps the notes under a table, which end their sentences, but not the table', () => {
    const text = `${TABLE}\n"Small": ${PARAGRAPH}\n* ${PARAGRAPH}\n`;
    const wrapped = wrapText(text, 80);
    expect(wrapped.startsWith(`${TABLE}\n"Small": `)).toBe(true);
    expect(wrapped.slice(TABLE.length).split('\n').every((line) => columns(line) <= 80)).toBe(true);
    expect(words(wrapped)).toEqual(words(text));
  });

  it('leaves a word wider than the line whole, on a line of its own', () => {
    const path = `/home/someone/${'results/'.repeat(8)}runs.csv`;
    const wrapped = wrapText(`sweep complete: 64 of 64 runs done; results in ${path}`, 50).split('\n');
    expect(wrapped).toContain(path);
    expect(wrapped.filter((line) => line !== path).every((line) => columns(line) <= 50)).toBe(true);
  });

  it('breaks neither beside a one-symbol word, nor between a flag and its value, nor inside a cfsim command, which then copies as one line', () => {
    const formula = wrapText('each package\'s net benefit a year compared with status-quo, whole team: V × departures avoided − net cost, in each future', 80);
    expect(formula).toContain('V × departures avoided − net cost,');
    const flag = wrapText('# population.startingLevels of ma-outreach under status-quo with --set population.seats=12 as set', 70);
    expect(flag.split('\n')[1]).toBe('# --set population.seats=12 as set');
    const resume = 'sweep interrupted: 10 of 64 runs done; results in runs/runs.csv; to run the other 54, resume it: cfsim sweep plan.yaml --out runs --shard 1/2 --resume';
    const lines = wrapText(resume, 80).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.endsWith('cfsim sweep plan.yaml --out runs --shard 1/2 --resume'))).toBe(true);
  });

  it('ends a command before a bracketed remark, and keeps an sbatch command whole too', () => {
    const merge = wrapText('To complete it, finish every shard, then cfsim merge mpart t0 t1 SHARD_DIR... (naming the shards not merged yet as SHARD_DIR).', 60).split('\n');
    expect(merge.every((line) => line.length <= 60)).toBe(true);
    expect(merge.some((line) => line.includes('cfsim merge mpart t0 t1 SHARD_DIR...'))).toBe(true);
    const slurm = wrapText('SHARD_DIR: shard-2 does not exist: that shard never ran; run it with the Slurm scripts (sbatch --array=2 study/slurm/array.sbatch), then merge again', 70).split('\n');
    expect(slurm.some((line) => line.includes('sbatch --array=2 study/slurm/array.sbatch),'))).toBe(true);
  });
});

describe('definitionLine', () => {
  it('puts the description at its column, wrapped under it to the width, or on one line without a width', () => {
    const description = 'Pre-booked fortnightly supervision, ongoing team processing and a grief protocol (seed 003 recommendations).';
    expect(definitionLine('  opt-out-support', description, 28, undefined)).toBe(`  opt-out-support${' '.repeat(11)}${description}`);
    const lines = definitionLine('  opt-out-support', description, 28, 60).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(60);
    expect(lines.slice(1).every((line) => /^ {28}\S/.test(line))).toBe(true);
    expect(words(lines.join(' '))).toEqual(words(`opt-out-support ${description}`));
  });
});

describe('isTableRow', () => {
  it('tells table rows from prose', () => {
    expect(['a  b', '  role: Clergy    10.4%', '----  ---', '-----', 'a\tb'].map(isTableRow)).toEqual([true, true, true, true, true]);
    expect(['Warm-up: day 0 follows 365 warm-up days', '  - parameters.policy: the package', '–: nobody of the group', ''].map(isTableRow)).toEqual([false, false, false, false]);
  });
});

describe('wrapWidth', () => {
  it('wraps only on a terminal of known width, at most MAX_WRAP_WIDTH columns, and not below 40', () => {
    expect(wrapWidth({ isTTY: true, columns: 80 })).toBe(80);
    expect(wrapWidth({ isTTY: true, columns: 240 })).toBe(MAX_WRAP_WIDTH);
    expect(wrapWidth({ isTTY: true, columns: 40 })).toBe(40);
    expect(wrapWidth({ isTTY: true, columns: 39 })).toBeUndefined();
    expect(wrapWidth({ isTTY: true })).toBeUndefined();
    expect(wrapWidth({ isTTY: false, columns: 80 })).toBeUndefined();
    expect(wrapWidth({ columns: 80 })).toBeUndefined();
  });
});

// Through a pseudo-terminal (util-linux `script`), against the same command piped. `npm test`
// builds dist/ first; run `node build.mjs` before running this file alone.
describe('the CLI on a terminal', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const CLI = join(ROOT, 'dist', 'cfsim.js');
  const COMPARE = ['compare', '--policies', 'status-quo,opt-out-support,stigma-reduction', '--reps', '20', '--days', '365', '--value-per-departure', '100000', '--threads', '2'];

  /** What a command prints on a terminal `cols` wide, from the stream kept (the other goes to /dev/null). */
  const onTerminal = (cols: number, kept: 'stdout' | 'stderr', args: readonly string[]) => {
    const dropped = kept === 'stdout' ? '2>/dev/null' : '>/dev/null';
    const command = `stty cols ${cols}; ${[process.execPath, CLI, ...args].map(shellQuote).join(' ')} ${dropped}`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.error, 'this test needs util-linux script').toBeUndefined();
    // The terminal ends its lines with \r\n.
    return r.stdout.replace(/\r\n/g, '\n');
  };
  const piped = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, COLUMNS: '80' } });
    return { stdout: r.stdout, stderr: r.stderr };
  };

  it('wraps a comparison\'s prose to the terminal\'s width and folds its tables to fit it; piped, it prints every paragraph and table row on one line', () => {
    const pipe = piped(COMPARE).stdout;
    const terminal = onTerminal(80, 'stdout', COMPARE);
    expect(terminal).toBe(wrapText(foldTables(pipe, 80), 80));
    // Piped, the tables are wider than 80 columns; on the terminal nothing is.
    expect(widest(pipe.split('\n').filter(isTableRow).join('\n'))).toBeGreaterThan(80);
    expect(widest(terminal)).toBeLessThanOrEqual(80);
    // Every word and number is still there (labels and headers repeat over the folded groups; separators change length).
    const distinct = (text: string) => new Set(words(text).filter((w) => !/^-+$/.test(w)));
    expect(distinct(terminal)).toEqual(distinct(pipe));
    // On a terminal wide enough for them, the tables are as piped.
    const wide = onTerminal(250, 'stdout', COMPARE);
    expect(wide.split('\n').filter(isTableRow)).toEqual(pipe.split('\n').filter(isTableRow));
    // Piped, the paragraphs stay single lines, as they were before wrapping existed.
    for (const start of ['Warm-up: ', 'Value for money: ', 'opt-out-support vs status-quo: paired differences', 'Turnover by role and lived experience: ', 'At $100,000 per departure avoided']) {
      const line = pipe.split('\n').find((l) => l.startsWith(start));
      expect(line && columns(line) > 80, start).toBe(true);
      expect(terminal.split('\n')).not.toContain(line);
    }
  });

  it('wraps messages on stderr when it is a terminal, and not on a terminal narrower than 40 columns', () => {
    const args = ['run', '--repz', '5'];
    const pipe = piped(args).stderr;
    expect(widest(pipe)).toBeGreaterThan(80);
    const terminal = onTerminal(80, 'stderr', args);
    expect(terminal).toBe(wrapText(pipe, 80));
    expect(widest(terminal)).toBeLessThanOrEqual(80);
    expect(onTerminal(30, 'stderr', args)).toBe(pipe);
    expect(widest(onTerminal(200, 'stderr', args))).toBeLessThanOrEqual(MAX_WRAP_WIDTH);
  });

  it('wraps list\'s descriptions under their own column on a terminal; piped, each entry is one line', () => {
    const pipe = piped(['list']).stdout;
    const terminal = onTerminal(80, 'stdout', ['list']);
    expect(widest(pipe)).toBeGreaterThan(80);
    expect(widest(terminal)).toBeLessThanOrEqual(80);
    expect(words(terminal)).toEqual(words(pipe));
    // A description's continuation lines start at its column, under its first word.
    const lines = terminal.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  ma-outreach '));
    expect(lines[at].indexOf('Massachusetts')).toBe(28);
    expect(lines[at + 1]).toMatch(/^ {28}\S/);
  });

  it('prints --json on a terminal as it does piped', () => {
    const args = ['run', '--reps', '2', '--days', '30', '--threads', '2', '--json'];
    expect(onTerminal(80, 'stdout', args)).toBe(piped(args).stdout);
  });
});
