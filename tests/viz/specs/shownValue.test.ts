import { describe, expect, it } from 'vitest';
import { formatLocale } from 'vega';
import seedrandom from 'seedrandom';
import { shownValue } from '../../../viz/specs/shownValue';

// As Vega's `format` expression function formats: its default locale's. vega-typings declare formatLocale a setter only;
// called without a definition it gives the default locale's formatters.
const vegaFormat = (formatLocale as unknown as () => { format: (spec: string) => (value: number) => string })().format;

describe('shownValue', () => {
  const random = seedrandom.alea('shown-value');
  // Scores, shares and head counts as the charts hold them, halves and their neighbours included.
  const values = [
    ...Array.from({ length: 2000 }, () => 10 + 40 * random()),
    ...Array.from({ length: 2000 }, () => random()),
    ...Array.from({ length: 500 }, () => 60 * random()),
    0, 0.0005, 0.00049999, 0.1255, 1.005, 2.5, 21.25, 21.35, 0.3335,
  ];

  for (const spec of ['.1f', '.0f', '.1~%', '.1%']) {
    it(`rounds to what ${spec} shows, which formats as the value did`, () => {
      const shown = vegaFormat(spec);
      for (const value of values) {
        const rounded = shownValue(value, spec);
        expect(shown(rounded), String(value)).toBe(shown(value));
        expect(String(rounded).length, String(value)).toBeLessThanOrEqual(6);
      }
    });
  }

  it('leaves a value in another format, or none, as it is', () => {
    expect(shownValue(21.34567, ',d')).toBe(21.34567);
    expect(shownValue(Number.NaN, '.1f')).toBeNaN();
  });
});
