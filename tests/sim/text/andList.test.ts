import { describe, expect, it } from 'vitest';
import { andList } from '../../../sim/text/andList';

describe('andList', () => {
  it('joins items for a sentence, with "and" before the last', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(andList([0, 2, 3])).toBe('0, 2 and 3');
  });
});
