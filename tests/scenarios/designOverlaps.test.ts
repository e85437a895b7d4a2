import { describe, expect, it } from 'vitest';
import { overlapFreeBaseRows, saltelliColumnOverlaps, saltelliDesign, saltelliPointIndex, SALTELLI_A, SALTELLI_B } from '../../sim/design/saltelli';
import { designOverlaps } from '../../scenarios/designOverlaps';
import { resolvePlan } from '../../scenarios/plan';
import { planDesign } from '../../scenarios/planDesign';

const plan = (points: number, parameters: number) =>
  resolvePlan({
    parameters: Object.fromEntries(['community.stigma', 'community.overdoseBurden', 'coefficients.stsGain', 'policy.supervision.quality', 'coefficients.separationCf'].slice(0, parameters).map((path) => [path, { min: 0.1, max: 0.9 }])),
    design: 'sobol',
    points,
    reps: 1,
  });

describe("a Sobol design's A and B samples", () => {
  it('are found the same in every base row for the first of 4 parameters at 4 points, which makes its indices 0', () => {
    const design = saltelliDesign(4, 4);
    const first = saltelliColumnOverlaps(design).find((o) => o.dimension === 0)!;
    expect(first.equalRows).toBe(4);
    // Checked against the design itself: A_B^(0) is A in every row.
    for (let j = 0; j < 4; j++) expect(design.points[saltelliPointIndex(4, j, SALTELLI_A) * 4]).toBe(design.points[saltelliPointIndex(4, j, SALTELLI_B) * 4]);
  });

  it('are named by parameter in a plan, with the base rows', () => {
    const p = plan(4, 4);
    expect(designOverlaps(p, planDesign(p).design)).toEqual({
      baseRows: 4,
      clearFrom: 16,
      parameters: [
        { parameter: 'community.stigma', equalRows: 4, correlation: 1 },
        { parameter: 'coefficients.stsGain', equalRows: 0, correlation: -1 },
        { parameter: 'policy.supervision.quality', equalRows: 2, correlation: expect.closeTo(0.2, 10) },
      ],
    });
  });

  it('are independent enough at 64 points and more with up to 5 parameters, and for other designs nothing is said', () => {
    for (const points of [64, 128, 256]) for (let k = 2; k <= 5; k++) expect(designOverlaps(plan(points, k), planDesign(plan(points, k)).design), `${points} points, ${k} parameters`).toBeUndefined();
    const grid = resolvePlan({ parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, design: 'grid', levels: 3, reps: 1 });
    expect(designOverlaps(grid, planDesign(grid).design)).toBeUndefined();
  });

  it('correlated columns are found too (r = −0.95 at 16 points with 5 parameters)', () => {
    const overlaps = saltelliColumnOverlaps(saltelliDesign(16, 5));
    expect(overlaps.map((o) => o.dimension)).toEqual([0, 1]);
    expect(overlaps[1].correlation).toBeCloseTo(-0.95, 2);
    expect(overlaps[1].equalRows).toBe(0);
  });

  it('clear at the number of base rows overlapFreeBaseRows gives, the smallest power of two above the plan\'s that does', () => {
    for (const k of [2, 4, 5, 10, 15, 40]) {
      const clear = overlapFreeBaseRows(k, 4)!;
      expect(saltelliColumnOverlaps(saltelliDesign(clear, k)), `${k} parameters at ${clear}`).toEqual([]);
      expect(saltelliColumnOverlaps(saltelliDesign(clear / 2, k)).length, `${k} parameters at ${clear / 2}`).toBeGreaterThan(0);
    }
    expect(overlapFreeBaseRows(40, 4)).toBe(256);
  });
});
