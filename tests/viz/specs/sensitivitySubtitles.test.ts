import { describe, expect, it } from 'vitest';
import { morrisSpec, prccSpec, sobolIndicesSpec } from '../../../viz/specs/sweep';
import { SUBTITLE_LINE_CHARS } from '../../../viz/specs/subtitleLines';
import { renderedTitleEnd } from './renderedTitle';

const subtitle = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle;

describe('the sensitivity charts\' subtitles', () => {
  it(`keep every line, the first included, to ${SUBTITLE_LINE_CHARS} characters, their words all there`, () => {
    const morris = subtitle(morrisSpec({ turnoverPerYear: [{ parameter: 'community.stigma', mu: 0.2, muStar: 0.3, muStarLow: 0.2, muStarHigh: 0.4, sigma: 0.1 }] }));
    const prcc = subtitle(prccSpec({ turnoverPerYear: [{ parameter: 'community.stigma', prcc: 0.5, low: 0.4, high: 0.6 }] }));
    const sobol = subtitle(sobolIndicesSpec({ turnoverPerYear: [{ parameter: 'community.stigma', S1: 0.5, S1low: 0.4, S1high: 0.6, ST: 0.6, STlow: 0.5, SThigh: 0.7 }] }));
    for (const lines of [morris, prcc, sobol]) expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(SUBTITLE_LINE_CHARS);
    expect(morris.join(' ')).toContain("Effects are per unit of the parameter's range. Lines: 95% bootstrap intervals of μ*.");
    expect(prcc.join(' ')).toContain("the others' effects removed; black lines: 95% intervals.");
    expect(sobol.join(' ')).toContain('(ST); black lines: 95% bootstrap intervals.');
  });

  it('break a Morris chart\'s subtitle to its panels\' width: with one metric the title block ends within the plot', async () => {
    const rows = [{ parameter: 'community.stigma', mu: 0.2, muStar: 0.3, muStarLow: 0.2, muStarHigh: 0.4, sigma: 0.1 }];
    const one = await renderedTitleEnd(morrisSpec({ turnoverPerYear: rows }));
    expect(one.title, `plot ${one.plot}`).toBeLessThanOrEqual(one.plot);
    const three = await renderedTitleEnd(morrisSpec({ turnoverPerYear: rows, proqolSTS: rows, proqolBO: rows }));
    expect(three.title, `plot ${three.plot}`).toBeLessThanOrEqual(three.plot);
    // Three panels give the lines room: fewer of them than one panel.
    expect(subtitle(morrisSpec({ turnoverPerYear: rows, proqolSTS: rows, proqolBO: rows })).length).toBeLessThan(subtitle(morrisSpec({ turnoverPerYear: rows })).length);
  });
});
