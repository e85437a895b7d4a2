import { describe, expect, it } from 'vitest';
import { cappedIntegerLevels, cappedLevelsWarnings, planGivesLevels } from '../../scenarios/integerLevels';
import { resolvePlan } from '../../scenarios/plan';
import { planDesign } from '../../scenarios/planDesign';

// A grid (or Morris design) of a whole-number field with more levels than its range holds ran
// fewer levels than asked, silently.

const plan = (design: string, levels: number, interval: { min: number; max: number }, more = {}) =>
  resolvePlan({
    base: { population: 'ct-harm-reduction', policy: 'status-quo' },
    parameters: { 'policy.supervision.intervalDays': interval, 'community.stigma': { min: 0.1, max: 0.9 } },
    design,
    levels,
    ...more,
  });

/** The distinct values a plan's design gives its first parameter. */
const runValues = (p: ReturnType<typeof plan>) => [...new Set(planDesign(p).values.map((v) => v[0] as number))].sort((a, b) => a - b);

describe('cappedIntegerLevels', () => {
  it('names a grid\'s whole-number field given more levels than its range holds, with the levels asked and those the design runs', () => {
    const p = plan('grid', 5, { min: 1, max: 3 });
    expect(cappedIntegerLevels(p)).toEqual([{ path: 'policy.supervision.intervalDays', min: 1, max: 3, asked: 5, run: [1, 2, 3] }]);
    // The levels it names are the ones the sweep runs.
    expect(runValues(p)).toEqual([1, 2, 3]);
    const [warning] = cappedLevelsWarnings(p, true);
    expect(warning).toBe(
      'parameters.policy.supervision.intervalDays: levels: 5 asks for 5 levels, but policy.supervision.intervalDays is a whole-number field and its range 1 to 3 gives only 3 distinct levels (1, 2, 3), which the sweep runs: a grid takes at most max − min + 1 = 3 levels of a whole-number field; give its values as a list (values: [1, 2, 3]) to run just these, or a wider range for more',
    );
  });

  it('names a Morris design\'s whole-number field whose levels round to the same whole number', () => {
    const p = plan('morris', 4, { min: 7, max: 9 }, { points: 3 });
    const [capped] = cappedIntegerLevels(p);
    expect(capped).toEqual({ path: 'policy.supervision.intervalDays', min: 7, max: 9, asked: 4, run: [7, 8, 9] });
    expect(cappedLevelsWarnings(p, true)[0]).toContain('its 4 Morris levels round to 3 whole numbers, some levels sharing one; give levels: 2');
  });

  // A plan without levels was told "levels: 4 asks for 4 levels", and to "give levels: 2" as if it had given 4.
  it('names the default as the default where the plan gives no levels, in what it asks and in the remedy', () => {
    const morris = resolvePlan({
      base: { population: 'ct-harm-reduction', policy: 'status-quo' },
      parameters: { 'policy.supervision.intervalDays': { min: 7, max: 9 }, 'community.stigma': { min: 0.1, max: 0.9 } },
      design: 'morris',
      points: 3,
    });
    expect(morris.levels).toBe(4);
    expect(cappedLevelsWarnings(morris, false)).toEqual([
      'parameters.policy.supervision.intervalDays: the plan gives no levels, and the default (4) asks for 4 levels, but policy.supervision.intervalDays is a whole-number field and its range 7 to 9 gives only 3 distinct levels (7, 8, 9), which the sweep runs: its 4 Morris levels round to 3 whole numbers, some levels sharing one; add levels: 2 to the plan, or give a wider range, so that every level it asks for is run',
    ]);
    const grid = resolvePlan({ base: { population: 'ct-harm-reduction', policy: 'status-quo' }, parameters: { 'policy.supervision.intervalDays': { min: 1, max: 3 } }, design: 'grid' });
    const [warning] = cappedLevelsWarnings(grid, false);
    expect(warning).toMatch(/^parameters\.policy\.supervision\.intervalDays: the plan gives no levels, and the default \(4\) asks for 4 levels, but .* gives only 3 distinct levels \(1, 2, 3\)/);
    // A grid's remedy is the field's own values, whoever set the levels.
    expect(warning).toMatch(/; give its values as a list \(values: \[1, 2, 3\]\) to run just these, or a wider range for more$/);
  });

  it('tells a plan as written that gives levels from one that leaves them to the default', () => {
    expect(planGivesLevels({ design: 'grid', levels: 4 })).toBe(true);
    expect(planGivesLevels({ design: 'grid', levels: 'four' })).toBe(true);
    expect(planGivesLevels({ design: 'grid' })).toBe(false);
    expect(planGivesLevels({ design: 'grid', levels: undefined })).toBe(false);
    expect(planGivesLevels(undefined)).toBe(false);
    expect(planGivesLevels([])).toBe(false);
  });

  it('says nothing where every level asked is run, of a continuous range, or of a design without levels', () => {
    expect(cappedIntegerLevels(plan('grid', 3, { min: 1, max: 3 }))).toEqual([]);
    expect(cappedIntegerLevels(plan('grid', 3, { min: 7, max: 28 }))).toEqual([]);
    expect(runValues(plan('grid', 3, { min: 7, max: 28 }))).toEqual([7, 18, 28]);
    expect(cappedIntegerLevels(plan('morris', 4, { min: 7, max: 28 }, { points: 3 }))).toEqual([]);
    expect(cappedIntegerLevels(plan('lhs', 4, { min: 1, max: 3 }, { levels: undefined, points: 8 }))).toEqual([]);
  });
});
