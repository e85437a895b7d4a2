import { runValidation, validationMarkdown } from '../models/validation';
import { resolveScenario } from '../scenarios/resolve';
import { DEFAULT_SEED } from './simulate';

/** Replications per check by default. */
export const VALIDATION_REPS = 200;

export function validationReport(options: { reps: number; seed: number; version: string }) {
  const checks = runValidation({ reps: options.reps, seed: options.seed, scenario: (population, policy) => resolveScenario({ population, policy }) });
  // The command that regenerates this very report: `npm run validation` for the defaults.
  const flags = [options.reps !== VALIDATION_REPS ? `--reps ${options.reps}` : '', options.seed !== DEFAULT_SEED ? `--seed ${options.seed}` : ''].filter((f) => f !== '');
  const command = flags.length === 0 ? 'npm run validation' : `cfsim validation-report ${flags.join(' ')}`;
  return {
    markdown: validationMarkdown(checks, { version: options.version, reps: options.reps, seed: options.seed, days: resolveScenario().days, command }),
    passed: checks.filter((c) => c.pass).length,
    total: checks.length,
  };
}
