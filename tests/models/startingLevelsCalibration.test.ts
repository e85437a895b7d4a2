import { describe, expect, it } from 'vitest';
import { calibrationRounds, unsettledLevels } from '../../models/startingLevels';
import { resolveScenario } from '../../scenarios/resolve';

// The calibration behind population.startingLevels (docs/ODD.md §5): from levels far off, two
// rounds land near the preset's calibrated levels.

const OPTIONS = { seed: 1, reps: 4, days: 1460, settledFrom: 730 } as const;

describe('starting-level calibration', () => {
  it('moves levels set far off to where the population settles', () => {
    const preset = resolveScenario({ population: 'canada-first-responders' }).population.startingLevels;
    const offLevels: [string, unknown][] = [
      ['population.startingLevels.sts', 0.1],
      ['population.startingLevels.burnout', 0.7],
      ['population.startingLevels.prolongedExposure', 0],
      ['population.startingLevels.traumaticMemoriesRatio', 0.2],
      ['population.startingLevels.numbingRatio', 0.1],
    ];
    const rounds = calibrationRounds(resolveScenario({ population: 'canada-first-responders', overrides: offLevels }), { ...OPTIONS, rounds: 2 });
    expect(rounds).toHaveLength(3);
    expect(rounds[0].levels.sts).toBe(0.1);
    const calibrated = rounds[2].levels;
    expect(calibrated.sts).toBeCloseTo(preset.sts, 1);
    expect(calibrated.burnout).toBeCloseTo(preset.burnout, 1);
    expect(calibrated.prolongedExposure).toBeCloseTo(preset.prolongedExposure, 1);
    expect(Math.abs(calibrated.traumaticMemoriesRatio - preset.traumaticMemoriesRatio)).toBeLessThan(0.2);
    expect(Math.abs(calibrated.numbingRatio - preset.numbingRatio)).toBeLessThan(0.1);
    // The day-0 team means of the last round meet the settled ones.
    expect(Math.abs(rounds[2].dayZero.sts - rounds[2].settled.sts)).toBeLessThan(0.02);
    expect(Math.abs(rounds[2].dayZero.traumaticMemoriesRatio - rounds[2].settled.traumaticMemoriesRatio)).toBeLessThan(0.03);
  });

  it('moves a memories or numbing ratio set to 0 (which no scaling moves) off 0, restarting from the trait', () => {
    const zero = resolveScenario({
      population: 'ct-harm-reduction',
      overrides: [['population.startingLevels.traumaticMemoriesRatio', 0], ['population.startingLevels.numbingRatio', 0]],
    });
    const rounds = calibrationRounds(zero, { ...OPTIONS, rounds: 2 });
    expect(rounds[1].levels.traumaticMemoriesRatio).toBe(1);
    expect(rounds[1].levels.numbingRatio).toBe(1);
    const last = rounds[2];
    expect(Math.abs(last.dayZero.traumaticMemoriesRatio - last.settled.traumaticMemoriesRatio)).toBeLessThan(0.03);
    expect(Math.abs(last.dayZero.numbingRatio - last.settled.numbingRatio)).toBeLessThan(0.03);
  });

  it('calibrates a population that settles near 0 to levels near 0, with nothing left unsettled', () => {
    const calm = resolveScenario({ overrides: [['community.demandPerSeat', 0.3], ['community.overdoseBurden', 0.2]] });
    const rounds = calibrationRounds(calm, { ...OPTIONS, days: 730, settledFrom: 365, rounds: 2 });
    const last = rounds[2];
    expect(last.settled.sts).toBeLessThan(0.05);
    expect(last.levels.sts).toBeLessThan(0.05);
    expect(last.levels.burnout).toBeLessThan(0.05);
    expect(unsettledLevels(last)).toEqual([]);
    // The preset's own levels, measured, are far off for this population: STS and burnout are named.
    expect(unsettledLevels(rounds[0])).toEqual(expect.arrayContaining(['sts', 'burnout']));
  });

  it('refuses a settled window outside the horizon, naming it', () => {
    expect(() => calibrationRounds(resolveScenario({}), { ...OPTIONS, settledFrom: OPTIONS.days, rounds: 0 })).toThrow(/settledFrom must be a day from 0 to days - 1 \(1459\); got 1460/);
  });

  it('leaves out scheduled changes: a change in the horizon does not move the levels', () => {
    const plain = resolveScenario({ population: 'ct-harm-reduction' });
    const changed = resolveScenario({ population: 'ct-harm-reduction', overrides: [['changes', [{ day: 100, set: { 'community.overdoseBurden': 5 } }]]] });
    expect(calibrationRounds(changed, { ...OPTIONS, rounds: 1 })).toEqual(calibrationRounds(plain, { ...OPTIONS, rounds: 1 }));
  });
});
