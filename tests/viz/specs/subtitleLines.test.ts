import { describe, expect, it } from 'vitest';
import { KEEP_TOGETHER, subtitleLines } from '../../../viz/specs/subtitleLines';
import { linesWithin } from '../../../viz/specs/fittedLines';
import { namesLine } from '../../../viz/specs/readableNames';

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

  it('never breaks between two words a no-break space joins, and writes it as a plain space', () => {
    expect(subtitleLines([`a b${KEEP_TOGETHER}c`], 4)).toEqual(['a', 'b c']);
    expect(linesWithin([`aaaa b${KEEP_TOGETHER}cccc`], 40, 12)).toEqual(['aaaa', 'b cccc']);
  });

  it('keeps each role of a names line with its name at every width (y: never ends a line)', () => {
    const names = namesLine([['x:', 'community.demandPerSeat', 'Demand'], ['y:', 'turnoverPerYear', 'Turnover']])!;
    for (let chars = 20; chars <= 90; chars++) {
      for (const line of subtitleLines([names], chars)) expect(line, `${chars}`).not.toMatch(/(x:|y:)$/);
    }
    for (let px = 150; px <= 500; px += 5) {
      for (const line of linesWithin([names], px, 12)) expect(line, `${px}`).not.toMatch(/(x:|y:)$/);
    }
  });
});
