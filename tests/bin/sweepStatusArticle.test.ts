import { describe, expect, it } from 'vitest';
import { sweepStatusMismatch } from '../../bin/sweep';
import type { Plan } from '../../scenarios/plan';

describe('sweepStatusMismatch', () => {
  it("names the plan's design with its article: an lhs design, a sobol design", () => {
    const plan = (design: Plan['design']) => ({ name: 'p', design, reps: 2 }) as unknown as Plan;
    expect(sweepStatusMismatch('sweep.json', { design: 'grid' } as Parameters<typeof sweepStatusMismatch>[1], plan('lhs'), 8)).toBe(
      `sweep.json says design "grid", but plan.json's plan is an "lhs" design`,
    );
    expect(sweepStatusMismatch('sweep.json', { design: 'grid' } as Parameters<typeof sweepStatusMismatch>[1], plan('sobol'), 8)).toBe(
      `sweep.json says design "grid", but plan.json's plan is a "sobol" design`,
    );
  });
});
