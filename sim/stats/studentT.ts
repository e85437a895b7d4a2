// The 95th percentile of Student's t distribution (the two-sided 90% quantile), for intervals
// from few replications, where the normal 1.645 would make them too narrow.

/** The one-sided 95% normal quantile: the limit of Student's t as the degrees of freedom grow. */
export const NORMAL_95 = 1.6448536269514722;

/** t(0.95, df) for df = 1 to 30, to six decimals (standard tables). */
const TABLE = [
  6.313752, 2.919986, 2.353363, 2.131847, 2.015048, 1.94318, 1.894579, 1.859548, 1.833113, 1.812461, 1.795885, 1.782288, 1.770933, 1.76131, 1.75305,
  1.745884, 1.739607, 1.734064, 1.729133, 1.724718, 1.720743, 1.717144, 1.713872, 1.710882, 1.708141, 1.705618, 1.703288, 1.701131, 1.699127, 1.697261,
] as const;

/**
 * Student's t 95th percentile with `df` degrees of freedom (at least 1): the table to 30, then
 * the Cornish-Fisher expansion around the normal quantile (within 1e-8 of the exact value from
 * 30 on), in plain arithmetic so that every JavaScript engine gives the same bits.
 */
export function studentT95(df: number): number {
  if (!(df >= 1)) throw new RangeError(`studentT95: ${df} degrees of freedom; expected at least 1`);
  if (df <= TABLE.length && Number.isInteger(df)) return TABLE[df - 1];
  const z = NORMAL_95;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const v = df;
  return (
    z +
    (z3 + z) / (4 * v) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v)
  );
}
