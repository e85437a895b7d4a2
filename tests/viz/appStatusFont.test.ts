import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayShapes } from '../../viz/app/statusFit';
import { dayText } from '../../viz/app/timeAxis';
import { openApp, servedApp } from './browser';

// The status keeps the width of the run's widest day from day 0 (statusFit.ts, reserveStatusWidth), measured in the
// font it is drawn in: a font that loads after the page is laid out is measured again (since 0.38.0).

const app = servedApp();

/** A narrow font (about a fifth narrower than the system font), as a stylesheet's late web font. */
const NARROW_FONT = readFileSync('/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf').toString('base64');

describe('the status line under a late web font', () => {
  it('is measured again when the font loads: it keeps the width of its widest day in that font, not in the one it was first measured in', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?day=400');
    const texts = dayShapes(3650, (day) => dayText(day, 3650));
    /** The status's width held, and the width of its widest day measured in its font now. */
    const widths = () =>
      page.evaluate((texts) => {
        const status = document.getElementById('status')!;
        const sizer = Object.assign(document.createElement('span'), { style: 'position: absolute; visibility: hidden; white-space: nowrap;' });
        status.append(sizer);
        const widest = Math.max(...texts.map((t) => ((sizer.textContent = t), sizer.getBoundingClientRect().width)));
        sizer.remove();
        return { held: status.getBoundingClientRect().width, widest: Math.ceil(widest) };
      }, texts);
    const before = await widths();
    expect(before.held).toBe(before.widest);
    await page.evaluate((font) => {
      const style = document.createElement('style');
      style.textContent = `@font-face { font-family: "Late narrow"; src: url(data:font/ttf;base64,${font}); } #status { font-family: "Late narrow"; }`;
      document.head.append(style);
    }, NARROW_FONT);
    await page.waitForFunction(() => document.fonts.check('600 15px "Late narrow"') && document.fonts.status === 'loaded');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await widths();
    expect(after.widest, 'the font draws the days narrower').toBeLessThan(before.widest - 20);
    expect(after.held).toBe(after.widest);
    await page.close();
  });
});
