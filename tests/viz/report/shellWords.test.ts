import { describe, expect, it } from 'vitest';
import { commandLine } from '../../../bin/commandLine';
import { redrawCommand, shellWord, shellWords } from '../../../viz/report/shellWords';

describe('the command that redraws a report (Reproduce this report, Then)', () => {
  it('reads the folder of the comparison whole, however commandLine recorded it, and quotes it again', () => {
    for (const argv of [
      ['compare', '--out', 'results/board'],
      ['compare', '--policies', 'status-quo,opt-out-support', '--out', '/tmp/board pack', '--reps', '20'],
      ['compare', '--out', "it's $HOME here"],
      ['compare', '--out=/tmp/board pack'],
    ]) {
      const recorded = commandLine(argv);
      expect(shellWords(recorded), recorded).toEqual(['cfsim', ...argv]);
      const folder = argv.find((w) => w.startsWith('--out='))?.slice(6) ?? argv[argv.indexOf('--out') + 1];
      // As a shell reads it back: the report command's third word is the folder.
      expect(shellWords(redrawCommand(recorded, ['--budget', '25000'])), recorded).toEqual(['cfsim', 'report', folder, '--budget', '25000']);
    }
    // Was "cfsim report '/tmp/board --budget 5000", cut at the space, its quote never closed.
    expect(redrawCommand("cfsim compare --out '/tmp/board pack'", ['--budget', '5000'])).toBe("cfsim report '/tmp/board pack' --budget 5000");
    expect(redrawCommand('cfsim compare --out results', ['--value-per-departure', '50000'])).toBe('cfsim report results --value-per-departure 50000');
  });

  it('names RESULTS where the comparison named no folder', () => {
    expect(redrawCommand('cfsim compare --reps 20', ['--budget', '1'])).toBe('cfsim report RESULTS --budget 1');
  });

  it('writes the redrawn report where -o wrote it, a path with a space quoted', () => {
    expect(redrawCommand('cfsim compare --out results', ['--budget', '5000'], 'board/pack.html')).toBe('cfsim report results --budget 5000 -o board/pack.html');
    expect(shellWords(redrawCommand('cfsim compare --out results', ['--budget', '5000'], '/tmp/board pack.html'))).toEqual(['cfsim', 'report', 'results', '--budget', '5000', '-o', '/tmp/board pack.html']);
  });

  it('quotes a word only where a shell would split or read it', () => {
    expect(shellWord('results/a-1')).toBe('results/a-1');
    expect(shellWord("a b'c")).toBe("'a b'\\''c'");
  });
});
