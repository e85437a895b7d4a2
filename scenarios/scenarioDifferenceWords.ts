import { isPackageDifference, scenarioDifferences, type ScenarioDifference } from './scenarioDifferences';
import type { Scenario } from './schema';

// The words `compare --scenarios` and its report use for how each arm's scenario differs from the
// first's (scenarioDifferences), and for the warning when an arm differs outside its package.

/** The most fields listed for one arm; the rest are counted ("and 5 more"). */
export const MOST_DIFFERENCES = 12;

/** Where the whole resolved scenarios are, for a list cut short. */
export const WHOLE_SCENARIOS = 'cfsim show FILE prints a file\'s whole resolved scenario, and manifest.json (with --out) holds every arm\'s';

/** A value as a difference shows it: text as it is, a field one side lacks as "none", anything else as compact JSON (long ones cut). */
export function differenceValue(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "community.overdoseBurden: 1.5 → 1.2". */
export function differenceText(d: ScenarioDifference): string {
  return `${d.path}: ${differenceValue(d.from)} → ${differenceValue(d.to)}`;
}

/** One arm's differences from the first, for the outputs. */
export interface ArmDifferences {
  /** The arm's label. */
  readonly label: string;
  /** Every field in which it differs from the first arm (names and descriptions aside). */
  readonly differences: readonly ScenarioDifference[];
  /** Those that are not its package's (see isPackageDifference). */
  readonly outsidePackage: readonly ScenarioDifference[];
}

/** Each arm after the first, with the fields in which its scenario differs from the first's. */
export function armDifferences(scenarios: readonly Scenario[]): ArmDifferences[] {
  const first = scenarios[0];
  return scenarios.slice(1).map((s) => {
    const differences = scenarioDifferences(first, s);
    return { label: s.policy.name, differences, outsidePackage: differences.filter((d) => !isPackageDifference(d, first, s)) };
  });
}

/** "How the arms differ from current (their resolved scenarios, names and descriptions aside)"; `arms` is the outputs' word for them. */
export function differencesHeading(first: string, arms = 'arms'): string {
  return `How the ${arms} differ from ${first} (their resolved scenarios, names and descriptions aside)`;
}

/** An arm's differences as lines ("community.overdoseBurden: 1.5 → 1.2"), at most MOST_DIFFERENCES and "and N more"; one line saying so for none. */
export function armDifferenceLines(arm: ArmDifferences): string[] {
  if (arm.differences.length === 0) return ['nothing: the same scenario'];
  const shown = arm.differences.slice(0, MOST_DIFFERENCES).map(differenceText);
  const more = arm.differences.length - shown.length;
  return more > 0 ? [...shown, `and ${more} more`] : shown;
}

/** Whether any arm's list is cut short (so the outputs say where the whole scenarios are). */
export function anyCut(arms: readonly ArmDifferences[]): boolean {
  return arms.some((a) => a.differences.length > MOST_DIFFERENCES);
}

/**
 * The warning for an arm that differs from the first outside its package, or "" for one that
 * does not: "c-drift differs from current outside its package (community.overdoseBurden 1.5 →
 * 1.2): its differences from current are not its package's alone ...".
 */
export function outsidePackageWarning(arm: ArmDifferences, first: string): string {
  const outside = arm.outsidePackage;
  if (outside.length === 0) return '';
  const listed = outside.slice(0, 3).map((d) => `${d.path} ${differenceValue(d.from)} → ${differenceValue(d.to)}`);
  const more = outside.length > 3 ? `, and ${outside.length - 3} more` : '';
  return (
    `${arm.label} differs from ${first} outside its package (${listed.join(', ')}${more}): its differences from ${first} are not its package's alone, ` +
    `but also those of the setting it runs in. To credit them to the package, let the files differ in policy (and scheduled changes of policy) only, ` +
    `with the same population, community, practice, costs and coefficients in each.`
  );
}
