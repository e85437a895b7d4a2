import { differenceValue } from './scenarioDifferenceWords';
import { scenarioDifferences, type ScenarioDifference } from './scenarioDifferences';
import type { Scenario } from './schema';

// A package bundles levers (opt-out-support: supervision, team processing and a grief protocol),
// and a comparison credits what they do together to the package. A planner read
// `--policies status-quo,opt-out-support` as "pre-booked supervision" and quoted the bundle's
// turnover effect (−18.5 pp) for it (pre-booking alone gave −7.7 pp). These say which levers an arm
// sets differently from the baseline, grouped as the schema groups them (policy.supervision, ...).

/** One lever group an arm sets differently: `supervision` with its fields' differences. */
export interface LeverChange {
  /** The policy group: `supervision`, `debrief`, `grief`, `staffing`, ... */
  readonly lever: string;
  /** Its fields that differ, paths within the group (`mode`, `intervalDays`). */
  readonly fields: readonly ScenarioDifference[];
}

/** The policy groups `arm` sets differently from `baseline`, in the schema's order; names and descriptions aside. */
export function leverChanges(baseline: Scenario, arm: Scenario): LeverChange[] {
  const groups = new Map<string, ScenarioDifference[]>();
  for (const d of scenarioDifferences(baseline, arm)) {
    const [top, lever, ...rest] = d.path.split('.');
    if (top !== 'policy' || lever === undefined || rest.length === 0) continue;
    const fields = groups.get(lever) ?? [];
    fields.push({ ...d, path: rest.join('.') });
    groups.set(lever, fields);
  }
  return [...groups].map(([lever, fields]) => ({ lever, fields }));
}

/** "supervision (mode opt-in → opt-out, intervalDays 28 → 14); grief (leaveDays 0 → 2)". */
export function leverChangesText(changes: readonly LeverChange[]): string {
  return changes.map((c) => `${c.lever} (${c.fields.map((f) => `${f.path} ${differenceValue(f.from)} → ${differenceValue(f.to)}`).join(', ')})`).join('; ');
}

/** How to see what one lever of a package does. */
export const ONE_LEVER_ADVICE = 'What one lever does alone takes a comparison that changes it alone (compare --scenarios with a file that sets only it; README, "One lever at a time").';

/**
 * Under the outcome table of `compare --policies`: what each package after the first sets
 * differently from it, lever group by lever group, and, when any sets more than one, that the
 * differences are those of its levers together.
 */
export function packageLeversBlock(scenarios: readonly Scenario[]): string {
  const [first, ...arms] = scenarios;
  const changes = arms.map((s) => leverChanges(first, s));
  const lines = arms.map((s, k) => `  ${s.policy.name}: ${changes[k].length === 0 ? `no lever (it sets every one as ${first.policy.name} does)` : leverChangesText(changes[k])}`);
  const several = arms.flatMap((s, k) => (changes[k].length > 1 ? [`${s.policy.name} sets ${changes[k].length} lever groups`] : []));
  const note =
    several.length === 0
      ? ''
      : `Each difference below is the whole package's, all its levers together: ${several.join(', ')}. ${ONE_LEVER_ADVICE}\n`;
  return `\nWhat each package sets differently from ${first.policy.name} (policy fields by lever group, ${first.policy.name}'s value → the package's):\n${lines.join('\n')}\n${note}`;
}
