import { describe, expect, it } from 'vitest';
import { createWorld } from '../../models/world';
import { modelParameters } from '../../models/parameters';
import { ROLES } from '../../models/roles';
import { stepDay } from '../../models/step';
import { STATUS } from '../../models/workforce';
import { resolveScenario } from '../../scenarios/resolve';
import { outcome } from './helpers';

/** Each seat's role and lived experience on day 0 of the default population with these overrides. */
function dayZero(overrides: [string, unknown][]): { role: number; lived: number }[] {
  const world = createWorld(modelParameters(resolveScenario({ overrides: [['days', 30], ...overrides] })), { seed: 3, point: 0, replication: 0 });
  const w = world.w;
  return Array.from({ length: w.size }, (_, i) => ({ role: w.status[i] === STATUS.vacant ? -1 : w.role[i], lived: w.livedExperience[i] }));
}

const everyRole = (share: number): [string, unknown][] => ROLES.map((role) => [`population.livedExperience.${role}`, share]);

describe('population.livedExperience: who has lived experience, by role', () => {
  it('defaults to each role\'s share in the role table', () => {
    const scenario = resolveScenario({});
    expect(scenario.population.livedExperience['recovery-coach']).toBe(0.9);
    expect(scenario.population.livedExperience.police).toBe(0.05);
  });

  it('at 0 nobody has it and at 1 everybody has, starting staff and hires alike', () => {
    expect(dayZero(everyRole(0)).filter((s) => s.role >= 0).every((s) => s.lived === 0)).toBe(true);
    expect(dayZero(everyRole(1)).filter((s) => s.role >= 0).every((s) => s.lived === 1)).toBe(true);
    const hiredAfterYear = (share: number) => {
      const world = createWorld(modelParameters(resolveScenario({ overrides: [['days', 365], ...everyRole(share)] })), { seed: 3, point: 0, replication: 0 });
      while (world.day < 365) stepDay(world);
      return Array.from(world.w.livedExperience).filter((_, i) => world.w.status[i] !== STATUS.vacant);
    };
    expect(hiredAfterYear(1).every((x) => x === 1)).toBe(true);
    expect(hiredAfterYear(0).every((x) => x === 0)).toBe(true);
  });

  it('one role\'s share changes that role\'s draws only: every other seat is drawn as before (the draw is made either way)', () => {
    const before = dayZero([]);
    const after = dayZero([['population.livedExperience.recovery-coach', 0]]);
    const coach = ROLES.indexOf('recovery-coach');
    expect(after.filter((s) => s.role === coach).every((s) => s.lived === 0)).toBe(true);
    expect(before.filter((s) => s.role === coach).some((s) => s.lived === 1)).toBe(true);
    expect(after.filter((s) => s.role !== coach)).toEqual(before.filter((s) => s.role !== coach));
  });

  it('more staff with lived experience raise stress and turnover, through the trigger and "I don\'t clock out" (docs/ODD.md §7.2)', () => {
    const none = outcome(everyRole(0), { reps: 4, days: 365 });
    const all = outcome(everyRole(1), { reps: 4, days: 365 });
    expect(all.metric('proqolSTS')).toBeGreaterThan(none.metric('proqolSTS'));
    expect(all.metric('turnoverPerYear')).toBeGreaterThan(none.metric('turnoverPerYear'));
  });
});
