import { describe, expect, it } from 'vitest';
import { SEPARATION_REASONS } from '../../../models/separationAttribution';
import { separationsSpec } from '../../../viz/specs/separations';

const causes = SEPARATION_REASONS.map((reason, k) => ({ policy: 'status-quo', reason, separations: k + 0.5, workerYears: 10, per100WorkerYears: (100 * (k + 0.5)) / 10 }));

describe('chart 9: why staff leave', () => {
  it('stacks every reason, each with its own legend label, the baseline last', () => {
    const spec = separationsSpec(causes, ['status-quo']) as unknown as {
      data: { values: { reason: string; driver: string; order: number; per100WorkerYears: number }[] };
      encoding: { color: { scale: { domain: string[] } } };
      title: { subtitle: string[] };
    };
    const values = spec.data.values;
    const labels = spec.encoding.color.scale.domain;
    expect(labels).toHaveLength(SEPARATION_REASONS.length);
    expect(new Set(values.map((v) => v.driver))).toEqual(new Set(labels));
    expect(values.find((v) => v.reason === 'baseline')!.order).toBe(SEPARATION_REASONS.length - 1);
    expect(labels[labels.length - 1]).toBe('Reasons any worker has (no strain)');
    for (const reason of ['low-satisfaction', 'low-pay']) expect(labels).toContain(values.find((v) => v.reason === reason)!.driver);
    // The bars are the fractional shares as given: they add up to the separations per 100 worker-years.
    expect(values.reduce((s, v) => s + v.per100WorkerYears, 0)).toBeCloseTo(causes.reduce((s, c) => s + c.per100WorkerYears, 0), 12);
    const subtitle = spec.title.subtitle.join(' ');
    expect(subtitle).toContain('reference worker');
    expect(subtitle).toContain('in proportion');
  });
});
