import { quotedIfNeeded } from './commandLine';
import { notPlanFile, PLAN_IS } from './notPlanFile';

/** run's and compare's flags, and the plan's own fields, that a sweep takes in its plan file instead, with where. */
export const PLAN_FIELD_FLAGS: Readonly<Record<string, string>> = {
  set: '`set: { PATH: VALUE }` for every point, or `parameters:` to vary a field',
  days: '`set: { days: N }`',
  reps: '`reps: N`',
  seed: '`seed: N`',
  policy: '`base: { policy: NAME }`, or `parameters: { policy: { values: [A, B] } }`',
  policies: '`parameters: { policy: { values: [A, B] } }`',
  // And the plan's own fields, which a researcher may try as flags (sweep p.yaml --points 256).
  points: '`points: N`',
  levels: '`levels: N`',
  design: '`design: grid`, `random`, `lhs`, `sobol` or `morris`',
  metrics: '`metrics: [METRIC, ...]`',
  randomNumbers: '`randomNumbers: common` or `independent`',
  'random-numbers': '`randomNumbers: common` or `independent`',
};

/**
 * What to say beside a flag sweep does not take, where there is more to say than the closest flag: a plan field's place
 * in the plan file; for --dry-run (or --dry_run), the command that checks a plan without running it (naming `plan`, the
 * plan file given, where there is one, or saying what it is where it cannot be a plan: a folder); for --json, where a
 * sweep's results go and the command that prints them as JSON. Else undefined.
 */
export function sweepUnknownFlagNote(name: string, plan?: string): string | undefined {
  const field = PLAN_FIELD_FLAGS[name];
  if (field) return `a sweep takes it in its plan file: ${field}`;
  const plain = name.toLowerCase().replace(/_/g, '-');
  if (['dry-run', 'dryrun', 'dry'].includes(plain)) {
    // `sweep results --dry-run`: `cfsim validate results` would not check a plan; what PLAN was given and is instead.
    const notPlan = plan === undefined ? undefined : notPlanFile(plan);
    if (notPlan) return `a sweep has no dry run; cfsim validate PLAN checks a plan without running it, and counts its points and runs, ${PLAN_IS}; ${notPlan}`;
    return `a sweep has no dry run; cfsim validate ${plan === undefined ? 'PLAN' : quotedIfNeeded(plan)} checks a plan without running it, and counts its points and runs`;
  }
  if (plain === 'json') return 'a sweep writes its results to files in --out, runs.csv and sweep.json; cfsim analyze DIR --json prints their analysis';
  return undefined;
}
