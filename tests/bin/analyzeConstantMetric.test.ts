import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parameterFigure, readableNumber } from '../../viz/specs/readableNumber';
import { cliScratch } from './cliScratch';

// `cfsim analyze` on a Sobol sweep in which a metric does not vary: the value it is constant at, printed as a metric's.

const { cfsim, swept } = cliScratch('analyze-constant');

describe('a Sobol sweep whose metric is the same at every base point', () => {
  // Over 60 days neither parameter changes who leaves: the vacancy rate is the same in every run.
  let out: string;
  beforeAll(() => {
    out = swept(
      'constant',
      'parameters:\n  policy.supervision.quality: { min: 0.2, max: 0.8 }\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: sobol\npoints: 4\nreps: 1\nseed: 1\nset: { days: 60 }\nmetrics: [vacancyRate]\n',
      '--threads',
      '1',
    );
  });

  it('prints the value it did not vary from as analyze prints a metric (four significant digits, 0.1140), not as a parameter (0.114)', () => {
    const rates = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split(',').at(-1)));
    expect(new Set(rates).size, 'the fixture: the vacancy rate the same in every run').toBe(1);
    const rate = rates[0];
    expect(readableNumber(rate, 4, 6), 'the fixture: a value whose four digits end in 0').toBe('0.1140');
    expect(parameterFigure(rate)).toBe('0.114');
    const r = cfsim('analyze', out, '--bootstrap', '0');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("vacancyRate: the same at every base point (the design's A and B points), so no Sobol indices: the output did not vary (0.1140 at each;");
  });
});
