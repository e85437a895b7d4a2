import { addedSeats } from './fundedSeats';
import { scenarioPeriods } from './changes';
import { valueAt, type DrawRange } from '../sim/params/fields';
import type { Scenario } from './schema';
import { rangeWords } from './uncertaintyWords';
import { ROLES } from '../models/roles';
import { roleSeatCounts, roleShares } from '../models/roleSeats';

// Values the schema allows that are very likely a unit slip: a share (0 to 1) written as a
// percentage or as a count, as in `payRaise: 1` for a 1% raise or `extraSeatShare: 2` for two
// more seats. Only shares whose whole-number values are nearly never meant are checked (the
// fields whose level 1 means "full" or "all", such as benefits or livesInCommunityShare, are
// not), and every preset under every package passes (tests/scenarios/plausibility.test.ts).

/** A value that is allowed but very likely not what was meant. */
export interface PlausibilityWarning {
  /** Full dotted path: `policy.compensation.payRaise`, or `changes[0].set.community.fatality` in a scheduled change. */
  readonly path: string;
  readonly value: number | string;
  /** What the value means as given. */
  readonly meaning: string;
  /** What was probably meant, and how to write it. */
  readonly likely: string;
  /** Other fields whose values the warning rests on (a sweep that clears it at some point, varying one of them or not, does not get it: scenarios/sweptWarnings.ts). */
  readonly restsOn?: readonly string[];
}

type Reading = Pick<PlausibilityWarning, 'meaning' | 'likely' | 'restsOn'>;

/** A field's reading of `value` (in force in `scenario`) when it is likely a slip; undefined when it is not. */
type Check = (value: number, scenario: Scenario) => Reading | undefined;

/** `v` per cent as a share: 1 → 0.01 (without binary noise: 1.5 → 0.015). */
const hundredth = (v: number) => Number((v / 100).toPrecision(12));

const seatWord = (n: number) => `${n} seat${n === 1 ? '' : 's'}`;

const payRaise: Check = (v) =>
  v < 1
    ? undefined
    : {
        meaning: `a raise of ${Number((v * 100).toPrecision(12))}% of salary (the field is a fraction of salary): pay becomes ${1 + v} times the population's`,
        likely: `for a ${v}% raise write ${hundredth(v)}`,
      };

/** The extraSeatShare that adds `seats` to `scenario`'s funded seats, to the fewest digits from 4 significant ones that round to it. */
function seatShare(scenario: Scenario, seats: number): number {
  const exact = seats / scenario.population.seats;
  for (let digits = 4; digits < 12; digits++) {
    const share = Number(exact.toPrecision(digits));
    if (addedSeats({ population: scenario.population, policy: { ...scenario.policy, staffing: { ...scenario.policy.staffing, extraSeatShare: share } } }) === seats) return share;
  }
  return exact;
}

/**
 * A share above 0 that rounds to no seat (0.03 of 13 seats is 0.39 of one): seats are whole, so the
 * lever adds nobody and costs nothing, and the run reads as the package without it. A planner wrote
 * 0.03 for "part of a post" and got the status quo's numbers under a package's name.
 */
function noSeat(v: number, scenario: Scenario): Reading {
  const funded = scenario.population.seats;
  return {
    meaning: `a share of the ${funded} funded seat${funded === 1 ? '' : 's'} (population.seats), ${Number((v * funded).toPrecision(3))} of a seat, which rounds to none: seats are whole, so it adds nobody and costs nothing`,
    likely: `for 1 seat write ${seatShare(scenario, 1)}; for part-time cover of absent or vacant seats, policy.staffing.floatPool`,
    // A sweep of the funded seats may reach a team on which the share adds a seat: there it is no longer idle.
    restsOn: ['population.seats'],
  };
}

/**
 * A share of 1 or more at least doubles the team: a count of seats was likely meant. Not where the
 * seats meant would themselves take a share of 1 or more (a team of 3 that adds 4): a small team
 * can plan to double.
 */
const extraSeatShare: Check = (v, scenario) => {
  const funded = scenario.population.seats;
  const added = addedSeats(scenario);
  if (v > 0 && added === 0) return noSeat(v, scenario);
  if (v < 1 || v >= funded) return undefined;
  return {
    meaning: `a share of the ${funded} funded seat${funded === 1 ? '' : 's'} (population.seats): it adds ${seatWord(added)} for the same clients, and the team ${v === 1 ? 'doubles' : 'more than doubles'}, to ${funded + added} seats`,
    likely: Number.isInteger(v)
      ? `to add ${seatWord(v)} to ${funded} write ${seatShare(scenario, v)}`
      : `a share from 0 to 1 was likely meant: ${seatShare(scenario, 1)} adds 1 seat to ${funded}`,
  };
};

/** floatPool of 1 or more is as many float staff as the team's `seats`: one float worker, or 1%, was likely meant. */
const floatPool =
  (seatsOf: (scenario: Scenario) => number): Check =>
  (v, scenario) => {
    const seats = seatsOf(scenario);
    if (v < 1 || seats <= 1) return undefined;
    return {
      meaning: `a share of the team's ${seatWord(seats)}: ${Number((v * seats).toPrecision(12))} float staff, as many as the team itself`,
      likely: `for 1 float worker write ${Number((1 / seats).toPrecision(4))}; for 1% of the seats, 0.01`,
    };
  };

const fatality: Check = (v) =>
  v < 1
    ? undefined
    : {
        meaning: 'a share of overdoses among clients: every overdose is fatal',
        likely: `for ${v}% write ${hundredth(v)}`,
      };

/**
 * A drawn field (scenario.uncertainty) whose own value lies outside the range it is drawn from: no
 * replication runs with that value, and a range far from it was often written in other units
 * (0.06 to 0.2 for a price of 90 dollars).
 */
const undrawnValue =
  (path: string, range: DrawRange): Check =>
  (v) =>
    v >= range.min && v <= range.max
      ? undefined
      : {
          meaning: `outside the range it is drawn from (uncertainty.${path}: ${rangeWords(range)}), so no replication runs with it`,
          likely: `if ${v} is the value meant, leave ${path} out of uncertainty, or give a range that holds it; if the range was written in other units, write it in the field's`,
        };

/** Demand this many times the sustainable load or more: every worker overloaded several-fold. */
const OVERLOAD_TIMES = 3;

/**
 * demandPerSeat at OVERLOAD_TIMES the sustainable load or more: a week's or a month's contacts
 * were likely written for a workday's (a planner's 60 for a team of ten times the load).
 */
const demandPerSeat: Check = (v, scenario) => {
  const load = scenario.coefficients.sustainableLoad;
  if (!(v >= OVERLOAD_TIMES * load)) return undefined;
  return {
    meaning: `client contacts per workday per funded seat: ${Number((v / load).toPrecision(3))} times the ${load} a worker carries without strain (coefficients.sustainableLoad), so every worker is overloaded several-fold`,
    likely: `for ${v} contacts a week (of five workdays) write ${Number((v / 5).toPrecision(4))}`,
  };
};

/** Hours a full-time worker is paid for in a year (52 weeks of 40 hours), for reading a salary written by the hour. */
const HOURS_A_YEAR = 2080;
/** An annual salary below this is less than $1,000 a month: an hourly or monthly figure was likely written. */
const LOWEST_SALARY = 12_000;
/** An annual salary of this or more for one worker: a payroll, or cents, was likely written. */
const HIGHEST_SALARY = 1_000_000;

const readable = (v: number) => Number(v.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 2 });

/** costs.salary is one worker's annual salary; a planner wrote 5,500,000 (a payroll, or cents) and got every cost a hundred times too large. */
const salary: Check = (v, scenario) => {
  if (v > 0 && v < LOWEST_SALARY)
    return {
      meaning: `one worker's annual salary, so less than $1,000 a month: every cost that counts pay (replacing a leaver, absence, added seats, a raise) is that small`,
      likely: `for $${readable(v)} an hour full time (${readable(HOURS_A_YEAR)} hours a year) write ${readable(v * HOURS_A_YEAR)}; for $${readable(v)} a month write ${readable(v * 12)}`,
    };
  if (v < HIGHEST_SALARY) return undefined;
  const seats = scenario.population.seats;
  return {
    meaning: `one worker's annual salary ($${readable(v)} a year), and every cost that counts pay (replacing a leaver, absence, added seats, a raise) with it`,
    likely: `for a team's payroll divide by its seats (${seatWord(seats)}: ${readable(v / seats)}); for an amount in cents write ${readable(v / 100)}`,
  };
};

/** costs.supervisionSession below $10 for a session of about an hour: a price in thousands, or a share, was likely written (a planner's 0.9). */
const supervisionSession: Check = (v) =>
  v > 0 && v < 10
    ? {
        meaning: `dollars per supervision session: $${readable(v)} for about an hour of a supervisor's time`,
        likely: `for a price in thousands ($${readable(v * 1000)}) write ${readable(v * 1000)}; the default is 90`,
      }
    : undefined;

/** A role's salary of this many times costs.salary or more: a percentage, or an amount, was likely written for the multiple. */
const HIGHEST_SALARY_FACTOR = 4;

/** costs.roleSalaryFactor.ROLE is a multiple of costs.salary; a planner wrote 10 for "10% more" and paid the role ten salaries. */
const roleSalaryFactor: Check = (v, scenario) => {
  if (!(v >= HIGHEST_SALARY_FACTOR)) return undefined;
  const salary = scenario.costs.salary;
  // A salary in thousands only where it is a year's pay: 4 read as $4,000 a year is no salary (costs.salary's own check).
  const inThousands = v * 1000 >= LOWEST_SALARY && salary > 0 ? `; for a salary in thousands ($${readable(v * 1000)}) write ${readable((v * 1000) / salary)}` : '';
  return {
    meaning: `a multiple of costs.salary: the role is paid ${readable(v)} times it ($${readable(v * salary)} a year), in every cost that counts its pay`,
    likely: `for ${readable(v)}% more than costs.salary write ${readable(1 + v / 100)}, for ${readable(v)}% less ${readable(Math.max(0.05, 1 - v / 100))}${inThousands}`,
  };
};

/**
 * Paid time off of every workday of the year or more (on a 1-day week, more than 52 of the schema's
 * 60): the days count workdays, so the worker is on leave on every one and never works
 * (docs/ODD.md §7.0). Calendar days, or days on a longer week, were likely meant.
 */
const ptoDaysPerYear =
  (side: 'policy' | 'practice'): Check =>
  (v, scenario) => {
    const wd = scenario[side].staffing.workdaysPerWeek;
    const workdays = (365 * wd) / 7;
    if (v < workdays) return undefined;
    return {
      meaning: `workdays of paid time off a year, on a ${wd}-day week (${side}.staffing.workdaysPerWeek ${wd}) whose year has ${Number(workdays.toPrecision(3))} workdays: every workday is leave and the worker never works`,
      likely: `the days count workdays of that week, not calendar days: at most ${Math.ceil(workdays) - 1} leaves the worker some workdays`,
      restsOn: [`${side}.staffing.workdaysPerWeek`, side],
    };
  };

/**
 * A scheduled change that shortens the week under the paid time off in force (it sets
 * `staffing.workdaysPerWeek: 1` while 60 days are granted and sets no days itself): the same slip
 * as ptoDaysPerYear's, which a change is read by only for the fields it sets.
 */
const workweekUnderPto: Check = (wd, scenario) => {
  const days = scenario.policy.compensation.ptoDaysPerYear;
  if (!ptoDaysPerYear('policy')(days, scenario)) return undefined;
  const workdays = (365 * wd) / 7;
  return {
    meaning: `a ${wd}-day week, whose year has ${Number(workdays.toPrecision(3))} workdays, under the ${days} workdays of paid time off a year in force (policy.compensation.ptoDaysPerYear ${days}): every workday is leave and the worker never works`,
    likely: `the days count workdays of the week: keep a longer week, or set policy.compensation.ptoDaysPerYear to at most ${Math.ceil(workdays) - 1} in the same change`,
    restsOn: ['policy.compensation.ptoDaysPerYear', 'policy'],
  };
};

/** Fields read in a scheduled change (which sets only policy fields) only where the change does not also set the field their check rests on, which warns itself. */
const CHANGE_CHECKS: Readonly<Record<string, { readonly check: Check; readonly unlessSet: string }>> = {
  'policy.staffing.workdaysPerWeek': { check: workweekUnderPto, unlessSet: 'policy.compensation.ptoDaysPerYear' },
};

/** The checked fields, by full dotted path. The practice adds no seats (its extraSeatShare is always 0): its float pool is a share of the funded seats. */
const CHECKS: Readonly<Record<string, Check>> = {
  'community.demandPerSeat': demandPerSeat,
  'costs.salary': salary,
  'costs.supervisionSession': supervisionSession,
  ...Object.fromEntries(ROLES.map((role) => [`costs.roleSalaryFactor.${role}`, roleSalaryFactor])),
  'community.fatality': fatality,
  'practice.compensation.payRaise': payRaise,
  'practice.staffing.floatPool': floatPool((s) => s.population.seats),
  'practice.compensation.ptoDaysPerYear': ptoDaysPerYear('practice'),
  'policy.compensation.payRaise': payRaise,
  'policy.compensation.ptoDaysPerYear': ptoDaysPerYear('policy'),
  'policy.staffing.extraSeatShare': extraSeatShare,
  'policy.staffing.floatPool': floatPool((s) => s.population.seats + addedSeats(s)),
};

/**
 * A role weight of at most a half that gets no seat in a mix whose weights are counts (summing to more than
 * 1.5): a share was likely written among head counts, as `--set population.roleMix.nurse=0.2` on a
 * file whose roles are 14, 8, 4, 2 and 2 people (0.2 of 30.2 is 0.7%: no nurse at all). Not in a
 * mix of shares: a small team drawn from a preset's shares leaves some roles out, as meant.
 */
function roleMixWarnings(scenario: Scenario): PlausibilityWarning[] {
  const mix = scenario.population.roleMix;
  const weights = ROLES.map((r) => mix[r]);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 1.5)) return [];
  const seats = roleSeatCounts(roleShares(mix), scenario.population.seats);
  return ROLES.flatMap((role, k) => {
    const w = weights[k];
    // Up to a half: a share written among counts; a weight near 1 (0.9 of a person on a small team) is a count.
    if (!(w > 0 && w <= 0.5) || seats[k] > 0) return [];
    const asShare = Number(((w * (total - w)) / (1 - w)).toPrecision(3));
    return [
      {
        path: `population.roleMix.${role}`,
        value: w,
        meaning: `a weight among weights that sum to ${Number(total.toPrecision(6))} (the mix is relative): ${Number(((w / total) * 100).toPrecision(2))}% of the team, so the role gets none of the ${seatWord(scenario.population.seats)}`,
        likely: `if ${w} was meant as a share of the team (${Number((w * 100).toPrecision(6))}%), write ${asShare} beside the others; for a head count, write the number of people`,
      },
    ];
  });
}

/**
 * A salary factor other than 1 for a role population.roleMix gives no seat: it changes no cost. A planner
 * set costs.roleSalaryFactor.peer-navigator for their peer workers on a preset without peer navigators
 * and saw the same costs.
 */
function seatlessSalaryWarnings(scenario: Scenario): PlausibilityWarning[] {
  const shares = roleShares(scenario.population.roleMix);
  const added = roleSeatCounts(shares, addedSeats(scenario));
  const seats = roleSeatCounts(shares, scenario.population.seats).map((n, k) => n + added[k]);
  return ROLES.flatMap((role, k) => {
    const factor = scenario.costs.roleSalaryFactor[role];
    if (factor === 1 || seats[k] > 0) return [];
    return [
      {
        path: `costs.roleSalaryFactor.${role}`,
        value: factor,
        meaning: `the salary of a role that population.roleMix gives none of the team's ${seatWord(seats.reduce((a, b) => a + b, 0))}, so it changes no cost`,
        likely: `give the role its share in population.roleMix, or set the factor of the role your workers are counted as (${roleListOf(seats)})`,
        // A sweep that varies the role's weight, the seats or the seats a package adds may give it seats.
        restsOn: [`population.roleMix.${role}`, 'population.roleMix', 'population.seats', 'population', 'policy.staffing.extraSeatShare', 'policy'],
      },
    ];
  });
}

/** The roles that have seats, for naming them. */
function roleListOf(seats: readonly number[]): string {
  return ROLES.filter((_, k) => seats[k] > 0).join(', ');
}

/**
 * Head counts (a mix of whole numbers, every preset's being shares) that sum to another number
 * than the funded seats: the mix is relative, so the team is not those people but their shares of
 * `population.seats`. A planner wrote 6, 4, 2, 1 and 1 people on a preset of 17 seats and ran a
 * team of 17 with no word.
 */
function headCountWarnings(scenario: Scenario): PlausibilityWarning[] {
  const weights = ROLES.map((r) => scenario.population.roleMix[r]);
  const total = weights.reduce((a, b) => a + b, 0);
  const seats = scenario.population.seats;
  if (!(total >= 2) || total === seats || !weights.every((w) => Number.isInteger(w))) return [];
  return [
    {
      path: 'population.seats',
      value: seats,
      meaning: `not the ${total} that population.roleMix's whole numbers sum to: the mix is relative, so the team has ${seatWord(seats)}, each role its share of them`,
      likely: `if those numbers are head counts, set population.seats: ${total} for a team of exactly those people`,
    },
  ];
}

/**
 * `debrief.after: death` where no period of the run, under any of its arms, has single-session
 * debriefs: the field says what a single-session debrief follows and does nothing otherwise. A
 * planner wrote it alone for "debriefing after deaths" and got no debrief at all. Named where it
 * is first set (the scenario, or the scheduled change that sets it). `arms`: every scenario of the
 * run (a file's field applies under each package; mandatory-debrief makes it mean something).
 */
function inertDebriefTrigger(scenario: Scenario, arms: readonly Scenario[]): PlausibilityWarning[] {
  const periodsOf = (s: Scenario) => [s, ...scenarioPeriods(s).map((p) => p.scenario)];
  const periods = periodsOf(scenario);
  if (!periods.some((s) => s.policy.debrief.after === 'death')) return [];
  // In the arms' order (the scenario among them, or first), so that every arm words it alike.
  const all = arms.includes(scenario) ? arms : [scenario, ...arms];
  const everyPeriod = all.flatMap(periodsOf);
  if (everyPeriod.some((s) => s.policy.debrief.after === 'death' && s.policy.debrief.mode === 'single-session')) return [];
  const k = scenario.changes.findIndex((c) => c.set['policy.debrief.after'] === 'death');
  const modes = [...new Set(everyPeriod.filter((s) => s.policy.debrief.after === 'death').map((s) => s.policy.debrief.mode))];
  return [
    {
      path: scenario.policy.debrief.after === 'death' || k < 0 ? 'policy.debrief.after' : `changes[${k}].set.policy.debrief.after`,
      value: 'death',
      meaning: `what a single-session debrief follows, and policy.debrief.mode is ${modes.join(' or ')}${modes.length > 1 || all.some((a) => a.changes.length > 0) ? ' whenever it is in force' : ''}, so it does nothing: no debrief is held after a death`,
      likely: 'for a debrief after each working day with a client death, also set policy.debrief.mode: single-session (or compare with the mandatory-debrief package)',
      restsOn: ['policy.debrief.mode', 'policy'],
    },
  ];
}

/**
 * The values of `scenario` that are allowed but very likely a unit slip, in the order of CHECKS,
 * then role weights that get no seat (roleMixWarnings), head counts that are not the seats (headCountWarnings),
 * salary factors of roles with no seat (seatlessSalaryWarnings)
 * and a debrief trigger without single-session debriefs (inertDebriefTrigger, which looks at every one of the run's `arms`),
 * then those its scheduled changes set (each read in the scenario in force from its day; a week a change shortens,
 * against the paid time off in force: CHANGE_CHECKS).
 */
export function plausibilityWarnings(scenario: Scenario, arms: readonly Scenario[] = []): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const add = (path: string, value: unknown, check: Check, inForce: Scenario) => {
    if (typeof value !== 'number') return;
    const reading = check(value, inForce);
    if (reading) warnings.push({ path, value, ...reading });
  };
  for (const [path, check] of Object.entries(CHECKS)) add(path, valueAt(scenario, path), check, scenario);
  warnings.push(...roleMixWarnings(scenario), ...headCountWarnings(scenario), ...seatlessSalaryWarnings(scenario), ...inertDebriefTrigger(scenario, arms));
  for (const [path, range] of Object.entries(scenario.uncertainty)) add(path, valueAt(scenario, path), undrawnValue(path, range), scenario);
  const periods = scenarioPeriods(scenario);
  scenario.changes.forEach((change, k) => {
    for (const [path, value] of Object.entries(change.set)) {
      const check = CHECKS[path];
      if (check) add(`changes[${k}].set.${path}`, value, check, periods[k].scenario);
      const changeCheck = CHANGE_CHECKS[path];
      if (changeCheck && !(changeCheck.unlessSet in change.set)) add(`changes[${k}].set.${path}`, value, changeCheck.check, periods[k].scenario);
    }
  });
  return warnings;
}

/** A warning as one line of text (without a "Warning:" prefix): "policy.compensation.payRaise 1 is a raise of 100% of salary ...; for a 1% raise write 0.01". */
export function plausibilityText(warning: PlausibilityWarning): string {
  return `${warning.path} ${warning.value} is ${warning.meaning}; ${warning.likely}`;
}
