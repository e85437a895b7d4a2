import { describe, expect, it } from 'vitest';
import { costLine, type TeamCost } from '../../viz/app/costWords';
import { MOST_SEPARATIONS, WIDEST_COST_RATE } from '../../viz/app/widestCost';
import { openApp, servedApp } from './browser';

// The cost line holds, from day 0, the room of its widest figures (widestCost.ts): a rate over one day on which every
// seat of the largest team leaves. Until 0.40.0 it held room for 7-digit figures, where a run shows 8 (two leavers on
// the day after a change, in a team of 80 doubled: $17,906,500) and the model allows 10.

const app = servedApp();

/** Seed 1, 80 seats doubled: two leave on day 795, the day a change takes effect, so day 796 reads that day alone as a rate a year. */
const RUN = '?team=80&seed=1&policy.staffing.extraSeatShare=1&compare=status-quo&change=795:policy.grief.checkIn=true';

describe('the cost line at its widest figures', () => {
  it('keeps its height from day 0 through a run showing an 8-digit figure since a change, and with the widest the model allows (since 0.40.0: room for 7 digits)', async () => {
    // A's every seat leaving every other day, B's none (since 0.41.0: room held for 88 separations).
    const widest = (letter: string, perYear: number): TeamCost => ({ letter, perYear, separations: letter === 'A' ? MOST_SEPARATIONS : 0, sinceChange: { day: 3650, perYear } });
    const widestLine = costLine([widest('A', WIDEST_COST_RATE), widest('B', -WIDEST_COST_RATE / 1000)]);
    // Phones whose line (32 px narrower) took a line more for the widest wording than the room held for 7 digits.
    for (const [width, height] of [
      [360, 780],
      [412, 915],
    ]) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      const measured = () => page.evaluate(() => ({ text: document.querySelector('#cost .cost-text')!.textContent!, height: document.getElementById('cost')!.getBoundingClientRect().height }));
      const seen: { text: string; height: number }[] = [];
      for (const day of [0, 796, 3650]) {
        await openApp(page, app, `${RUN}&day=${day}`);
        seen.push(await measured());
      }
      expect(seen[1].text, 'the run shows 8 digits').toContain('$17,906,500');
      const withWidest = await page.evaluate((text) => {
        document.querySelector('#cost .cost-text')!.textContent = text;
        return document.getElementById('cost')!.getBoundingClientRect().height;
      }, widestLine);
      expect([...seen.map((m) => m.height), withWidest], `${width}×${height}`).toEqual([0, 1, 2, 3].map(() => seen[0].height));
      await page.close();
    }
  });

  it('keeps its height in compare mode when the difference in separations is the widest the model allows, at every width (since 0.41.0: room held for 88, and at 1024 px a line more came with 876,000)', async () => {
    const widest = (letter: string, perYear: number): TeamCost => ({ letter, perYear, separations: letter === 'A' ? MOST_SEPARATIONS : 0 });
    const widestLine = costLine([widest('A', -WIDEST_COST_RATE / 1000), widest('B', WIDEST_COST_RATE)]);
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
      [412, 915],
      [390, 844],
      [360, 780],
    ]) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      await openApp(page, app, '?seed=1&compare=status-quo&day=3650');
      const heights = await page.evaluate((text) => {
        const line = document.getElementById('cost')!;
        const held = line.getBoundingClientRect().height;
        document.querySelector('#cost .cost-text')!.textContent = text;
        return [held, line.getBoundingClientRect().height];
      }, widestLine);
      seen.push(`${width}×${height}: ${heights.join(' → ')}`);
      wanted.push(`${width}×${height}: ${heights[0]} → ${heights[0]}`);
      await page.close();
    }
    expect(seen).toEqual(wanted);
  });

  it('holds at 1280 px, and at 1024 px in compare mode, the lines it held for 7-digit figures, and on a 390 px phone for one team with a change (since 0.40.0: a line more at 1024 px in compare mode, held for a saving as wide as the widest cost and a difference wider still, which the model does not allow)', async () => {
    const change = '&change=795:policy.grief.checkIn=true';
    const expected: [number, number, [string, number][]][] = [
      [1280, 720, [['', 2], [change, 3], ['&compare=status-quo', 4], [`&compare=status-quo${change}`, 6]]],
      // With a change, a line more than for 7 digits: the widest cost since the change beside a saving so far, or the reverse.
      // In compare mode, a line more than held for 88 separations (since 0.41.0): 876,000, every other day in every seat.
      [1024, 768, [['', 2], [change, 4], ['&compare=status-quo', 5], [`&compare=status-quo${change}`, 8]]],
      [412, 915, [['', 1], [change, 2], ['&compare=status-quo', 3], [`&compare=status-quo${change}`, 5]]],
      [390, 844, [['', 1], [change, 3], ['&compare=status-quo', 3], [`&compare=status-quo${change}`, 5]]],
      [360, 780, [['', 1], [change, 3], ['&compare=status-quo', 4], [`&compare=status-quo${change}`, 6]]],
    ];
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [width, height, runs] of expected) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      for (const [query, lines] of runs) {
        await openApp(page, app, `?seed=1${query}`);
        const held = await page.evaluate(() => {
          const line = document.getElementById('cost')!;
          return Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight));
        });
        seen.push(`${width}×${height} ${query}: ${held}`);
        wanted.push(`${width}×${height} ${query}: ${lines}`);
      }
      await page.close();
    }
    expect(seen).toEqual(wanted);
  });
});
