import { describe, expect, it } from 'vitest';
import { teamNames } from '../../../viz/app/teamNames';

// The app's team names (the team view's headings, the runs' labels) and the charts' legend names:
// each path through teamNames, one team or two, untouched, edited from day 0 or during the run,
// and with a change to the shared community.

const base = { policy: 'status-quo', levers: {}, changes: [] } as const;

describe('teamNames', () => {
  it('names one team by its package, with "+ your changes" once a policy lever differs, from day 0 or during the run', () => {
    expect(teamNames(base)).toEqual([{ label: 'Status quo', legend: 'Status quo' }]);
    expect(teamNames({ ...base, levers: { 'policy.supervision.mode': 'opt-out' } })).toEqual([{ label: 'Status quo + your changes', legend: 'Status quo + changes' }]);
    expect(teamNames({ ...base, changes: [{ day: 365, path: 'policy.compensation.payRaise', value: 0.05 }] })).toEqual([{ label: 'Status quo + your changes', legend: 'Status quo + changes' }]);
    // A community setting changes the environment, not the package.
    expect(teamNames({ ...base, policy: 'opt-out-support', levers: { 'community.stigma': 0.8 } })).toEqual([{ label: 'Opt-out support', legend: 'Opt-out support' }]);
  });

  it('names two teams A (the untouched twin) and B (the edited team), the legends telling them apart even under one package', () => {
    expect(teamNames({ ...base, compare: 'status-quo' })).toEqual([
      { label: 'A: Status quo (untouched)', legend: 'A: Status quo' },
      { label: 'B: Status quo', legend: 'B: Status quo' },
    ]);
    expect(teamNames({ ...base, policy: 'opt-out-support', compare: 'status-quo', levers: { 'policy.grief.checkIn': true } })).toEqual([
      { label: 'A: Status quo (untouched)', legend: 'A: Status quo' },
      { label: 'B: Opt-out support + your changes', legend: 'B: Opt-out support + changes' },
    ]);
  });

  it("says team A's package, not the team, is untouched where a community change reaches both teams", () => {
    expect(teamNames({ ...base, compare: 'multi-level', changes: [{ day: 10, path: 'community.overdoseBurden', value: 2 }] })).toEqual([
      { label: 'A: Multi-level support (package untouched)', legend: 'A: Multi-level support' },
      { label: 'B: Status quo', legend: 'B: Status quo' },
    ]);
  });
});
