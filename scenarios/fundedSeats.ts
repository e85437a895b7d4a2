import type { Scenario } from './schema';

// How many seats each arm of a run has: the funded seats (population.seats), which bring their
// clients with them, and the seats a package adds (policy.staffing.extraSeatShare), which serve
// the same clients. Planners read "hire two more" into either; the outputs say which it was.

/** The seats a package adds above the funded seats: extraSeatShare of them, rounded to whole seats. */
export function addedSeats(scenario: Pick<Scenario, 'population' | 'policy'>): number {
  return Math.round(scenario.population.seats * scenario.policy.staffing.extraSeatShare);
}

const seatWord = (n: number) => `${n} seat${n === 1 ? '' : 's'}`;

/**
 * The arms' seats, when a package adds seats or the arms' funded seats differ. With the same funded
 * seats in every arm the line names only the packages that add some: "Seats: 38 funded under every
 * package; multi-level adds 6 by policy.staffing.extraSeatShare 0.15 (the same clients)". Otherwise
 * it gives each arm's: "Seats: current 12 funded; plus2 12 funded + 2 added by
 * policy.staffing.extraSeatShare 0.1667 (the same clients)". Where every arm adds the same share (a
 * --set of it): "Seats: 38 funded under every package; every package adds 4 by ...". Where every arm has the same seats and
 * adds none: "" for packages (the header names the preset and any change of its seats), and
 * "Seats: 20 funded in every scenario, none added" for scenario files, whose header names no
 * population (a planner comparing two files could not tell the team's size from it).
 */
export function seatsSentence(scenarios: readonly Scenario[], arm: 'package' | 'scenario' = 'package'): string {
  const funded = scenarios.map((s) => s.population.seats);
  const added = scenarios.map(addedSeats);
  const sameFunded = funded.every((f) => f === funded[0]);
  const every = arm === 'package' ? 'under every package' : 'in every scenario';
  if (added.every((a) => a === 0) && sameFunded) return arm === 'scenario' && scenarios.length > 1 ? `Seats: ${funded[0]} funded ${every}, none added` : '';
  const share = (s: Scenario) => `policy.staffing.extraSeatShare ${s.policy.staffing.extraSeatShare} (the same clients)`;
  if (sameFunded && scenarios.length > 1) {
    // A share every arm takes alike (a --set, or a scenario file's under packages) is said once, not as each package's own.
    const alike = added.every((a) => a > 0) && scenarios.every((s) => s.policy.staffing.extraSeatShare === scenarios[0].policy.staffing.extraSeatShare);
    if (alike) return `Seats: ${funded[0]} funded ${every}; every ${arm} adds ${added[0]} by ${share(scenarios[0])}`;
    const adders = scenarios.flatMap((s, k) => (added[k] > 0 ? [`${s.policy.name} adds ${added[k]} by ${share(s)}`] : []));
    return `Seats: ${funded[0]} funded ${every}; ${adders.join('; ')}`;
  }
  const one = (s: Scenario, k: number) => `${funded[k]} funded${added[k] > 0 ? ` + ${added[k]} added by ${share(s)}` : ''}`;
  return `Seats: ${scenarios.length === 1 ? one(scenarios[0], 0) : scenarios.map((s, k) => `${s.policy.name} ${one(s, k)}`).join('; ')}`;
}

/**
 * A warning when the arms fund different numbers of seats (scenario files with different
 * population.seats): each funded seat brings its own clients and its salary is not in the cost, so
 * such arms are programmes of different sizes, not more staff for the same clients. "" otherwise.
 */
export function fundedSeatsWarning(scenarios: readonly Scenario[]): string {
  const funded = scenarios.map((s) => s.population.seats);
  if (funded.every((f) => f === funded[0])) return '';
  return (
    `the scenarios fund different numbers of seats (${scenarios.map((s, k) => `${s.policy.name} ${seatWord(funded[k])}`).join(', ')}). ` +
    "Each funded seat brings its own clients (community.demandPerSeat contacts a workday) and its salary is not in the cost, so they compare programmes of different sizes, not more staff for the same clients. " +
    'To add staff for the same clients, and pay for them in the cost, set policy.staffing.extraSeatShare instead (or policy.staffing.floatPool for cover).'
  );
}
