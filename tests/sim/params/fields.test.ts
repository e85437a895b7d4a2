import { describe, expect, it } from 'vitest';
import { valueAt, withValueAt } from '../../../sim/params/fields';

describe('valueAt and withValueAt', () => {
  const scenario = { policy: { supervision: { mode: 'opt-out', intervalDays: 14 } }, days: 365 };

  it('reads the value at a dotted path', () => {
    expect(valueAt(scenario, 'policy.supervision.intervalDays')).toBe(14);
    expect(valueAt(scenario, 'days')).toBe(365);
    expect(valueAt(scenario, 'policy.supervision')).toEqual({ mode: 'opt-out', intervalDays: 14 });
  });

  it('gives undefined where the path leaves the object, instead of throwing', () => {
    expect(valueAt(scenario, 'policy.grief.leaveDays')).toBeUndefined();
    expect(valueAt(scenario, 'days.more')).toBeUndefined();
  });

  it('withValueAt returns a copy with the value replaced, which valueAt then reads', () => {
    const changed = withValueAt(scenario, ['policy', 'supervision', 'intervalDays'], 28);
    expect(valueAt(changed, 'policy.supervision.intervalDays')).toBe(28);
    expect(scenario.policy.supervision.intervalDays).toBe(14);
    expect(() => withValueAt(scenario, ['policy', 'nothing'], 1)).toThrow(/no field nothing/);
  });
});
