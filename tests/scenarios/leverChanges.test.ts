import { describe, expect, it } from 'vitest';
import { leverChanges, leverChangesText, packageLeversBlock } from '../../scenarios/leverChanges';
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
    expect(block).toContain("Each difference below is the whole package's, all its levers together: opt-out-support sets 3 lever groups, multi-level sets 6 lever groups. What one lever does alone");
    const single = packageLeversBlock([under('status-quo'), under('mandatory-debrief')]);
    expect(single).not.toContain('Each difference below');
    // Against a baseline that is not status-quo, the package's own levers are compared with it.
    const reverse = packageLeversBlock([under('mandatory-debrief'), under('status-quo')]);
    expect(reverse).toContain('  status-quo: debrief (mode single-session → none)\n');
  });
});
