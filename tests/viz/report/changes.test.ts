import { describe, expect, it } from 'vitest';
import { changesUnderEveryArm, reportChanges } from '../../../viz/report/changes';
import { resolveScenario } from '../../../scenarios/resolve';

// The scheduled changes a report marks and lists: shared by every package (run, compare
// --policies) or per arm (compare --scenarios with different files).

const optOut = { day: 365, set: { 'policy.supervision.mode': 'opt-out' } };
const arm = (name: string, changes: object[]) => {
  const s = resolveScenario({ file: { changes } });
  return { ...s, policy: { ...s.policy, name } };
};

describe('reportChanges', () => {
  it('lists a change shared by every package once, without naming packages', () => {
    const manifest = { scenarios: [arm('status-quo', [optOut]), arm('multi-level', [optOut])] };
    expect(changesUnderEveryArm(manifest)).toBe(true);
    expect(reportChanges(manifest)).toEqual([{ day: 365, label: 'day 365: supervision opt-out' }]);
  });

  it('labels each change with the arms it belongs to when the arms differ, in day order', () => {
    const burden = { day: 200, set: { 'community.overdoseBurden': 2 } };
    const manifest = { scenarios: [arm('never', []), arm('year2', [optOut]), arm('both', [burden, optOut])] };
    expect(changesUnderEveryArm(manifest)).toBe(false);
    expect(reportChanges(manifest)).toEqual([
      { day: 200, label: 'day 200: overdoseBurden 2 (both)' },
      { day: 365, label: 'day 365: supervision opt-out (year2, both)' },
    ]);
  });
});
