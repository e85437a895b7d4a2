import { describe, expect, it } from 'vitest';
import { isSetAssignment, setAssignmentsSentence } from '../../scenarios/setAssignments';

describe('what --set changed, said where no departures line says it', () => {
  const set = [['community.fatality', 0.025], ['days', 365], ['policy.supervision.mode', 'opt-out']] as const;

  it('names each assignment but days (the header gives the horizon), for scenario files and for a scenario of its own name', () => {
    expect(setAssignmentsSentence(set, 'scenarios', ['current', 'better'])).toBe('Set by --set in every scenario (results are for the files so changed): community.fatality 0.025; policy.supervision.mode opt-out');
    expect(setAssignmentsSentence(set, 'packages', ['my-team'])).toBe('Set by --set (results are for the scenario so changed): community.fatality 0.025; policy.supervision.mode opt-out');
    expect(setAssignmentsSentence(set, 'packages', ['my-team', 'my-team'])).toMatch(/^Set by --set under every package \(results are for the scenario so changed\): /);
    expect(setAssignmentsSentence([['population.roleMix', { peer: 7, nurse: 5 }]], 'scenarios', ['a', 'b'])).toMatch(/: population\.roleMix \{"peer":7,"nurse":5\}$/);
  });

  it('says nothing without assignments, for days alone, and for a preset run (whose departures lines name what --set changed)', () => {
    expect(setAssignmentsSentence([], 'scenarios', ['a', 'b'])).toBe('');
    expect(setAssignmentsSentence([['days', 60]], 'scenarios', ['a', 'b'])).toBe('');
    expect(setAssignmentsSentence([['policy.name', 'mine'], ['description', 'Our team.']], 'packages', ['mine'])).toBe('');
    expect(setAssignmentsSentence(set, 'packages', ['ma-outreach', 'ma-outreach'])).toBe('');
  });

  it('recognises assignments read back from a manifest', () => {
    expect([['a.b', 1], ['a'], 'a=1', [1, 2], null].map(isSetAssignment)).toEqual([true, false, false, false, false]);
  });
});
