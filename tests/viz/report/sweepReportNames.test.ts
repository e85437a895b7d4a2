import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../../viz/report/sweepReport';
import type { SweepAnalysis } from '../../../scenarios/sweepAnalysis';
import { renderedSvg } from '../specs/renderedSvg';

// Vega misreads a string literal naming an object property ("constructor") in an expression
// (expressionSafeStrings.ts); a sweep's charts carry its parameter paths and metric names, and a
// categorical parameter's values, in theirs.

describe("a sweep's charts", () => {
  const points = [0, 1, 2].flatMap((x) => ['constructor', 'toString'].map((y, k) => ({ valueOf: x, hasOwnProperty: y, 'constructor.mean': x + k, 'constructor.p05': x, 'constructor.p95': x + 2, runs: 2 })));
  const analysis = { design: 'grid', points } as unknown as SweepAnalysis;

  it('draw parameters and metrics named like object properties', async () => {
    const charts = sweepCharts(analysis, ['valueOf'], ['constructor']);
    const heatmaps = sweepCharts(analysis, ['valueOf', 'hasOwnProperty'], ['constructor'], { hasOwnProperty: ['constructor', 'toString'] });
    for (const chart of [...charts, ...heatmaps]) expect(await renderedSvg(chart.spec), chart.id).toContain('constructor');
    // The heatmap's rows, labelled by the values (with an invisible zero-width space: expressionSafeString).
    const rows = await renderedSvg(heatmaps[0].spec);
    for (const value of ['constructor', 'toString']) expect(rows).toMatch(new RegExp(`>${value}\u200B?</text>`));
  });
});
