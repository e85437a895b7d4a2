import { describe, expect, it } from 'vitest';
import { addedSeats } from '../../scenarios/fundedSeats';
import { plausibilityText, plausibilityWarnings } from '../../scenarios/plausibility';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATION_IDS } from '../../scenarios/presets/populations';
import { resolveScenario } from '../../scenarios/resolve';

const warningsOf = (file: unknown, policy?: string) => plausibilityWarnings(resolveScenario({ file, policy }));

describe('plausibility warnings', () => {
  it('a drawn field whose own value lies outside its range: no replication runs with it, or the range is in other units', () => {
    const [w, ...rest] = warningsOf({ coefficients: { separationCf: 3 }, uncertainty: { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 0.06, max: 0.2 } } });
    expect(w).toMatchObject({ path: 'coefficients.separationCf', value: 3 });
    expect(plausibilityText(w)).toBe(
      "coefficients.separationCf 3 is outside the range it is drawn from (uncertainty.coefficients.separationCf: from 0.7 to 1.6 (uniform, mean 1.15)), so no replication runs with it; if 3 is the value meant, leave coefficients.separationCf out of uncertainty, or give a range that holds it; if the range was written in other units, write it in the field's",
    );
    expect(rest).toMatchObject([{ path: 'costs.supervisionSession', value: 90 }]);
    // A range that holds the field's own value is quiet.
    expect(warningsOf({ uncertainty: { 'coefficients.separationCf': { min: 0.7, max: 1.6 } } })).toEqual([]);
  });

  it('a role weight of at most a half that gets no seat in a mix of head counts was likely a share; not in a mix of shares, where a small team leaves roles out', () => {
    const counts = { 'harm-reduction': 14, 'peer-navigator': 8, 'recovery-coach': 4, 'sud-counselor': 2, 'program-manager': 2 };
    const [w, ...rest] = warningsOf({ base: { population: 'ct-harm-reduction' }, population: { seats: 30, roleMix: { ...counts, nurse: 0.2 } } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      'population.roleMix.nurse 0.2 is a weight among weights that sum to 30.2 (the mix is relative): 0.66% of the team, so the role gets none of the 30 seats; if 0.2 was meant as a share of the team (20%), write 7.5 beside the others; for a head count, write the number of people',
    );
    // 7.5 of 37.5 is the 20% meant, and gets its seats.
    expect(warningsOf({ base: { population: 'ct-harm-reduction' }, population: { seats: 30, roleMix: { ...counts, nurse: 7.5 } } })).toEqual([]);
    // A weight under 1 that still gets a seat (a larger team) is not flagged.
    expect(warningsOf({ base: { population: 'ct-harm-reduction' }, population: { seats: 300, roleMix: { ...counts, nurse: 0.2 } } })).toEqual([]);
    // A weight near 1 on a small team of head counts is a count, not a share.
    expect(warningsOf({ population: { seats: 3, roleMix: { police: 1, 'fire-ems': 1, 'harm-reduction': 1, nurse: 0.9 } } })).toEqual([]);
    // The preset's shares on a 4-seat team give most roles no seat, as meant.
    expect(warningsOf({ base: { population: 'ma-outreach' }, population: { seats: 4 } })).toEqual([]);
  });

  it('head counts that sum to another number than the funded seats: the team is their shares of the seats, not those people', () => {
    const team = { 'harm-reduction': 6, 'recovery-coach': 4, 'social-worker': 2, 'sud-counselor': 1, 'program-manager': 1 };
    const [w, ...rest] = warningsOf({ base: { population: 'ct-harm-reduction' }, population: { roleMix: team } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      "population.seats 17 is not the 14 that population.roleMix's whole numbers sum to: the mix is relative, so the team has 17 seats, each role its share of them; if those numbers are head counts, set population.seats: 14 for a team of exactly those people",
    );
    expect(warningsOf({ base: { population: 'ct-harm-reduction' }, population: { seats: 14, roleMix: team } })).toEqual([]);
    // Shares, and a single role, are not head counts.
    expect(warningsOf({ base: { population: 'ct-harm-reduction' }, population: { roleMix: { 'harm-reduction': 0.5, 'recovery-coach': 0.5 } } })).toEqual([]);
    expect(warningsOf({ base: { population: 'ct-harm-reduction' }, population: { roleMix: { 'harm-reduction': 1 } } })).toEqual([]);
  });

  it('debrief.after death without single-session debriefs does nothing: no debrief is held after a death', () => {
    const [w, ...rest] = warningsOf({ policy: { debrief: { after: 'death' } } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      'policy.debrief.after death is what a single-session debrief follows, and policy.debrief.mode is none, so it does nothing: no debrief is held after a death; for a debrief after each working day with a client death, also set policy.debrief.mode: single-session (or compare with the mandatory-debrief package)',
    );
    expect(warningsOf({ policy: { debrief: { mode: 'ongoing', after: 'death' } } })[0].meaning).toContain('policy.debrief.mode is ongoing, so');
    // With single-session debriefs it is meant; the default trigger is quiet under any mode.
    expect(warningsOf({ policy: { debrief: { mode: 'single-session', after: 'death' } } })).toEqual([]);
    expect(warningsOf({ policy: { debrief: { mode: 'none' } } })).toEqual([]);
    // A scheduled change to single-session debriefs makes the trigger meaningful from its day.
    expect(warningsOf({ days: 400, policy: { debrief: { after: 'death' } }, changes: [{ day: 200, set: { 'policy.debrief.mode': 'single-session' } }] })).toEqual([]);
    // A change that sets the trigger alone is named.
    const [c] = warningsOf({ days: 400, changes: [{ day: 200, set: { 'policy.debrief.after': 'death' } }] });
    expect(c).toMatchObject({ path: 'changes[0].set.policy.debrief.after', value: 'death' });
    expect(c.meaning).toContain('policy.debrief.mode is none whenever it is in force');
    // Under a run's other arms: one that holds single-session debriefs after deaths gives the field its meaning.
    const file = { policy: { debrief: { after: 'death' } } };
    expect(plausibilityWarnings(resolveScenario({ file, policy: 'status-quo' }), [resolveScenario({ file, policy: 'mandatory-debrief' })])).toEqual([]);
    expect(plausibilityWarnings(resolveScenario({ file, policy: 'status-quo' }), [resolveScenario({ file, policy: 'opt-out-support' })])).toHaveLength(1);
    expect(w.restsOn).toEqual(['policy.debrief.mode', 'policy']);
  });

  it('demand per seat at three times the sustainable load or more is likely a week\'s contacts', () => {
    const [w, ...rest] = warningsOf({ community: { demandPerSeat: 60 } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      'community.demandPerSeat 60 is client contacts per workday per funded seat: 10 times the 6 a worker carries without strain (coefficients.sustainableLoad), so every worker is overloaded several-fold; for 60 contacts a week (of five workdays) write 12',
    );
    expect(warningsOf({ community: { demandPerSeat: 17.9 } })).toEqual([]);
    // Against the scenario's own sustainable load.
    expect(warningsOf({ community: { demandPerSeat: 60 }, coefficients: { sustainableLoad: 25 } })).toEqual([]);
  });

  it('a salary under $12,000 a year is likely hourly or monthly; one of $1,000,000 or more a payroll or cents', () => {
    const [low, ...rest] = warningsOf({ costs: { salary: 25 } });
    expect(rest).toEqual([]);
    expect(low).toMatchObject({ path: 'costs.salary', value: 25 });
    expect(low.likely).toBe('for $25 an hour full time (2,080 hours a year) write 52,000; for $25 a month write 300');
    expect(warningsOf({ costs: { salary: 4500 } })[0].likely).toContain('for $4,500 a month write 54,000');
    const [high] = warningsOf({ population: { seats: 14 }, costs: { salary: 5_500_000 } });
    expect(plausibilityText(high)).toBe(
      "costs.salary 5500000 is one worker's annual salary ($5,500,000 a year), and every cost that counts pay (replacing a leaver, absence, added seats, a raise) with it; for a team's payroll divide by its seats (14 seats: 392,857.14); for an amount in cents write 55,000",
    );
    for (const fine of [0, 12_000, 55_000, 999_999]) expect(warningsOf({ costs: { salary: fine } }), String(fine)).toEqual([]);
  });

  it('a supervision session under $10 is likely a price in thousands', () => {
    const [w, ...rest] = warningsOf({ costs: { supervisionSession: 0.9 } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe("costs.supervisionSession 0.9 is dollars per supervision session: $0.9 for about an hour of a supervisor's time; for a price in thousands ($900) write 900; the default is 90");
    for (const fine of [0, 10, 90, 400]) expect(warningsOf({ costs: { supervisionSession: fine } }), String(fine)).toEqual([]);
  });

  it('payRaise 1 is +100% of salary, likely 1% (0.01)', () => {
    const [w, ...rest] = warningsOf({ policy: { compensation: { payRaise: 1 } } });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'policy.compensation.payRaise', value: 1 });
    expect(w.meaning).toContain('a raise of 100% of salary');
    expect(w.likely).toBe('for a 1% raise write 0.01');
    expect(plausibilityText(w)).toBe(`policy.compensation.payRaise 1 is ${w.meaning}; for a 1% raise write 0.01`);
  });

  it('extraSeatShare 2 adds 24 seats to 12 (the team more than doubles), likely 2 seats: a share that adds 2', () => {
    const [w, ...rest] = warningsOf({ population: { seats: 12 }, policy: { staffing: { extraSeatShare: 2 } } });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'policy.staffing.extraSeatShare', value: 2 });
    expect(w.meaning).toBe('a share of the 12 funded seats (population.seats): it adds 24 seats for the same clients, and the team more than doubles, to 36 seats');
    expect(w.likely).toBe('to add 2 seats to 12 write 0.1667');
    // What it suggests adds the 2 seats meant, and is quiet.
    const meant = resolveScenario({ file: { population: { seats: 12 }, policy: { staffing: { extraSeatShare: 0.1667 } } } });
    expect(addedSeats(meant)).toBe(2);
    expect(plausibilityWarnings(meant)).toEqual([]);
  });

  it('extraSeatShare 1 doubles the team; the share suggested for one seat adds one, on any team size', () => {
    const [w] = warningsOf({ population: { seats: 12 }, policy: { staffing: { extraSeatShare: 1 } } });
    expect(w.meaning).toContain('it adds 12 seats for the same clients, and the team doubles, to 24 seats');
    expect(w.likely).toBe('to add 1 seat to 12 write 0.08333');
    for (const seats of [7, 38, 999, 54321]) {
      const share = Number(/write ([\d.]+)$/.exec(warningsOf({ population: { seats }, policy: { staffing: { extraSeatShare: 3 } } })[0].likely)![1]);
      expect(addedSeats(resolveScenario({ file: { population: { seats }, policy: { staffing: { extraSeatShare: share } } } })), `${seats} seats`).toBe(3);
    }
  });

  it('extraSeatShare above 0 that rounds to no seat adds nobody and costs nothing: the share of one seat, or the float pool, was likely meant', () => {
    const [w, ...rest] = warningsOf({ population: { seats: 13 }, policy: { staffing: { extraSeatShare: 0.03 } } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      'policy.staffing.extraSeatShare 0.03 is a share of the 13 funded seats (population.seats), 0.39 of a seat, which rounds to none: seats are whole, so it adds nobody and costs nothing; for 1 seat write 0.07692; for part-time cover of absent or vacant seats, policy.staffing.floatPool',
    );
    expect(addedSeats(resolveScenario({ file: { population: { seats: 13 }, policy: { staffing: { extraSeatShare: 0.07692 } } } }))).toBe(1);
    // A package's share on a team too small for it: multi-level's 0.15 of 3 seats adds none.
    expect(warningsOf({ population: { seats: 3 } }, 'multi-level').map((x) => x.path)).toEqual(['policy.staffing.extraSeatShare']);
    // A share that adds a seat, rounded down or up, and 0, are quiet.
    for (const share of [0, 0.05, 0.1]) expect(warningsOf({ population: { seats: 13 }, policy: { staffing: { extraSeatShare: share } } }), String(share)).toEqual([]);
    expect(warningsOf({ population: { seats: 4 } }, 'multi-level')).toEqual([]);
  });

  it('extraSeatShare above 1 but not whole: a share from 0 to 1 was likely meant', () => {
    const [w] = warningsOf({ population: { seats: 38 }, policy: { staffing: { extraSeatShare: 1.5 } } });
    expect(w.meaning).toContain('it adds 57 seats');
    expect(w.likely).toBe('a share from 0 to 1 was likely meant: 0.02632 adds 1 seat to 38');
  });

  it('floatPool 1 is as many float staff as the team (funded and added seats), likely one float worker', () => {
    const [w, ...rest] = warningsOf({ population: { seats: 12 }, policy: { staffing: { floatPool: 1 } } }, 'multi-level');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'policy.staffing.floatPool', value: 1 });
    expect(w.meaning).toBe("a share of the team's 14 seats: 14 float staff, as many as the team itself");
    expect(w.likely).toBe('for 1 float worker write 0.07143; for 1% of the seats, 0.01');
  });

  it('community.fatality 1 makes every overdose fatal, likely 1%', () => {
    const [w, ...rest] = warningsOf({ community: { fatality: 1 } });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'community.fatality', value: 1, meaning: 'a share of overdoses among clients: every overdose is fatal', likely: 'for 1% write 0.01' });
  });

  it('paid time off of every workday of the year or more (above 52 on a 1-day week) leaves the worker no workday, in the policy and the practice', () => {
    const [practice, w, ...rest] = warningsOf({ policy: { staffing: { workdaysPerWeek: 1 }, compensation: { ptoDaysPerYear: 53 } }, practice: { staffing: { workdaysPerWeek: 1 }, compensation: { ptoDaysPerYear: 60 } } });
    expect(practice).toMatchObject({ path: 'practice.compensation.ptoDaysPerYear', value: 60, restsOn: ['practice.staffing.workdaysPerWeek', 'practice'] });
    expect(plausibilityText(practice)).toContain('(practice.staffing.workdaysPerWeek 1)');
    expect(rest).toEqual([]);
    // Names the field that makes the year this short, by its full path and value, and what is allowed on that week.
    expect(plausibilityText(w)).toBe(
      'policy.compensation.ptoDaysPerYear 53 is workdays of paid time off a year, on a 1-day week (policy.staffing.workdaysPerWeek 1) whose year has 52.1 workdays: every workday is leave and the worker never works; the days count workdays of that week, not calendar days: at most 52 leaves the worker some workdays',
    );
    expect(w.restsOn).toEqual(['policy.staffing.workdaysPerWeek', 'policy']);
    expect(warningsOf({ policy: { staffing: { workdaysPerWeek: 1 }, compensation: { ptoDaysPerYear: 52 } } })).toEqual([]);
    expect(warningsOf({ policy: { staffing: { workdaysPerWeek: 2 }, compensation: { ptoDaysPerYear: 60 } } })).toEqual([]);
  });

  it('a scheduled change that shortens the week under the paid time off in force is warned of, naming the days in force; not where it sets the days too, or leaves workdays', () => {
    const [w, ...rest] = warningsOf({ days: 800, policy: { compensation: { ptoDaysPerYear: 60 } }, changes: [{ day: 365, set: { 'policy.staffing.workdaysPerWeek': 1 } }] });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'changes[0].set.policy.staffing.workdaysPerWeek', value: 1, restsOn: ['policy.compensation.ptoDaysPerYear', 'policy'] });
    expect(plausibilityText(w)).toBe(
      'changes[0].set.policy.staffing.workdaysPerWeek 1 is a 1-day week, whose year has 52.1 workdays, under the 60 workdays of paid time off a year in force (policy.compensation.ptoDaysPerYear 60): every workday is leave and the worker never works; the days count workdays of the week: keep a longer week, or set policy.compensation.ptoDaysPerYear to at most 52 in the same change',
    );
    // The change that sets the days as well is warned of by the days' own check, once.
    expect(warningsOf({ days: 800, changes: [{ day: 365, set: { 'policy.staffing.workdaysPerWeek': 1, 'policy.compensation.ptoDaysPerYear': 60 } }] }).map((v) => v.path)).toEqual([
      'changes[0].set.policy.compensation.ptoDaysPerYear',
    ]);
    expect(warningsOf({ days: 800, policy: { compensation: { ptoDaysPerYear: 52 } }, changes: [{ day: 365, set: { 'policy.staffing.workdaysPerWeek': 1 } }] })).toEqual([]);
    expect(warningsOf({ days: 800, policy: { compensation: { ptoDaysPerYear: 60 } }, changes: [{ day: 365, set: { 'policy.staffing.workdaysPerWeek': 2 } }] })).toEqual([]);
  });

  it('checks the practice (whose float pool is a share of the funded seats only) and scheduled changes, by their full paths', () => {
    const warnings = warningsOf({
      population: { seats: 12 },
      practice: { compensation: { payRaise: 1 }, staffing: { floatPool: 1 } },
      changes: [
        { day: 100, set: { 'community.stigma': 0.9 } },
        { day: 365, set: { 'policy.compensation.payRaise': 1, 'policy.staffing.floatPool': 1 } },
      ],
    }, 'multi-level');
    expect(warnings.map((w) => w.path)).toEqual([
      'practice.compensation.payRaise',
      'practice.staffing.floatPool',
      'changes[1].set.policy.compensation.payRaise',
      'changes[1].set.policy.staffing.floatPool',
    ]);
    expect(warnings[1].meaning).toContain("the team's 12 seats: 12 float staff");
    // In the run, multi-level's seats are added: the change's float pool is a share of 14.
    expect(warnings[3].meaning).toContain("the team's 14 seats: 14 float staff");
  });

  it('gives no warning on any preset under any package', () => {
    for (const population of POPULATION_IDS) {
      for (const policy of PACKAGE_IDS) {
        expect(plausibilityWarnings(resolveScenario({ population, policy })), `${population} under ${policy}`).toEqual([]);
      }
    }
  });

  it('gives no warning on sensible values near the edge', () => {
    const near = {
      population: { seats: 12 },
      community: { fatality: 0.9 },
      practice: { compensation: { payRaise: 0.5 }, staffing: { floatPool: 0.9 } },
      policy: { compensation: { payRaise: 0.3 }, staffing: { extraSeatShare: 0.99, floatPool: 0.5 } },
      changes: [{ day: 365, set: { 'policy.compensation.payRaise': 0.99 } }],
    };
    expect(warningsOf(near)).toEqual([]);
  });

  it('lets a small team plan to double or more: no warning where the seats meant would take a share of 1 or more', () => {
    expect(warningsOf({ population: { seats: 1 }, policy: { staffing: { extraSeatShare: 2 } } })).toEqual([]);
    expect(warningsOf({ population: { seats: 1 }, policy: { staffing: { floatPool: 1 } } }), 'one float worker for one seat').toEqual([]);
    expect(warningsOf({ population: { seats: 3 }, policy: { staffing: { extraSeatShare: 3 } } })).toEqual([]);
    // One seat more than the value: the seats meant are a share below 1, so it warns.
    expect(warningsOf({ population: { seats: 4 }, policy: { staffing: { extraSeatShare: 3 } } }).map((w) => w.likely)).toEqual(['to add 3 seats to 4 write 0.75']);
  });
});

describe('plausibility warnings of salaries per role (costs.roleSalaryFactor)', () => {
  it('a factor other than 1 for a role the mix gives no seat changes no cost, and says which roles have seats', () => {
    // The default mix (ma-outreach) has no peer navigators.
    const [w, ...rest] = warningsOf({ costs: { roleSalaryFactor: { 'peer-navigator': 0.7, police: 1.2 } } });
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ path: 'costs.roleSalaryFactor.peer-navigator', value: 0.7, restsOn: ['population.roleMix.peer-navigator', 'population.roleMix', 'population.seats', 'population', 'policy.staffing.extraSeatShare', 'policy'] });
    expect(plausibilityText(w)).toBe(
      "costs.roleSalaryFactor.peer-navigator 0.7 is the salary of a role that population.roleMix gives none of the team's 38 seats, so it changes no cost; give the role its share in population.roleMix, or set the factor of the role your workers are counted as (police, fire-ems, recovery-coach, harm-reduction, clergy, sud-counselor, social-worker, program-manager)",
    );
    expect(warningsOf({ population: { roleMix: { 'peer-navigator': 0.3 } }, costs: { roleSalaryFactor: { 'peer-navigator': 0.7 } } })).toEqual([]);
  });

  it('a factor of 4 or more was likely a percentage or an amount written for the multiple; 3.9 is quiet', () => {
    const [w, ...rest] = warningsOf({ costs: { roleSalaryFactor: { police: 10 } } });
    expect(rest).toEqual([]);
    expect(plausibilityText(w)).toBe(
      'costs.roleSalaryFactor.police 10 is a multiple of costs.salary: the role is paid 10 times it ($550,000 a year), in every cost that counts its pay; for 10% more than costs.salary write 1.1, for 10% less 0.9',
    );
    expect(warningsOf({ costs: { roleSalaryFactor: { police: 3.9 } } })).toEqual([]);
  });

  it('offers a salary in thousands only where it is a year\'s pay ($12,000 or more), and none where costs.salary is 0', () => {
    // 4 read as $4,000 a year is below what costs.salary's own check takes for a salary; it said "write 0.07".
    expect(warningsOf({ costs: { roleSalaryFactor: { police: 4 } } }).map((w) => w.likely)).toEqual(['for 4% more than costs.salary write 1.04, for 4% less 0.96']);
    expect(warningsOf({ costs: { roleSalaryFactor: { police: 12 } } }).map((w) => w.likely)).toEqual([
      'for 12% more than costs.salary write 1.12, for 12% less 0.88; for a salary in thousands ($12,000) write 0.22',
    ]);
    // costs.salary 0 (costs left out): a ratio to it is no number; it said "write Infinity".
    expect(warningsOf({ costs: { salary: 0, roleSalaryFactor: { police: 15 } } }).map((w) => w.likely)).toEqual(['for 15% more than costs.salary write 1.15, for 15% less 0.85']);
  });
});
