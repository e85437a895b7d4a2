import { describe, expect, it } from 'vitest';
import { band, isWorse, keyEntries, keyTitle, MEASURES, scoreOf, tileColor, TILE_MEASURES, worseCountText } from '../../viz/app/tileScale';

// What the team view's tiles show for each ProQOL scale: its band on the ProQOL 5 cut scores,
// its colour (the worse, the warmer and darker), its outline and its words.

/** A colour's relative luminance (WCAG): the darker, the lower. */
const luminance = (css: string) => {
  const [r, g, b] = (css.match(/\d+/g) ?? []).map((c) => {
    const x = Number(c) / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** How warm a colour is: red over blue. */
const warmth = (css: string) => {
  const [r, , b] = (css.match(/\d+/g) ?? []).map(Number);
  return r - b;
};

describe('tile scales', () => {
  it('bands follow the ProQOL 5 cut scores for every scale (low 22 or less, average 23–41, high 42 or more), on the rounded score', () => {
    expect([10, 22, 22.49, 22.5, 23, 41, 41.49, 41.5, 42, 50].map(band)).toEqual(['low', 'low', 'low', 'average', 'average', 'average', 'average', 'high', 'high', 'high']);
  });

  it('the worse band is high for STS and burnout, low for compassion satisfaction', () => {
    expect(TILE_MEASURES.map((m) => [isWorse(m, 45), isWorse(m, 15), isWorse(m, 30)])).toEqual([
      [true, false, false],
      [true, false, false],
      [false, true, false],
    ]);
    expect(TILE_MEASURES.map((m) => MEASURES[m].worseClass)).toEqual(['high-sts', 'high-burnout', 'low-satisfaction']);
  });

  it('reads each scale\'s own score from a seat', () => {
    const seat = { proqolSTS: 31, proqolBO: 27, proqolCS: 44 };
    expect(TILE_MEASURES.map((m) => scoreOf(seat, m))).toEqual([31, 27, 44]);
  });

  it('STS keeps the colours it had: pale blue, a pale-to-mid orange ramp, deep orange', () => {
    expect(tileColor('sts', 22)).toBe('rgb(214, 232, 248)');
    expect(tileColor('sts', 23)).toBe('rgb(250, 226, 196)');
    expect(tileColor('sts', 41)).toBe('rgb(236, 150, 80)');
    expect(tileColor('sts', 42)).toBe('rgb(213, 94, 0)');
    expect(tileColor('burnout', 33)).toBe(tileColor('sts', 33));
  });

  it('worse is always warmer and darker: stress and burnout as the score rises, satisfaction as it falls (its ramp reversed)', () => {
    for (const m of TILE_MEASURES) {
      const worseToBetter = m === 'satisfaction' ? [10, 22, 23, 30, 41, 42, 50] : [50, 42, 41, 30, 23, 22, 10];
      const colours = worseToBetter.map((s) => tileColor(m, s));
      for (let k = 1; k < colours.length; k++) {
        expect(luminance(colours[k]), `${m}: ${worseToBetter[k]} is lighter than ${worseToBetter[k - 1]}`).toBeGreaterThanOrEqual(luminance(colours[k - 1]));
        expect(warmth(colours[k]), `${m}: ${worseToBetter[k]} is cooler than ${worseToBetter[k - 1]}`).toBeLessThanOrEqual(warmth(colours[k - 1]));
      }
    }
    // A worker with higher satisfaction gets the cooler colour, in every band.
    for (const [lower, higher] of [[20, 44], [25, 38], [30, 35]]) expect(warmth(tileColor('satisfaction', higher))).toBeLessThan(warmth(tileColor('satisfaction', lower)));
    expect(tileColor('satisfaction', 42)).toBe(tileColor('sts', 22));
    expect(tileColor('satisfaction', 22)).toBe(tileColor('sts', 42));
    expect(tileColor('satisfaction', 24)).toBe(tileColor('sts', 40));
  });

  it('the key runs from better to worse, pale blue to deep orange, outlines the worse band and says which way is worse', () => {
    expect(keyEntries('sts').map((e) => [e.text, e.swatchClass])).toEqual([
      ['low, 22 or less', 'low'],
      ['average, 23–41', 'average'],
      ['high, 42 or more (black outline)', 'high high-sts'],
    ]);
    expect(keyEntries('satisfaction').map((e) => [e.text, e.swatchClass])).toEqual([
      ['high, 42 or more', 'high'],
      ['average, 23–41', 'average'],
      ['low, 22 or less (black outline)', 'low low-satisfaction'],
    ]);
    for (const m of TILE_MEASURES) {
      const [better, average, worse] = keyEntries(m);
      expect(better.background).toBe('rgb(214, 232, 248)');
      expect(average.background).toBe(`linear-gradient(to right, ${tileColor('sts', 23)}, ${tileColor('sts', 41)})`);
      expect(worse.background).toBe('rgb(213, 94, 0)');
      expect(keyTitle(m)).toContain('warmer, darker = worse');
    }
    expect(keyTitle('satisfaction')).toBe('(number: ProQOL CS, high is good; warmer, darker = worse):');
    expect(keyTitle('burnout')).toBe('(number: ProQOL burnout; warmer, darker = worse):');
  });

  it('the facts line counts the worse band in the scale\'s words', () => {
    expect(worseCountText('sts', 3)).toBe('3 with high STS');
    expect(worseCountText('burnout', 3)).toBe('3 with high burnout');
    expect(worseCountText('satisfaction', 2)).toBe('2 with low satisfaction');
  });
});
