import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plannedRuns, runValidation, validationChecks, validationMarkdown, type PlannedRun, type ReplicationTallies } from '../models/validation';
import { resolveScenario } from '../scenarios/resolve';
import { namesFolder } from './outputFiles';
import { DEFAULT_SEED } from './simulate';

/** Replications per run by default (each of the report's runs, a population under a package, serves one check or several). */
export const VALIDATION_REPS = 200;

/** The report's file name, in a folder given to --out. */
export const VALIDATION_FILE = 'VALIDATION.md';

/**
 * The project's own validation report, docs/VALIDATION.md beside the CLI (dist/../docs), found
 * from the CLI's location rather than the current folder: run from elsewhere, the command
 * regenerates that file instead of creating docs/ wherever it was run.
 */
export const PROJECT_VALIDATION_REPORT = fileURLToPath(new URL(`../docs/${VALIDATION_FILE}`, import.meta.url));

/** Where the report goes: --out as given (relative to the current folder, VALIDATION.md in a folder), or the project's own. */
export function validationReportPath(out: string | undefined): string {
  if (out === undefined) return PROJECT_VALIDATION_REPORT;
  return namesFolder(out) ? join(out, VALIDATION_FILE) : out;
}

/** The runs the report makes, each horizon resolved as the report resolves it: a run given its scenario's own days is the same run as one given none. Their count is the one --help and the progress line give (× reps). */
export function validationRunPlan(): { key: PlannedRun['key']; days: number }[] {
  const horizonOf = (population: string, policy: string) => resolveScenario({ population, policy }).days;
  return plannedRuns(validationChecks(), horizonOf).map((r) => ({ key: r.key, days: r.key.days ?? horizonOf(r.key.population, r.key.policy) }));
}

/** The report's runs in words, for --help: how many, each a population under a package over a horizon, and how many over each ("7 over 1095 days, 2 over 214 days"). */
export function validationRunsWords(runs: readonly { days: number }[]): string {
  const counts = new Map<number, number>();
  for (const r of runs) counts.set(r.days, (counts.get(r.days) ?? 0) + 1);
  const horizons = [...counts].map(([days, n]) => `${n} over ${days} days`).join(', ');
  return `${runs.length} runs, each a population under a package over a horizon (${horizons})`;
}

/** The report's Markdown and its checks' results, the replications run by `tallies` (bin/replicationTallies.ts: on worker threads; default in this thread). */
export async function validationReport(options: { reps: number; seed: number; version: string; tallies?: ReplicationTallies }) {
  const checks = await runValidation({ reps: options.reps, seed: options.seed, scenario: (population, policy) => resolveScenario({ population, policy }), tallies: options.tallies });
  // The command that regenerates this very report: `npm run validation` for the defaults.
  const flags = [options.reps !== VALIDATION_REPS ? `--reps ${options.reps}` : '', options.seed !== DEFAULT_SEED ? `--seed ${options.seed}` : ''].filter((f) => f !== '');
  const command = flags.length === 0 ? 'npm run validation' : `cfsim validation-report ${flags.join(' ')}`;
  return {
    markdown: validationMarkdown(checks, { version: options.version, reps: options.reps, seed: options.seed, days: resolveScenario().days, command }),
    passed: checks.filter((c) => c.pass).length,
    total: checks.length,
    failed: checks.filter((c) => !c.pass).map((c) => c.id),
  };
}
