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
