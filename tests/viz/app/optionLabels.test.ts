import { describe, expect, it } from 'vitest';
import { LEVERS, leverField, leverText } from '../../../viz/app/levers';
import { OPTION_WORDS, optionLabel, optionShort } from '../../../viz/app/optionLabels';

/** Every list lever the app shows, with its schema values. */
const listLevers = LEVERS.flatMap((l) => {
  const field = leverField(l);
  return field.kind === 'enum' ? [{ lever: l, path: l.path, values: field.values }] : [];
});

describe('the labels of list levers\' options', () => {
  it('has a readable label for every value of every list lever the app shows, and none for others', () => {
    expect(listLevers.map((l) => l.path)).toEqual(['policy.supervision.mode', 'policy.debrief.mode', 'policy.debrief.after']);
    for (const { path, values } of listLevers) {
      const words = OPTION_WORDS[path];
      expect(words, `${path} has option labels`).toBeDefined();
      for (const v of values) {
        expect(words[v]?.label, `${path}: a label for "${v}"`).toMatch(/^[A-Z]/);
        expect(words[v].label, `${path}: "${v}" in words, not its value`).not.toBe(v);
      }
      expect(Object.keys(words).sort(), `${path}: labels only for its values`).toEqual([...values].sort());
      expect(new Set(values.map((v) => words[v].label)).size, `${path}: no two options read alike`).toBe(values.length);
    }
    expect(Object.keys(OPTION_WORDS).sort()).toEqual(listLevers.map((l) => l.path).sort());
  });

  it('has a short form of every value for inside a sentence: in words, lower case, without a colon or parentheses, no two alike', () => {
    for (const { path, values } of listLevers) {
      for (const v of values) {
        const short = OPTION_WORDS[path][v]?.short;
        expect(short, `${path}: a short form for "${v}"`).toMatch(/^[a-z][^:()]*[a-z]$/);
        expect(short, `${path}: "${v}" in words, not its value`).not.toBe(v);
        // The short form is the label's gist, not other words: it shares the label's first word.
        expect(optionLabel(path, v).toLowerCase().split(/[\s:]/)[0], `${path}: ${v}`).toBe(short.split(/[\s,]/)[0]);
      }
      expect(new Set(values.map((v) => OPTION_WORDS[path][v].short)).size, `${path}: no two short forms read alike`).toBe(values.length);
    }
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

  it('reads a list lever\'s value in its short words wherever leverText gives it ("Changed (package: …)", "Supervision → …")', () => {
    for (const { lever, path, values } of listLevers) {
      for (const v of values) expect(leverText(lever, v), `${path}: ${v}`).toBe(optionShort(path, v));
    }
    const supervision = listLevers[0].lever;
    expect(leverText(supervision, 'opt-in')).toBe('opt-in, when staff ask');
    expect(leverText(supervision, 'opt-out')).toBe('opt-out, booked in advance');
    expect(leverText(listLevers[1].lever, 'single-session')).toBe('single-session debrief');
    expect(leverText(listLevers[2].lever, 'crisis-or-death')).toBe('crisis or death');
  });
});
