import { describe, expect, it } from 'vitest';
import { deriveTeamState } from '../../models/schedule/derived';
import { turnOver } from '../../models/schedule/turnover';
import { TALLY } from '../../models/tally';
import { STATUS } from '../../models/workforce';
import type { World } from '../../models/world';
import type { Overrides } from './helpers';
import { phaseWorld, quiet, teamMembers } from './phaseWorld';

// Churn erodes cohesion (MODEL.md §4.9 "strangers don't lean on each other"; docs/ODD.md §7.12
// and deviation 6): each separation and each hire lowers the team's cohesion by
// cohesionChurnLoss / teamSeats in phase 9, clamped at 0; phase 8 then relaxes cohesion towards
// its target by cohesionRecovery of the gap each day. The losses below are computed from the team
// sizes the tests set up (seats counted by team), not from the world's own team table.

/** A quiet world of `seats` funded seats in teams of `teamSize`, every team at the given cohesion. */
function world(seats: number, teamSize: number, cohesion = 0.6, overrides: Overrides = []): World {
  const w = quiet(phaseWorld([['population.seats', seats], ['population.teamSize', teamSize], ...overrides]));
  w.cohesion.fill(cohesion);
  return w;
}

/** Seat `seat` leaves tonight (its separation uniform is 0: below any positive hazard). */
function separate(w: World, seat: number): void {
  w.uniforms.separation[seat] = 0;
}

/** Seat `seat` is vacant with its vacancy ending today: filled tonight. */
function fillTonight(w: World, seat: number): void {
  w.w.status[seat] = STATUS.vacant;
  w.w.vacancyDaysLeft[seat] = 1;
}

describe('churn lowers cohesion (§7.12, deviation 6)', () => {
  it('a separation lowers its team\'s cohesion by exactly cohesionChurnLoss / team seats, before any relaxation; other teams keep theirs', () => {
    const w = world(8, 4);
    const seat = teamMembers(w, 1)[2];
    separate(w, seat);
    turnOver(w);
    expect(w.w.status[seat]).toBe(STATUS.vacant);
    expect(w.today[TALLY.separations]).toBe(1);
    expect(w.cohesion[1]).toBeCloseTo(0.6 - w.p.c.cohesionChurnLoss / 4, 15);
    expect(w.cohesion[0]).toBe(0.6);
  });

  it('a hire lowers its team\'s cohesion by the same amount; other teams keep theirs', () => {
    const w = world(8, 4);
    const seat = teamMembers(w, 1)[1];
    fillTonight(w, seat);
    turnOver(w);
    expect(w.w.status[seat]).toBe(STATUS.dayOff);
    expect(w.today[TALLY.hires]).toBe(1);
    expect(w.cohesion[1]).toBeCloseTo(0.6 - w.p.c.cohesionChurnLoss / 4, 15);
    expect(w.cohesion[0]).toBe(0.6);
  });

  it('a vacancy still counting down costs nothing', () => {
    const w = world(8, 4);
    const seat = teamMembers(w, 0)[1];
    w.w.status[seat] = STATUS.vacant;
    w.w.vacancyDaysLeft[seat] = 5;
    turnOver(w);
    expect(w.w.vacancyDaysLeft[seat]).toBe(4);
    expect(w.cohesion[0]).toBe(0.6);
  });

  it('every event counts: two separations and a hire in one team on one day cost three losses', () => {
    const w = world(12, 6);
    const [a, b, c] = teamMembers(w, 1);
    separate(w, a);
    separate(w, b);
    fillTonight(w, c);
    turnOver(w);
    expect(w.today[TALLY.separations]).toBe(2);
    expect(w.today[TALLY.hires]).toBe(1);
    expect(w.cohesion[1]).toBeCloseTo(0.6 - (3 * w.p.c.cohesionChurnLoss) / 6, 14);
    expect(w.cohesion[0]).toBe(0.6);
  });

  it('the smaller the team, the more each separation costs it (teams of 4, 4, 1)', () => {
    const w = world(9, 4);
    const sizes = [0, 1, 2].map((t) => teamMembers(w, t).length);
    expect(sizes).toEqual([4, 4, 1]);
    separate(w, teamMembers(w, 0)[0]);
    separate(w, teamMembers(w, 2)[0]);
    turnOver(w);
    const loss = [0, 1, 2].map((t) => 0.6 - w.cohesion[t]);
    const L = w.p.c.cohesionChurnLoss;
    expect(loss[0]).toBeCloseTo(L / 4, 15);
    expect(loss[1]).toBe(0);
    expect(loss[2]).toBeCloseTo(L, 15);
    expect(loss[2]).toBeGreaterThan(loss[0]);
  });

  it('added seats count in the team size: a team of 4 funded and 1 added seat loses cohesionChurnLoss / 5', () => {
    const w = world(8, 4, 0.6, [['policy.staffing.extraSeatShare', 0.25]]);
    const members = teamMembers(w, 0);
    expect(members.length).toBe(5);
    // The added seat itself leaves.
    separate(w, members[4]);
    turnOver(w);
    expect(w.cohesion[0]).toBeCloseTo(0.6 - w.p.c.cohesionChurnLoss / 5, 15);
  });

  it('cohesion never falls below 0', () => {
    const w = world(9, 4, 0.3);
    // The team of one loses cohesionChurnLoss (0.5 by default) on its separation: more than it has.
    expect(w.p.c.cohesionChurnLoss).toBeGreaterThan(0.3);
    separate(w, teamMembers(w, 2)[0]);
    // Three separations in a team of 4 at 0.3 cost 3 × 0.125 = 0.375.
    for (const seat of teamMembers(w, 0).slice(0, 3)) separate(w, seat);
    turnOver(w);
    expect(w.cohesion[2]).toBe(0);
    expect(w.cohesion[0]).toBe(0);
    // A hire into a team at 0 leaves it at 0.
    fillTonight(w, teamMembers(w, 2)[0]);
    w.uniforms.separation.fill(1 - 1e-12);
    turnOver(w);
    expect(w.w.status[teamMembers(w, 2)[0]]).toBe(STATUS.dayOff);
    expect(w.cohesion[2]).toBe(0);
  });
});

describe('cohesion relaxes towards its target (§7.12)', () => {
  it('each day phase 8 closes cohesionRecovery of the gap to cohesionBase: a loss from churn fades geometrically', () => {
    const w = world(8, 4);
    const c = w.p.c;
    separate(w, teamMembers(w, 0)[0]);
    turnOver(w);
    const after = w.cohesion[0];
    expect(after).toBeLessThan(c.cohesionBase);
    deriveTeamState(w);
    expect(w.cohesion[0]).toBeCloseTo(after + c.cohesionRecovery * (c.cohesionBase - after), 15);
    expect(w.cohesion[1]).toBeCloseTo(0.6 + c.cohesionRecovery * (c.cohesionBase - 0.6), 15);
    for (let day = 1; day < 200; day++) deriveTeamState(w);
    expect(w.cohesion[0]).toBeCloseTo(c.cohesionBase - (c.cohesionBase - after) * (1 - c.cohesionRecovery) ** 200, 12);
    expect(w.cohesion[0]).toBeLessThan(c.cohesionBase);
    expect(c.cohesionBase - w.cohesion[0]).toBeLessThan(0.2 * (c.cohesionBase - after));
  });

  it('with cohesion activities the target is cohesionBase + cohesionActivitiesGain (at most 1)', () => {
    const w = world(8, 4, 0.3, [['policy.peerSupport.cohesionActivities', true]]);
    const c = w.p.c;
    const target = Math.min(1, c.cohesionBase + c.cohesionActivitiesGain);
    expect(target).toBeGreaterThan(c.cohesionBase);
    deriveTeamState(w);
    expect(w.cohesion[0]).toBeCloseTo(0.3 + c.cohesionRecovery * (target - 0.3), 15);
    // From above the target it falls back.
    w.cohesion[1] = 0.95;
    deriveTeamState(w);
    expect(w.cohesion[1]).toBeCloseTo(0.95 + c.cohesionRecovery * (target - 0.95), 15);
    expect(w.cohesion[1]).toBeLessThan(0.95);
  });
});
