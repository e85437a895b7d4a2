import { describe, expect, it } from 'vitest';
import { addedSeats, fundedSeatsWarning, seatsSentence } from '../../scenarios/fundedSeats';
import { modelParameters } from '../../models/parameters';
import { resolveScenario } from '../../scenarios/resolve';

const team = (policy: string, seats: number, name?: string) => resolveScenario({ policy, file: { population: { seats } }, overrides: name ? [['policy.name', name]] : [] });

describe('seats of a run', () => {
  it('a package adds extraSeatShare of the funded seats, rounded, as the model builds them', () => {
    const multi = team('multi-level', 12);
    expect(addedSeats(multi)).toBe(Math.round(12 * multi.policy.staffing.extraSeatShare));
    expect(addedSeats(multi)).toBeGreaterThan(0);
    const p = modelParameters(multi);
    expect([p.baseSeats, p.extraSeats]).toEqual([12, addedSeats(multi)]);
    expect(addedSeats(team('status-quo', 12))).toBe(0);
  });

  it('names the funded seats once and the packages that add seats when every arm funds the same, and says nothing when none adds any', () => {
    const multi = team('multi-level', 12);
    const share = `policy.staffing.extraSeatShare ${multi.policy.staffing.extraSeatShare} (the same clients)`;
    expect(seatsSentence([team('status-quo', 12), multi])).toBe(`Seats: 12 funded under every package; multi-level adds ${addedSeats(multi)} by ${share}`);
    const more = resolveScenario({ policy: 'status-quo', file: { population: { seats: 12 } }, overrides: [['policy.name', 'more'], ['policy.staffing.extraSeatShare', 0.25]] });
    expect(seatsSentence([team('status-quo', 12), multi, team('opt-out-support', 12), more])).toBe(
      `Seats: 12 funded under every package; multi-level adds ${addedSeats(multi)} by ${share}; more adds 3 by policy.staffing.extraSeatShare 0.25 (the same clients)`,
    );
    expect(seatsSentence([team('status-quo', 12), team('opt-out-support', 12)])).toBe('');
    expect(seatsSentence([team('status-quo', 12)])).toBe('');
    expect(seatsSentence([multi])).toMatch(/^Seats: 12 funded \+ \d+ added/);
  });

  it('says once that every arm adds the seats where all add the same share (a --set of it), not as each package adding its own', () => {
    const set = (policy: string) => resolveScenario({ policy, file: { population: { seats: 40 } }, overrides: [['policy.staffing.extraSeatShare', 0.1]] });
    expect(seatsSentence([set('status-quo'), set('multi-level')])).toBe('Seats: 40 funded under every package; every package adds 4 by policy.staffing.extraSeatShare 0.1 (the same clients)');
    expect(seatsSentence([set('status-quo'), set('multi-level')], 'scenario')).toBe('Seats: 40 funded in every scenario; every scenario adds 4 by policy.staffing.extraSeatShare 0.1 (the same clients)');
  });

  it('names the team size for scenario files even when they fund and add the same seats: their header names no population', () => {
    const files = [team('status-quo', 20, 'current'), team('opt-out-support', 20, 'better')];
    expect(seatsSentence(files, 'scenario')).toBe('Seats: 20 funded in every scenario, none added');
    expect(seatsSentence(files, 'package')).toBe('');
    expect(seatsSentence([files[0]], 'scenario')).toBe('');
    const multi = team('multi-level', 20);
    expect(seatsSentence([files[0], multi], 'scenario')).toMatch(/^Seats: 20 funded in every scenario; multi-level adds \d+ by /);
  });

  it('warns when arms fund different numbers of seats: each funded seat brings clients and no salary in the cost, so "hire two more" is extraSeatShare', () => {
    const arms = [team('status-quo', 12, 'current'), team('status-quo', 14, 'seats14')];
    expect(seatsSentence(arms)).toBe('Seats: current 12 funded; seats14 14 funded');
    expect(seatsSentence([...arms, team('multi-level', 12)])).toMatch(/^Seats: current 12 funded; seats14 14 funded; multi-level 12 funded \+ \d+ added by policy\.staffing\.extraSeatShare /);
    const warning = fundedSeatsWarning(arms);
    expect(warning).toContain('the scenarios fund different numbers of seats (current 12 seats, seats14 14 seats)');
    expect(warning).toContain('Each funded seat brings its own clients (community.demandPerSeat contacts a workday) and its salary is not in the cost');
    expect(warning).toContain('set policy.staffing.extraSeatShare instead');
    // The model does what the warning says: two more funded seats bring two seats' demand.
    const [a, b] = arms.map(modelParameters);
    expect(b.demandPerSeatDay).toBe(a.demandPerSeatDay);
    expect(fundedSeatsWarning([team('status-quo', 12), team('multi-level', 12)])).toBe('');
  });
});
