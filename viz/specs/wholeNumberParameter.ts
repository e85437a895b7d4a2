import { fieldAt } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';

/**
 * Whether a swept parameter is labelled in whole numbers: by the scenario field's schema (an `integer` field), so that a
 * share swept at 0 and 1 keeps its fractional ticks; only a parameter the schema does not know (a column of another
 * version's runs.csv) is judged by its values, whole where every value is.
 */
export function isWholeNumberParameter(parameter: string, values: readonly unknown[]): boolean {
  const field = fieldAt(scenarioField, parameter.split('.'));
  if (field?.kind === 'number') return Boolean(field.integer);
  return values.length > 0 && values.every((v) => Number.isInteger(v));
}
