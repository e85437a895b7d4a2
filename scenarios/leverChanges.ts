import { differenceValue } from './scenarioDifferenceWords';
import { scenarioDifferences, type ScenarioDifference } from './scenarioDifferences';
import type { Scenario } from './schema';

// A package bundles levers (opt-out-support: supervision, team processing and a grief protocol),
// and a comparison credits what they do together to the package. A planner read
// `--policies status-quo,opt-out-support` as "pre-booked supervision" and quoted the bundle's
// turnover effect (−18.5 pp on their team) for it (pre-booking alone gave −7.7 pp). These say which levers an arm
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
export const ONE_LEVER_ADVICE = 'What one lever group does alone takes a comparison that changes it alone: compare --policies A,B --levers adds one arm per lever group of B, A with that group set as B sets it (README, "One lever at a time").';

/**
 * The label of the arm that is the baseline with lever group `lever` set as package `bundle` sets
 * it: "opt-out-support:supervision", read "opt-out-support's supervision". It names no direction:
 * against a richer baseline (multi-level against status-quo's staffing) the group takes levers away.
 */
export function leverArmName(bundle: string, lever: string): string {
  return `${bundle}:${lever}`;
}

/**
 * `compare --policies A,B --levers`: A, then one arm per lever group in which B differs from A (A
 * with that group set as B sets it, labelled `B:group`), then B. Every arm shares A's setting, so
 * the arms differ in policy alone and stay paired as packages are.
 */
export function leverArms(baseline: Scenario, bundle: Scenario): Scenario[] {
  const middle = leverChanges(baseline, bundle).map((change): Scenario => {
    const lever = change.lever as keyof Scenario['policy'];
    return {
      ...baseline,
      policy: {
        ...baseline.policy,
        [lever]: bundle.policy[lever],
        name: leverArmName(bundle.policy.name, change.lever),
        description: `${baseline.policy.name} with its ${change.lever} levers set as ${bundle.policy.name} sets them.`,
      },
    };
  });
  return [baseline, ...middle, bundle];
}

/**
 * Under the outcome table of `compare --policies`: what each package after the first sets
 * differently from it, lever group by lever group, and, when any sets more than one, that the
 * differences are those of its levers together; `byLever` for the arms of leverArms, which say
 * what each sets.
 */
export function packageLeversBlock(scenarios: readonly Scenario[], byLever = false): string {
  const [first, ...arms] = scenarios;
  const last = arms[arms.length - 1]?.policy.name;
  const changes = arms.map((s) => leverChanges(first, s));
  const lines = arms.map((s, k) => `  ${s.policy.name}: ${changes[k].length === 0 ? `no lever (it sets every one as ${first.policy.name} does)` : leverChangesText(changes[k])}`);
  const several = arms.flatMap((s, k) => (changes[k].length > 1 ? [`${s.policy.name} sets ${changes[k].length} lever groups`] : []));
  const note = byLever
    ? `Each arm between ${first.policy.name} and ${last} is ${first.policy.name} with one lever group set as ${last} sets it (--levers; labelled ${last}:group); ${last} sets them all. What groups do together need not be the sum of what each does alone.\n`
    : several.length === 0
      ? ''
      : `Each difference below is the whole package's, all its levers together: ${several.join(', ')}. ${ONE_LEVER_ADVICE}\n`;
  return `\nWhat each package sets differently from ${first.policy.name} (policy fields by lever group, ${first.policy.name}'s value → the package's):\n${lines.join('\n')}\n${note}${changedLaterNote(scenarios, changes)}`;
}

/**
 * Where the scheduled changes (which apply under every arm) set a field that an arm sets
 * differently on day 0: from the change's day the arms no longer differ in it, so the list holds
 * until then. "" where none does.
 */
function changedLaterNote(scenarios: readonly Scenario[], changes: readonly LeverChange[][]): string {
  const listed = new Set(changes.flatMap((groups) => groups.flatMap((g) => g.fields.map((f) => `policy.${g.lever}.${f.path}`))));
  const later = scenarios[0].changes.flatMap((c) => Object.keys(c.set).filter((path) => listed.has(path)).map((path) => `${path} from day ${c.day}`));
  if (later.length === 0) return '';
  return `These are day 0's: the scheduled changes set ${[...new Set(later)].join(', ')} under every arm, so from then the arms no longer differ in ${later.length === 1 ? 'it' : 'them'}.\n`;
}

/**
 * Whether arms are those of leverArms: between the first and the last, each sets one lever group
 * differently from the first and is labelled by it and the last (`opt-out-support:supervision`). Read from the arms
 * themselves, so a results folder says it without the command line.
 */
export function isLeverRun(scenarios: readonly Scenario[]): boolean {
  if (scenarios.length < 4) return false;
  const first = scenarios[0];
  const last = scenarios[scenarios.length - 1];
  return scenarios.slice(1, -1).every((s) => {
    const changes = leverChanges(first, s);
    return changes.length === 1 && s.policy.name === leverArmName(last.policy.name, changes[0].lever);
  });
}
