import { describe, expect, it } from 'vitest';
import { responseSpec } from '../../../viz/specs/sweep';
import { renderedAxisLabels } from './renderedLabels';
import { renderedTitleEnd } from './renderedTitle';

const over = (parameter: string, metric: string, xs: readonly number[]) => xs.map((x, i) => ({ [parameter]: x, [`${metric}.mean`]: 0.2 + i / 100, runs: 4 }));

describe("the one-parameter chart's x labels", () => {
  it('label a parameter of whole numbers (days) in whole numbers, with no tick between two', async () => {
    const spec = responseSpec(over('policy.supervision.intervalDays', 'turnoverPerYear', [10, 11, 12]), 'policy.supervision.intervalDays', 'turnoverPerYear');
    const shown = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).map((l) => l.text);
    expect(shown).toEqual(['10', '11', '12']);
  });

  it('group the thousands of whole numbers as the axis did before (a salary of 48,000, not 48000)', async () => {
    const spec = responseSpec(over('costs.salary', 'turnoverPerYear', [40000, 50000, 60000]), 'costs.salary', 'turnoverPerYear');
    const shown = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).map((l) => l.text);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((t) => /^\d{1,3}(,\d{3})+$/.test(t)), shown.join(' ')).toBe(true);
  });

  it('keep decimals where a value is not a whole number', async () => {
    const spec = responseSpec(over('community.stigma', 'turnoverPerYear', [0.1, 0.5, 0.9]), 'community.stigma', 'turnoverPerYear');
    const shown = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).map((l) => l.text);
    expect(shown).toContain('0.5');
  });

  it('keep fractional ticks for a share swept only at 0 and 1: the field is not a whole number, whatever the values', async () => {
    const spec = responseSpec(over('community.stigma', 'turnoverPerYear', [0, 1]), 'community.stigma', 'turnoverPerYear');
    const shown = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).map((l) => l.text);
    expect(shown).toContain('0.5');
  });

  it('judge by the values a parameter the schema does not know', async () => {
    const spec = responseSpec(over('notAField', 'turnoverPerYear', [10, 11, 12]), 'notAField', 'turnoverPerYear');
    const shown = (await renderedAxisLabels(spec)).filter((l) => l.orient === 'bottom' && l.shown).map((l) => l.text);
    expect(shown).toEqual(['10', '11', '12']);
  });
});

describe("the one-parameter chart's title", () => {
  it('ends within the plot, however long the names (a PNG cut off a title wider than the figure drew it)', async () => {
    for (const [parameter, metric] of [
      ['coefficients.singleSessionHarm', 'sessionCostPerWorkerYear'],
      ['policy.supervision.intervalDays', 'turnoverPerYear'],
    ]) {
      const { title, plot } = await renderedTitleEnd(responseSpec(over(parameter, metric, [1, 2, 3]), parameter, metric));
      expect(plot).toBe(380);
      expect(title, `${parameter} × ${metric}`).toBeLessThanOrEqual(plot);
    }
  });
});
