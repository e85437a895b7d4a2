import type { Scenario } from './schema';
import { rangeWords } from './uncertaintyWords';
import { pointScenario } from './planDesign';
import { streamPoint, type Plan } from './plan';
import { InputError } from '../sim/params/issues';
import { drawnValues } from '../models/uncertainty';
import { drawsSource } from './planBase';

// A sweep plan whose set draws fields anew in every run (set.uncertainty): allowed, and a way to
// carry a field's uncertainty through a sweep. runs.csv records each run's draws (drawn:PATH
// columns, since 0.23.0), but the analysis varies only the plan's parameters and reads the draws'
// effect as noise. A researcher's plan drew coefficients.separationCf in every run with no word
// from validate or sweep, and no record of the values.

/** The runs.csv column of a drawn field's value. */
export const drawnColumn = (path: string) => `drawn:${path}`;

/**
 * The fields a plan's runs draw anew and their ranges (set.uncertainty, the same at every point: a
 * parameter cannot vary it), in the scenario's order, from its first point; none where that point
 * cannot run (the plan is refused for that, naming the point).
 */
export function planDraws(plan: Plan, values: readonly (readonly unknown[])[]): Scenario['uncertainty'] {
  try {
    return pointScenario(plan, values[0]).uncertainty;
  } catch (error) {
    if (error instanceof InputError) return {};
    throw error;
  }
}

/** The fields a plan's runs draw anew, in the scenario's order (planDraws). */
export function planDrawnFields(plan: Plan, values: readonly (readonly unknown[])[]): string[] {
  return Object.keys(planDraws(plan, values));
}

/**
 * What an analysis of a sweep whose runs drew fields must say: each point's mean is over the
 * draws as well as the futures, and nothing is attributed to them. `recorded`: whether runs.csv
 * holds the values (CFSim before 0.23.0 did not record them).
 */
export function analysisDrawsWarning(drawn: Scenario['uncertainty'], recorded: boolean): string | undefined {
  const entries = Object.entries(drawn);
  if (entries.length === 0) return undefined;
  const one = entries.length === 1;
  return (
    `every run drew ${entries.map(([path, range]) => `${path} ${rangeWords(range)}`).join('; ')} anew (the uncertainty of the plan's scenario): each point's mean is over its replications' draws as well as their futures, and none of the variation is put down to ${one ? 'that field' : 'those fields'}; ` +
    (recorded ? `runs.csv records each run's value${one ? '' : 's'} (${entries.map(([path]) => drawnColumn(path)).join(', ')}).` : 'this sweep was run by CFSim before 0.23.0, which did not record the values drawn.')
  );
}

/** The values run (`point`, `rep`) of a plan draws (`scenario`: that point's), in the scenario's order: as its worker draws them. */
export function runDraws(plan: Plan, scenario: Scenario, point: number, rep: number): number[] {
  return drawnValues(scenario, { seed: plan.seed, point: streamPoint(plan, point), replication: rep }).map(([, value]) => value);
}

/** The warning for a plan whose runs draw fields (`scenario`: one of its points'), or undefined where they draw none. */
export function planDrawsWarning(scenario: Pick<Scenario, 'uncertainty'>, source = 'set.uncertainty'): string | undefined {
  const drawn = Object.entries(scenario.uncertainty);
  if (drawn.length === 0) return undefined;
  const fields = drawn.map(([path, range]) => `${path} ${rangeWords(range)}`).join('; ');
  return (
    `${source} draws ${drawn.length === 1 ? 'a field' : `${drawn.length} fields`} anew in every run: ${fields}. ` +
    `runs.csv records each run's draw${drawn.length === 1 ? '' : 's'} (column${drawn.length === 1 ? '' : 's'} ${drawn.map(([path]) => drawnColumn(path)).join(', ')}), but the analysis varies only the parameters: each point's spread over its reps includes the draws, read as noise, not as a parameter's effect; ` +
    `to measure ${drawn.length === 1 ? 'its' : 'their'} effect, vary ${drawn.length === 1 ? 'it' : 'them'} under parameters instead, or relate the metrics to the drawn: column${drawn.length === 1 ? '' : 's'} yourself.`
  );
}

/**
 * The warning for a plan's draws, from its first point (set.uncertainty is the same at every point),
 * or undefined where it draws none, or where that point cannot run: the plan is refused for that,
 * naming the point (unrunnablePoint), which a warning before it would only bury.
 */
export function planDrawsWarningOf(plan: Plan, values: readonly (readonly unknown[])[]): string | undefined {
  return planDrawsWarning({ uncertainty: planDraws(plan, values) }, drawsSource(plan.scenario, plan.set));
}
