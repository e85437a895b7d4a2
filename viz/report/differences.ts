import type { Difference } from '../../models/runDocument';

// How paired differences are judged and shown, alike in the CLI's tables and the report.

/** Whether a difference is clear: the range holding 90% of the paired differences excludes zero. */
export function isClear(d: Pick<Difference, 'p05' | 'p95'>): boolean {
  return d.p05 > 0 || d.p95 < 0;
}

/** The most decimals a difference is ever shown with (beyond this it is shown as zero). */
const MAX_DECIMALS = 6;

/**
 * The decimals to show a group of numbers with (a difference and its range, say): `decimals`, or
 * more when that would show a number that is not zero as zero, so that it gets two significant
 * digits (0.0035, not 0.0). A small but clear effect must not read as no effect, and the
 * numbers of one group keep one precision.
 */
export function decimalsShowingSmall(values: readonly number[], decimals: number): number {
  let needed = decimals;
  for (const x of values) {
    const a = Math.abs(x);
    if (a === 0 || !Number.isFinite(a) || /[1-9]/.test(a.toFixed(decimals))) continue;
    needed = Math.max(needed, Math.min(MAX_DECIMALS, 1 - Math.floor(Math.log10(a))));
  }
  return needed;
}
