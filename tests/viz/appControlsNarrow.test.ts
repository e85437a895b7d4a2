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

  it("give a lever's box its whole value as its title, which follows the value as it is typed, set by the slider or refused (since 0.44.0)", async () => {
    const page = await openAppPage(app, LONG, { viewport: { width: 360, height: 780 } });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    /** Each lever box's value, with its unit where one stands beside it, its title, and whether the box cuts it. */
    const boxes = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('#levers input[type=number]'), (box) => ({
          id: box.id,
          whole: `${box.value}${box.parentElement!.querySelector('.box-unit')?.textContent ?? ''}`,
          title: box.title,
          cut: box.scrollWidth > box.clientWidth + 0.5,
        })),
      );
    const opened = await boxes();
    expect(opened.filter((b) => b.cut).map((b) => b.id), 'the link gives values the boxes cut').toEqual(expect.arrayContaining(['lever-policy-staffing-caseloadCap', 'lever-policy-compensation-payRaise']));
    for (const b of opened) expect(b.title, `${b.id}'s title`).toBe(b.whole);
    const caseloadCap = () => page.evaluate(() => document.querySelector<HTMLInputElement>('#lever-policy-staffing-caseloadCap')!.title);
    // Typed: the title follows each key.
    await page.fill('#lever-policy-staffing-caseloadCap', '7.123456789');
    expect(await caseloadCap()).toBe('7.123456789');
    await page.press('#lever-policy-staffing-caseloadCap', 'Enter');
    await page.evaluate(() => window.cfsim.settled());
    expect(await caseloadCap()).toBe('7.123456789');
    // Set by the slider (an arrow key steps from the value in force).
    await page.focus('#lever-policy-staffing-caseloadCap-slider');
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => window.cfsim.settled());
    const stepped = await page.$eval('#lever-policy-staffing-caseloadCap', (box) => (box as HTMLInputElement).value);
    expect(stepped).not.toBe('7.123456789');
    expect(await caseloadCap()).toBe(stepped);
    // Refused: the value kept is put back, and its title with it.
    await page.fill('#lever-policy-staffing-caseloadCap', '1000');
    await page.press('#lever-policy-staffing-caseloadCap', 'Enter');
    expect(await page.textContent('#problems')).toContain('"1000" is not allowed');
    expect(await caseloadCap()).toBe(stepped);
    const share = (await boxes()).find((b) => b.id === 'lever-policy-compensation-payRaise')!;
    expect(share.whole, 'a share, with its unit').toBe('33.3333333%');
    expect(share.title).toBe(share.whole);
    await page.close();
  });

  it("keep each lever box's title on its value when the package or population changes, a restore button is pressed or the run is reset (since 0.44.0)", async () => {
    const page = await openAppPage(app, LONG, { viewport: { width: 360, height: 780 } });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    /** The boxes whose title is not their value with its unit. */
    const untitled = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('#levers input[type=number]'))
          .filter((box) => box.title !== `${box.value}${box.parentElement!.querySelector('.box-unit')?.textContent ?? ''}`)
          .map((box) => `${box.id}: "${box.value}" titled "${box.title}"`),
      );
    const settled = () => page.evaluate(() => window.cfsim.settled());
    const caseloadCap = () => page.$eval('#lever-policy-staffing-caseloadCap', (box) => (box as HTMLInputElement).value);
    await page.selectOption('#policy', 'multi-level');
    await settled();
    expect(await untitled(), 'another package').toEqual([]);
    await page.selectOption('#population', { index: 0 });
    await settled();
    expect(await untitled(), 'another population').toEqual([]);
    await page.fill('#lever-policy-staffing-caseloadCap', '9.87654321');
    await page.press('#lever-policy-staffing-caseloadCap', 'Enter');
    await settled();
    await page.click('#restore-defaults');
    await settled();
    expect(await caseloadCap(), 'the package default is back').not.toBe('9.87654321');
    expect(await untitled(), 'package defaults restored').toEqual([]);
    await page.click('#restore-environment');
    await settled();
    expect(await untitled(), 'population values restored').toEqual([]);
    await page.click('#reset');
    await settled();
    expect(await untitled(), 'reset').toEqual([]);
    await page.close();
  });
});
