import type { Design } from '../sim/design/design';
import { OVERLAP_CORRELATION, overlapFreeBaseRows, saltelliColumnOverlaps, type SaltelliDesign } from '../sim/design/saltelli';
import { andList } from '../sim/text/andList';
import type { Plan } from './plan';

/**
 * A Sobol plan's parameters whose A and B samples coincide or correlate in its design (see
 * saltelliColumnOverlaps), with the design's base rows; analysis.json's `designOverlaps`.
 */
export interface DesignOverlaps {
  readonly baseRows: number;
  /** The smallest power of two above `baseRows` at which the plan's parameters have no such overlap (up to 8192; null: none). */
  readonly clearFrom: number | null;
  /** `correlation` is null for a column that does not vary. */
  readonly parameters: readonly { readonly parameter: string; readonly equalRows: number; readonly correlation: number | null }[];
}

/** The overlaps of a Sobol plan's design, or undefined for another design or one without any. */
export function designOverlaps(plan: Plan, design: Design): DesignOverlaps | undefined {
  if (plan.design !== 'sobol' || !('baseRows' in design)) return undefined;
  const overlaps = saltelliColumnOverlaps(design as SaltelliDesign);
  if (overlaps.length === 0) return undefined;
  return {
    baseRows: (design as SaltelliDesign).baseRows,
    clearFrom: overlapFreeBaseRows(plan.parameters.length, (design as SaltelliDesign).baseRows) ?? null,
    parameters: overlaps.map((o) => ({ parameter: plan.parameters[o.dimension].path, equalRows: o.equalRows, correlation: Number.isFinite(o.correlation) ? o.correlation : null })),
  };
}

/**
 * The warning for a design's overlaps: which parameters, how, what it does to their indices, and
 * the remedy. A researcher read a Sobol index of exactly 0 (0 to 0) at 4 points for a parameter
 * whose S1 was 0.33 at 64: its A and B values were the same in every base row.
 */
export function designOverlapWarning(o: DesignOverlaps): string {
  const each = o.parameters.map((p) => {
    const equal = p.equalRows > 0 ? `the same in ${p.equalRows === o.baseRows ? 'every row' : `${p.equalRows} row${p.equalRows === 1 ? '' : 's'}`}` : '';
    const correlated = p.equalRows < o.baseRows && p.correlation !== null && Math.abs(p.correlation) >= OVERLAP_CORRELATION ? `correlated, r = ${p.correlation.toFixed(2).replace('-', '−')}` : '';
    return `${p.parameter} (${[equal, correlated].filter((x) => x !== '').join('; ')})`;
  });
  const everyRow = o.parameters.filter((p) => p.equalRows === o.baseRows).map((p) => p.parameter);
  return (
    `in this Sobol design's ${o.baseRows} base rows, the A and B samples of ${o.parameters.length === 1 ? 'a parameter are' : 'some parameters are'} not the independent samples the estimators assume: ${andList(each)}. ` +
    `At so few rows the Sobol sequence's coordinates coincide; a row whose A and B values are the same adds nothing to that parameter's indices, which are pulled toward 0` +
    `${everyRow.length > 0 ? ` (${andList(everyRow)}: exactly 0 whatever ${everyRow.length === 1 ? 'its' : 'their'} effect)` : ''}. ` +
    (o.clearFrom !== null
      ? `Raise points to ${o.clearFrom}, the fewest (a power of two) at which none of these parameters' samples overlap.`
      : `No design of up to 8192 points clears it with these parameters: read the indices of those named with care.`)
  );
}
