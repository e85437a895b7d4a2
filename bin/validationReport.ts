import { runValidation, validationMarkdown } from '../models/validation';
import { resolveScenario } from '../scenarios/resolve';

export function validationReport(options: { reps: number; seed: number; version: string }) {
  const checks = runValidation({ reps: options.reps, seed: options.seed, scenario: (population, policy) => resolveScenario({ population, policy }) });
  const command = `npm run validation${options.reps !== 200 ? ` -- --reps ${options.reps}` : ''}`;
  return {
    markdown: validationMarkdown(checks, { version: options.version, reps: options.reps, seed: options.seed, days: resolveScenario().days, command }),
    passed: checks.filter((c) => c.pass).length,
    total: checks.length,
  };
}
