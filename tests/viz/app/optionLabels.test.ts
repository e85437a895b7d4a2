import { describe, expect, it } from 'vitest';
import { LEVERS, leverField } from '../../../viz/app/levers';
import { OPTION_LABELS, optionLabel } from '../../../viz/app/optionLabels';

/** Every list lever the app shows, with its schema values. */
const listLevers = LEVERS.flatMap((l) => {
  const field = leverField(l);
  return field.kind === 'enum' ? [{ path: l.path, values: field.values }] : [];
});

describe('the labels of list levers\' options', () => {
  it('has a readable label for every value of every list lever the app shows, and none for others', () => {
    expect(listLevers.map((l) => l.path)).toEqual(['policy.supervision.mode', 'policy.debrief.mode', 'policy.debrief.after']);
    for (const { path, values } of listLevers) {
      const labels = OPTION_LABELS[path];
      expect(labels, `${path} has option labels`).toBeDefined();
      for (const v of values) {
        expect(labels[v], `${path}: a label for "${v}"`).toMatch(/^[A-Z]/);
        expect(labels[v], `${path}: "${v}" in words, not its value`).not.toBe(v);
      }
      expect(Object.keys(labels).sort(), `${path}: labels only for its values`).toEqual([...values].sort());
      expect(new Set(values.map((v) => labels[v])).size, `${path}: no two options read alike`).toBe(values.length);
    }
    expect(Object.keys(OPTION_LABELS).sort()).toEqual(listLevers.map((l) => l.path).sort());
  });

  it('starts each label with its value\'s letter, so a list\'s type-ahead and the shortcut letters it leaves alone stay as they were', () => {
    for (const { path, values } of listLevers) {
      for (const v of values) expect(optionLabel(path, v)[0].toLowerCase(), `${path}: ${v}`).toBe(v[0]);
    }
  });

  it('reads the debrief-after values as a class would say them', () => {
    expect(optionLabel('policy.debrief.after', 'crisis-or-death')).toBe('Crisis or death');
    expect(optionLabel('policy.debrief.after', 'death')).toBe('Death only');
    expect(optionLabel('policy.debrief.mode', 'single-session')).toBe('Single-session debrief (CISD-style)');
  });
});
