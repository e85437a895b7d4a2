import { describe, expect, it } from 'vitest';
import { isLeverRun, leverArms, leverChanges, leverChangesText, packageLeversBlock } from '../../scenarios/leverChanges';
import { resolveScenario } from '../../scenarios/resolve';

const under = (policy: string, file?: unknown) => resolveScenario({ file, policy });

describe('lever changes: what a package sets differently from the baseline', () => {
  it('groups opt-out-support\'s fields by lever, in the schema\'s order, with both values', () => {
    const changes = leverChanges(under('status-quo'), under('opt-out-support'));
    expect(changes.map((c) => c.lever)).toEqual(['supervision', 'debrief', 'grief']);
    expect(changes[0].fields).toEqual([
      { path: 'mode', from: 'opt-in', to: 'opt-out' },
      { path: 'intervalDays', from: 28, to: 14 },
      { path: 'quality', from: 0.6, to: 0.7 },
    ]);
    expect(leverChangesText(changes)).toBe('supervision (mode opt-in → opt-out, intervalDays 28 → 14, quality 0.6 → 0.7); debrief (mode none → ongoing); grief (leaveDays 0 → 2, checkIn false → true)');
  });

  it('leaves out names, descriptions and whatever both arms share (a file\'s own levers apply under every package)', () => {
    const file = { policy: { supervision: { intervalDays: 21 }, grief: { checkIn: true } } };
    const changes = leverChanges(under('status-quo', file), under('mandatory-debrief', file));
    expect(changes).toEqual([{ lever: 'debrief', fields: [{ path: 'mode', from: 'none', to: 'single-session' }] }]);
    // The file's interval and check-in hold under opt-out-support too, so they are no longer differences.
    const optOut = leverChanges(under('status-quo', file), under('opt-out-support', file));
    expect(optOut.find((c) => c.lever === 'supervision')?.fields.map((f) => f.path)).toEqual(['mode', 'quality']);
    expect(optOut.find((c) => c.lever === 'grief')?.fields).toEqual([{ path: 'leaveDays', from: 0, to: 2 }]);
  });

  it('says the differences are a bundle\'s, and how to see one lever, only where a package sets more than one group', () => {
    const block = packageLeversBlock([under('status-quo'), under('opt-out-support'), under('multi-level'), under('mandatory-debrief')]);
    expect(block).toContain('\nWhat each package sets differently from status-quo (policy fields by lever group, status-quo\'s value → the package\'s):\n  opt-out-support: supervision (mode opt-in');
    expect(block).toContain('\n  mandatory-debrief: debrief (mode none → single-session)\n');
    expect(block).toContain("Each difference below is the whole package's, all its levers together: opt-out-support sets 3 lever groups, multi-level sets 6 lever groups. What one lever group does alone takes a comparison that changes it alone: compare --policies A,B --levers adds one arm per lever group of B");
    const single = packageLeversBlock([under('status-quo'), under('mandatory-debrief')]);
    expect(single).not.toContain('Each difference below');
    // Against a baseline that is not status-quo, the package's own levers are compared with it.
    const reverse = packageLeversBlock([under('mandatory-debrief'), under('status-quo')]);
    expect(reverse).toContain('  status-quo: debrief (mode single-session → none)\n');
  });

  it('builds, between two packages, one arm per lever group of the second: the first with that group set as the second sets it', () => {
    const [base, bundle] = [under('status-quo'), under('multi-level')];
    const arms = leverArms(base, bundle);
    expect(arms.map((a) => a.policy.name)).toEqual(['status-quo', 'multi-level:supervision', 'multi-level:staffing', 'multi-level:compensation', 'multi-level:training', 'multi-level:peerSupport', 'multi-level:afterHours', 'multi-level']);
    expect(arms[0]).toBe(base);
    expect(arms[7]).toBe(bundle);
    for (const arm of arms.slice(1, -1)) {
      const [change, ...more] = leverChanges(base, arm);
      expect(more).toEqual([]);
      expect(change.fields).toEqual(leverChanges(base, bundle).find((c) => c.lever === change.lever)?.fields);
      // The rest of the scenario is the baseline's, object for object.
      expect({ ...arm, policy: undefined }).toEqual({ ...base, policy: undefined });
    }
    expect(arms[2].policy.description).toBe('status-quo with its staffing levers set as multi-level sets them.');
    expect(isLeverRun(arms)).toBe(true);
    // Packages compared as they are, or lever arms out of their order, are not such a run.
    expect(isLeverRun([base, under('opt-out-support'), under('mandatory-debrief'), bundle])).toBe(false);
    expect(isLeverRun([base, arms[1], bundle])).toBe(false);
    expect(packageLeversBlock(arms, true)).toContain('Each arm between status-quo and multi-level is status-quo with one lever group set as multi-level sets it (--levers; labelled multi-level:group); multi-level sets them all.');
    // Against a richer baseline the arms take levers away, and the labels say whose group they take, not a direction.
    const reverse = leverArms(bundle, base);
    expect(reverse[2].policy.name).toBe('status-quo:staffing');
    expect(reverse[2].policy.staffing.extraSeatShare).toBe(0);
    expect(isLeverRun(reverse)).toBe(true);
  });

  it('says where a scheduled change, which applies under every arm, ends a listed difference, and nothing otherwise', () => {
    const file = { days: 120, changes: [{ day: 30, set: { 'policy.debrief.mode': 'ongoing', 'community.stigma': 0.2 } }] };
    const block = packageLeversBlock([under('status-quo', file), under('opt-out-support', file)]);
    expect(block).toMatch(/\nThese are day 0's: the scheduled changes set policy\.debrief\.mode from day 30 under every arm, so from then the arms no longer differ in it\.\n$/);
    expect(packageLeversBlock([under('status-quo', file), under('mandatory-debrief', file)])).toContain('set policy.debrief.mode from day 30');
    expect(packageLeversBlock([under('status-quo', file), under('multi-level', file)])).not.toContain("These are day 0's");
  });
});
