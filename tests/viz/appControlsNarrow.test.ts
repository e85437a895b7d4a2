import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';

// The controls on a 360 px phone, every settings group open, with the longest names and values a link can give: no
// label, list or box shows its text cut at its edge with nothing to say so (style.css, the controls' boxes). A number
// box holding more digits than it has room for ("0.123456789" from a link, or typed) read "0.12345678", another number.

const app = servedApp();

/** Long names and values: the longest package and population names, big numbers, a share and scales given to nine places. */
const LONG =
  '?day=10&policy=individual-resilience&compare=mandatory-debrief&population=canada-first-responders&seed=4294967295&team=80' +
  '&policy.supervision.mode=opt-out&policy.supervision.quality=0.123456789&community.stigma=0.987654321&policy.compensation.payRaise=0.333333333' +
  '&policy.staffing.hiringDelayDays=3650&policy.staffing.caseloadCap=12.3456789&policy.staffing.extraSeatShare=5';

describe('the controls at 360 px (since 0.43.0)', () => {
  for (const text of ['normal', 'large']) {
    it(`cut no label, list or box's text without an ellipsis or a title (${text} text; before, a box of a lever given to nine places cut its value mid-number)`, async () => {
      const page = await openAppPage(app, `${LONG}&text=${text}`, { viewport: { width: 360, height: 780 } });
      const cut = await page.evaluate(() => {
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        return Array.from(document.querySelectorAll<HTMLElement>('#controls *'))
          .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 0.5 && getComputedStyle(e).overflowX !== 'visible')
          .filter((e) => getComputedStyle(e).textOverflow !== 'ellipsis' && !e.title)
          .map((e) => `${e.tagName} #${e.id}: ${e instanceof HTMLInputElement ? e.value : e.textContent}`);
      });
      await page.close();
      expect(cut).toEqual([]);
    });
  }
});
