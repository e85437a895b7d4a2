import type { Scenario } from './schema';
import { rangeWords } from './uncertaintyWords';
import { pointScenario } from './planDesign';
import type { Plan } from './plan';
import { InputError } from '../sim/params/issues';

// A sweep plan whose set draws fields anew in every run (set.uncertainty): allowed, and a way to
// carry a field's uncertainty through a sweep, but runs.csv records the plan's parameters, not
// the values drawn. A researcher's plan drew coefficients.separationCf in every run with no word
// from validate or sweep.

/** The warning for a plan whose runs draw fields (`scenario`: one of its points'), or undefined where they draw none. */
export function planDrawsWarning(scenario: Pick<Scenario, 'uncertainty'>): string | undefined {
  const drawn = Object.entries(scenario.uncertainty);
  if (drawn.length === 0) return undefined;
  const fields = drawn.map(([path, range]) => `${path} ${rangeWords(range)}`).join('; ');
  return (
    `set.uncertainty draws ${drawn.length === 1 ? 'a field' : `${drawn.length} fields`} anew in every run: ${fields}. ` +
    "runs.csv records each run's parameters and seed, not the values drawn, so each point's spread over its reps includes the draws, and the analysis reads them as noise, not as a parameter's effect; " +
    `to measure ${drawn.length === 1 ? 'its' : 'their'} effect, vary ${drawn.length === 1 ? 'it' : 'them'} under parameters instead (cfsim run and compare, given the same uncertainty and --out, record every draw in uncertainty.csv).`
  );
}

/**
 * The warning for a plan's draws, from its first point (set.uncertainty is the same at every point),
 * or undefined where it draws none, or where that point cannot run: the plan is refused for that,
 * naming the point (unrunnablePoint), which a warning before it would only bury.
 */
export function planDrawsWarningOf(plan: Plan, values: readonly (readonly unknown[])[]): string | undefined {
  try {
    return planDrawsWarning(pointScenario(plan, values[0]));
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
