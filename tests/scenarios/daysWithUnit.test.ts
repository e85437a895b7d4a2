import { describe, expect, it } from 'vitest';
import { daysWritten } from '../../scenarios/daysWithUnit';
import { resolvePlan } from '../../scenarios/plan';
import { resolveScenario } from '../../scenarios/resolve';
import { inputErrorOf } from '../inputErrorOf';

const UNITS = 'expected a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y';

describe('a horizon written with a unit', () => {
  it('reads days, weeks and years (a year is 365 days), and leaves numbers and text without a letter alone', () => {
    expect(daysWritten('10d')).toEqual({ days: 10 });
    expect(daysWritten('26w')).toEqual({ days: 182 });
    expect(daysWritten(' 3Y ')).toEqual({ days: 1095 });
    expect(daysWritten(365)).toBeUndefined();
    expect(daysWritten('1,000')).toBeUndefined();
  });

  it('leaves a number written as text with a letter ("1e3") to the field\'s own check, which names the number to write', () => {
    expect(daysWritten('1e3')).toBeUndefined();
    const error = inputErrorOf(() => resolveScenario({ file: { days: '1e3' } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['days', expect.stringContaining(`"1e3" is not a number; ${UNITS}; write 1000`)]]);
  });

  it('refuses a near miss or a count out of range, naming the units', () => {
    expect(daysWritten('1yr')).toEqual({ refused: `"1yr" is not allowed; ${UNITS}` });
    expect(daysWritten('200y')).toEqual({ refused: '"200y" is 73,000 days, not allowed; expected from 1 to 36500 days (a year is 365 days)' });
  });
});

describe("a scenario file's days", () => {
  it('takes the units --days takes: days: 2y is 730 days', () => {
    expect(resolveScenario({ file: { days: '2y' } }).days).toBe(730);
    expect(resolveScenario({ file: { days: '26w' } }).days).toBe(182);
  });

  it('refuses a near miss as --days does, and still checks the rest of the file', () => {
    const error = inputErrorOf(() => resolveScenario({ file: { days: '1.5y', community: { stigma: 2 } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['days', `"1.5y" is not allowed; ${UNITS}`],
      ['community.stigma', expect.stringContaining('2 is out of range')],
    ]);
  });

  it("checks a change's day against the horizon the unit gives", () => {
    const error = inputErrorOf(() => resolveScenario({ file: { days: '1w', changes: [{ day: 10, set: { 'community.stigma': 0.2 } }] } }));
    expect(error.issues.map((i) => i.path)).toEqual(['changes[0].day']);
  });
});

describe("a sweep plan's set: { days }", () => {
  const plan = { base: { population: 'ct-harm-reduction' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } };

  it('takes the units --days takes, and keeps the days it read', () => {
    expect(resolvePlan({ ...plan, set: { days: '1y' } }).set).toEqual([['days', 365]]);
  });

  it('refuses a near miss at set.days, as --set days does', () => {
    const error = inputErrorOf(() => resolvePlan({ ...plan, set: { days: '1yr' } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['set.days', `"1yr" is not allowed; ${UNITS}`]]);
  });

  it('names the units where it refuses a number written as text, or one out of range', () => {
    const quoted = inputErrorOf(() => resolvePlan({ ...plan, set: { days: '365' } }));
    expect(quoted.issues.map((i) => [i.path, i.message])).toEqual([['set.days', `"365" is not a number; ${UNITS}; write 365 (digits only: no quotes, currency sign or thousands separators)`]]);
    const far = inputErrorOf(() => resolvePlan({ ...plan, set: { days: 99999 } }));
    expect(far.issues.map((i) => [i.path, i.message])).toEqual([['set.days', '99999 is out of range; expected 1 to 36500 (days), or with a unit: 10d, 26w, 3y']]);
  });
});

describe("a sweep plan's varied days", () => {
  const base = { population: 'ct-harm-reduction' };

  it('reads the units in a list and in a range, as --days does', () => {
    expect(resolvePlan({ base, parameters: { days: { values: ['26w', '1y', 400] } } }).parameters).toEqual([{ path: 'days', kind: 'values', values: [182, 365, 400] }]);
    expect(resolvePlan({ base, parameters: { days: { min: '1y', max: '2y' } } }).parameters).toEqual([{ path: 'days', kind: 'range', min: 365, max: 730, integer: true }]);
  });

  it('refuses a near miss at the value or end that has it, in the words --days uses', () => {
    const listed = inputErrorOf(() => resolvePlan({ base, parameters: { days: { values: ['1y', '1.5y'] } } }));
    expect(listed.issues.map((i) => [i.path, i.message])).toEqual([['parameters.days.values[1]', `"1.5y" is not allowed; ${UNITS}`]]);
    const range = inputErrorOf(() => resolvePlan({ base, parameters: { days: { min: '1yr', max: '2y' } } }));
    expect(range.issues.map((i) => [i.path, i.message])).toEqual([['parameters.days.min', `"1yr" is not allowed; ${UNITS}`]]);
  });

  it('names the units where an end is out of range', () => {
    const error = inputErrorOf(() => resolvePlan({ base, parameters: { days: { min: 99999, max: 100 } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['parameters.days.min', `99999 is not allowed; ${UNITS}`]]);
    // A field without text forms is said as before.
    const stigma = inputErrorOf(() => resolvePlan({ base, parameters: { 'community.stigma': { min: 0.1, max: 9 } } }));
    expect(stigma.issues[0].message).not.toContain('with a unit');
  });

  it('names the values as written where a unit makes two the same days, or puts min above max', () => {
    const listed = inputErrorOf(() => resolvePlan({ base, parameters: { days: { values: ['1y', 365] } } }));
    expect(listed.issues.map((i) => [i.path, i.message])).toEqual([['parameters.days.values[1]', '365 days is listed twice (values[0]: "1y", values[1]: 365); name each value of days once']]);
    const range = inputErrorOf(() => resolvePlan({ base, parameters: { days: { min: '2y', max: '1y' } } }));
    expect(range.issues.map((i) => [i.path, i.message])).toEqual([['parameters.days', 'min "2y" (730 days) is above max "1y" (365 days); expected min below max (min: 1y, max: 2y)']]);
    // A number out of the field's range is named by the field's own check, not compared.
    const out = inputErrorOf(() => resolvePlan({ base, parameters: { days: { min: 99999, max: '1y' } } }));
    expect(out.issues.map((i) => i.path)).toEqual(['parameters.days.min']);
  });

  it('still names an unknown key beside the values', () => {
    const error = inputErrorOf(() => resolvePlan({ base, parameters: { days: { values: ['1y', '2y'], step: '1y' } } }));
    expect(error.issues.map((i) => i.path)).toEqual(['parameters.days.step']);
  });
});
