import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../viz/report/export';
import { choiceLabel, responseSpec } from '../../../viz/specs/sweep';
import { labelsApart, renderedAxisLabels, responseXLabels } from './renderedLabels';

describe('a choice on a one-parameter chart', () => {
  it('give long choices whole, in lines, apart and within the chart (they ran together, past its ends, or were cut)', async () => {
    await chartSvg({ data: { values: [] }, mark: 'point' });
    const names = ['current-practice-default', 'opt-out-support-package', 'opt-in-support-package-extended'];
    const labels = await responseXLabels(names);
    expect(labels.map((l) => l.text.replace(/\n/g, ''))).toEqual(names);
    // Lines as wide as DejaVu Sans's widths let them be (choiceLabel), the widest font the figures are drawn in.
    expect(labels[0].text).toBe('current-practice-\ndefault');
    expect(labelsApart(labels, 8)).toBe(true);
    expect(labels[0].x1).toBeGreaterThanOrEqual(0);
    expect(labels[2].x2).toBeLessThanOrEqual(380);
  });

  it('stays across where it fits its share of the axis, measured, not reckoned at 0.8 of the font size a character (which stood "mandatory" of five upright)', () => {
    expect(choiceLabel('mandatory', 380, 5)).toBe('mandatory');
    expect(choiceLabel('opt-out-support-package', 380, 3)).toBe('opt-out-support-\npackage');
    // Too long for its share, whatever the measure: upright.
    expect(choiceLabel('a_very_long_package_identifier_without_breaks', 380, 3)).toBeUndefined();
  });

  it('is drawn across, whole and apart from its neighbours in the exported figures\' font', async () => {
    await chartSvg({ data: { values: [] }, mark: 'point' }); // sets the exported figures' text measure
    const names = ['none', 'opt-in', 'opt-out', 'mandatory', 'peer-led'];
    const spec = responseSpec(names.map((x, i) => ({ mode: x, 'm.mean': i, runs: 1 })), 'mode', 'm');
    const labels = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).sort((a, b) => a.x1 - b.x1);
    expect(labels.map((l) => l.text)).toEqual(names);
    // Across: each wider than tall.
    expect(labels.every((l) => l.x2 - l.x1 > l.y2 - l.y1)).toBe(true);
    expect(labels.every((l, i) => i === 0 || l.x1 - labels[i - 1].x2 >= 8)).toBe(true);
  });
});
