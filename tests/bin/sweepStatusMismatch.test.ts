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

  it('counts one replication as 1 rep, and more as reps', () => {
    const plan = (reps: number) => ({ name: 'p', design: 'grid', reps }) as unknown as Plan;
    const status = { runs: 9 } as Parameters<typeof sweepStatusMismatch>[1];
    expect(sweepStatusMismatch('sweep.json', status, plan(1), 8)).toBe("sweep.json says runs 9, but plan.json's plan has 8 runs (8 points × 1 rep)");
    expect(sweepStatusMismatch('sweep.json', status, plan(2), 8)).toBe("sweep.json says runs 9, but plan.json's plan has 8 runs (4 points × 2 reps)");
  });
});
