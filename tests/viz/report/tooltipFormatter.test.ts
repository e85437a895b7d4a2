import { describe, expect, it } from 'vitest';
import { escapeHTML, formatValue } from 'vega-tooltip';
import { TOOLTIP_FORMATTER_SOURCE } from '../../../viz/report/tooltipFormatter';
import { TOOLTIP_ROW_KEY_PREFIX, tooltipRowKey } from '../../../viz/specs/tooltipRowKeys';

type Formatter = (value: unknown, valueToHtml: (value: unknown) => string, maxDepth: number) => string;
// The page runs the source as a script (html.ts); here it is evaluated as the page does.
const format = (new Function(`return (${TOOLTIP_FORMATTER_SOURCE});`)() as (prefix: RegExp) => Formatter)(TOOLTIP_ROW_KEY_PREFIX);
const MAX_DEPTH = 2;

describe("the report page's tooltip formatter", () => {
  it("shows what vega-tooltip shows of any tooltip without a key 'title' or 'image'", () => {
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const values: unknown[] = [
      'a <b> & c',
      21.3,
      0,
      true,
      ['status-quo', '<i>', 3, null, { a: 1 }, ['x', ['y', ['z', ['deep']]]]],
      [],
      { Measure: 'Burnout', Day: 7, Mean: '21.3', '<key>': 'v & w' },
      { empty: null, zero: 0, flag: false, blank: '', gone: undefined },
      { nested: { a: { b: { c: { d: 1 } } } }, list: [1, [2, [3, [4]]]], loop: circular },
      { only: undefined },
      {},
    ];
    for (const [k, value] of values.entries()) expect(format(value, escapeHTML, MAX_DEPTH), `value ${k}`).toBe(formatValue(value, escapeHTML, MAX_DEPTH, ''));
  });

  it("shows keys 'title' and 'image' as rows, with no heading or picture", () => {
    const shown = format({ title: 'A heading', image: 'x" onerror="alert(1)', Day: 7 }, escapeHTML, MAX_DEPTH);
    expect(shown).toBe('<table><tr><td class="key">title</td><td class="value">A heading</td></tr><tr><td class="key">image</td><td class="value">x" onerror="alert(1)</td></tr><tr><td class="key">Day</td><td class="value">7</td></tr></table>');
  });

  it("shows a unique row key as its label, escaped but not otherwise changed", () => {
    const shown = format({ [tooltipRowKey(0, '<img src=x onerror=alert(1)> & co')]: '1', [tooltipRowKey(1, 'Day')]: '2' }, () => 'CHANGED', MAX_DEPTH);
    expect(shown).toBe('<table><tr><td class="key">&lt;img src=x onerror=alert(1)> &amp; co</td><td class="value">CHANGED</td></tr><tr><td class="key">Day</td><td class="value">CHANGED</td></tr></table>');
  });
});
