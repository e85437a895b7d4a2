import { describe, expect, it } from 'vitest';
import { subtitleLines } from '../../../viz/specs/subtitleLines';

describe('subtitleLines', () => {
  it('breaks each line at spaces into lines of at most the width, keeping every word and the lines apart', () => {
    expect(subtitleLines(['one two three four', 'five'], 9)).toEqual(['one two', 'three', 'four', 'five']);
    expect(subtitleLines(['short'], 9)).toEqual(['short']);
    const long = 'Cost per worker-year in post, mean over replications, in 7 parts that add up to the cost per worker-year in the table.';
    const lines = subtitleLines([long], 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(long);
  });

  it('leaves a word longer than the width whole, on its own line', () => {
    expect(subtitleLines(['a costs.vacantSalarySaved b'], 10)).toEqual(['a', 'costs.vacantSalarySaved', 'b']);
  });
});
