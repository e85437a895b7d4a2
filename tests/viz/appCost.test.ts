import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replicationMetrics } from '../../models/metrics';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { createSimulation } from '../../models/simulation';
import { configFromUrl, scenariosOf } from '../../viz/app/config';
import { COST_MEANING, costLine, longestCostLines, SINCE_MEANING, sinceMeaning, teamCosts } from '../../viz/app/costWords';
import type { Frame, TeamFrame } from '../../viz/app/engine';
import { GLOSSARY } from '../../viz/app/glossary';
import { openApp, servedApp } from './browser';

// The classroom app's cost line (costWords.ts, engine.ts TeamFrame.cost): the CLI's teamCostPerYear of the days run,
// from the engine's own tallies, so the page's figure is the one Node computes for the same settings.

const app = servedApp();

/**
 * The screens the cost line's room is checked at: the controls' column at 1280 and 1024 px, under the charts on phones,
 * the narrower ones where each wording takes a line more (since 0.37.0: the page grew by a line during a run).
 */
const COST_LINE_SCREENS = [
  [1280, 720],
  [1024, 768],
  [390, 844],
  [360, 780],
  [320, 640],
] as const;

/** Node's run of a team for `days` days: its teamCostPerYear as the CLI computes it, and its separations so far. */
function nodeRun(scenario: Parameters<typeof createSimulation>[0], seed: number, days: number) {
  const sim = createSimulation(scenario, { seed });
  sim.step(days);
  return { perYear: replicationMetrics(sim.recorder.record, days).teamCostPerYear, separations: sim.recorder.value(days - 1, SERIES.cumulativeSeparations) };
}

/** Node's teamCostPerYear of the days from `from` to `to` − 1 alone: the CLI's metric over a record of those days. */
function nodeCostSince(scenario: Parameters<typeof createSimulation>[0], seed: number, from: number, to: number): number {
  const sim = createSimulation(scenario, { seed });
  sim.step(to);
  return replicationMetrics(sim.recorder.record.subarray(from * SERIES_COUNT, to * SERIES_COUNT), to - from).teamCostPerYear;
}

const shown = (page: Page) =>
  page.evaluate(() => ({ text: document.querySelector('#cost .cost-text')!.textContent, perYear: window.cfsim.frame()!.teams.map((t) => t.cost.perYear), day: window.cfsim.frame()!.day }));

describe('the cost line', () => {
  it('groups a difference in separations in thousands, as the money is (since 0.41.0: "1200 fewer separations" beside "$1,200")', () => {
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 1_204 },
        { letter: 'B', perYear: 410_800, separations: 4 },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $410,800. B costs $1,200 a year less; 1,200 fewer separations so far.');
  });

  it('words one team, two teams and the day before any is run in the CLI money format', () => {
    expect(costLine([{ letter: '', perYear: 412_000.4, separations: 2 }])).toBe('Cost a year, at the rate so far: $412,000');
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 7 },
        { letter: 'B', perYear: 488_000.2, separations: 4 },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $488,000. B costs $76,000 a year more; 3 fewer separations so far.');
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 4 },
        { letter: 'B', perYear: 400_000, separations: 5 },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $400,000. B costs $12,000 a year less; 1 more separation so far.');
    expect(
      costLine([
        { letter: 'A', perYear: -3.2, separations: 4 },
        { letter: 'B', perYear: -3.4, separations: 4 },
      ]),
    ).toBe('Cost a year, at the rate so far: A −$3, B −$3. B costs the same as A; as many separations so far.');
    // The difference of the figures as shown: −$3 and −$4 (−3.5 rounds away from zero, as the money format does).
    expect(
      costLine([
        { letter: 'A', perYear: -3.2, separations: 4 },
        { letter: 'B', perYear: -3.5, separations: 4 },
      ]),
    ).toBe('Cost a year, at the rate so far: A −$3, B −$4. B costs $1 a year less; as many separations so far.');
    expect(costLine([{ letter: '', perYear: NaN, separations: 0 }])).toBe('Cost: none yet (no day run)');
  });

  it('adds, once a lever has changed during the run, the cost a year since the latest change, and says when no day has run since it (since 0.37.0)', () => {
    const since = (day: number, perYear: number) => ({ sinceChange: { day, perYear } });
    expect(costLine([{ letter: '', perYear: 48_289.4, separations: 2, ...since(400, 61_020.2) }])).toBe('Cost a year, at the rate so far: $48,289; since day 400: $61,020 a year');
    expect(costLine([{ letter: '', perYear: 48_289.4, separations: 2, ...since(400, NaN) }])).toBe('Cost a year, at the rate so far: $48,289; since day 400: none yet (no day run since the change)');
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 7, ...since(400, 400_000) },
        { letter: 'B', perYear: 488_000.2, separations: 4, ...since(400, 500_000.4) },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $488,000. B costs $76,000 a year more; 3 fewer separations so far. Since day 400: A $400,000, B $500,000 a year; B costs $100,000 a year more.');
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 7, ...since(400, 400_000.2) },
        { letter: 'B', perYear: 488_000, separations: 7, ...since(400, 399_999.6) },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $488,000. B costs $76,000 a year more; as many separations so far. Since day 400: A $400,000, B $400,000 a year; B costs the same as A.');
    expect(
      costLine([
        { letter: 'A', perYear: 412_000, separations: 7, ...since(400, NaN) },
        { letter: 'B', perYear: 488_000, separations: 4, ...since(400, NaN) },
      ]),
    ).toBe('Cost a year, at the rate so far: A $412,000, B $488,000. B costs $76,000 a year more; 3 fewer separations so far. Since day 400: none yet (no day run since the change).');
  });

  it("counts each team's separations since day 0, not those of the frame's rows, which are only the days since the last frame", () => {
    const team = (label: string, count: number, perYear: number) => ({ label, leavers: { count, recent: [] }, rows: [], cost: { soFar: perYear, perYear } }) as unknown as TeamFrame;
    const frame: Frame = { day: 365, horizon: 3650, teams: [team('A: Status quo', 7, 412_000), team('B: Opt-out support', 4, 488_000)], changeDays: [] };
    expect(teamCosts(frame)).toEqual([
      { letter: 'A', perYear: 412_000, separations: 7 },
      { letter: 'B', perYear: 488_000, separations: 4 },
    ]);
    expect(teamCosts({ ...frame, teams: [frame.teams[1]] })).toEqual([{ letter: '', perYear: 488_000, separations: 4 }]);
    // After a change during the run, each team's cost a year since it.
    const changed = { ...frame.teams[1], cost: { soFar: 488_000, perYear: 488_000, sinceChange: { day: 300, soFar: 100_000, perYear: 500_000 } } };
    expect(teamCosts({ ...frame, teams: [changed], changeDays: [300] })).toEqual([{ letter: '', perYear: 488_000, separations: 4, sinceChange: { day: 300, perYear: 500_000 } }]);
  });

  it('is explained in the glossary as the cost beyond the funded seats salaries', () => {
    expect(GLOSSARY.find((g) => g.term === 'Cost a year, at the rate so far')?.text).toContain("beyond the funded seats' salaries at full staffing");
    expect(GLOSSARY.find((g) => g.term === 'Cost a year, since day N')?.text).toContain(SINCE_MEANING);
    // Day N is the day shown when the change was made, as the list of changes and the charts' rules give it: it applies from the next day.
    expect(SINCE_MEANING).toContain('(made on day N, in force from the next day)');
  });

  it('shows each team the cost per year Node computes for the same scenario, seed and days, to the last bit, and B against A in compare mode', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const query of ['?population=ct-harm-reduction&seed=8&day=400', '?policy=opt-out-support&compare=status-quo&seed=3&day=500']) {
      await openApp(page, app, query);
      const c = configFromUrl(query).config;
      const { main, twin } = scenariosOf(c);
      const runs = (c.compare && twin ? [twin, main] : [main]).map((s) => nodeRun(s, c.seed, 400 + (c.compare ? 100 : 0)));
      const now = await shown(page);
      expect(now.day).toBe(c.compare ? 500 : 400);
      expect(now.perYear, query).toEqual(runs.map((r) => r.perYear));
      expect(runs.every((r) => r.perYear > 0)).toBe(true);
      expect(now.text, query).toBe(costLine(runs.map((r, k) => ({ letter: runs.length > 1 ? 'AB'[k] : '', ...r }))));
    }
    expect((await shown(page)).text).toMatch(/^Cost a year, at the rate so far: A \$[\d,]+, B \$[\d,]+\. B costs (\$[\d,]+ a year (more|less)|the same as A); /);
    // Played on, the figure follows the run: a week more is the engine's figure at that day.
    await page.keyboard.press('w');
    await page.evaluate(() => window.cfsim.settled());
    const week = await shown(page);
    expect(week.day).toBe(507);
    const c = configFromUrl('?policy=opt-out-support&compare=status-quo&seed=3').config;
    const { main, twin } = scenariosOf(c);
    expect(week.perYear).toEqual([twin!, main].map((s) => nodeRun(s, 3, 507).perYear));
    await page.close();
  });

  it('gives, once a lever has changed during the run, the cost a year since the change: the one Node computes for those days, to the last bit, and nothing before it (since 0.37.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Pre-booked supervision from day 400, in compare mode: the change is team B's, the days since it both teams'.
    const query = '?policy=status-quo&compare=status-quo&seed=3&change=400:policy.supervision.mode=opt-out';
    const c = configFromUrl(query).config;
    const { main, twin } = scenariosOf(c);
    const teams = [twin!, main];
    await openApp(page, app, `${query}&day=399`);
    const before = await page.evaluate(() => ({ text: document.querySelector('#cost .cost-text')!.textContent!, since: window.cfsim.frame()!.teams.map((t) => t.cost.sinceChange) }));
    expect(before.since).toEqual([undefined, undefined]);
    expect(before.text).not.toMatch(/since day/i);
    expect(before.text).toBe(costLine(teams.map((s, k) => ({ letter: 'AB'[k], ...nodeRun(s, 3, 399) }))));
    // The change's day: in force, no day run since it.
    await page.keyboard.press('d');
    await page.evaluate(() => window.cfsim.settled());
    expect((await shown(page)).text).toMatch(/\. Since day 400: none yet \(no day run since the change\)\.$/);
    await page.keyboard.press('w');
    await page.evaluate(() => window.cfsim.settled());
    const week = await page.evaluate(() => ({ text: document.querySelector('#cost .cost-text')!.textContent!, since: window.cfsim.frame()!.teams.map((t) => t.cost.sinceChange!) }));
    const node = teams.map((s) => nodeCostSince(s, 3, 400, 407));
    expect(week.since.map((s) => s.day)).toEqual([400, 400]);
    expect(week.since.map((s) => s.perYear)).toEqual(node);
    expect(node[0]).not.toBe(node[1]);
    expect(week.text).toBe(costLine(teams.map((s, k) => ({ letter: 'AB'[k], ...nodeRun(s, 3, 407), sinceChange: { day: 400, perYear: node[k] } }))));
    // One team, a change made in the app on the day shown: its figure since the change, the whole run's diluted.
    await openApp(page, app, '?population=ct-harm-reduction&seed=8&day=400&apply=today');
    await page.selectOption('#lever-policy-supervision-mode', 'opt-out');
    await page.waitForFunction(() => window.cfsim.frame()?.changeDays.length === 1);
    await page.evaluate(() => window.cfsim.settled());
    expect((await shown(page)).text).toMatch(/^Cost a year, at the rate so far: \$[\d,]+; since day 400: none yet \(no day run since the change\)$/);
    for (let k = 0; k < 5; k++) await page.keyboard.press('w');
    await page.evaluate(() => window.cfsim.settled());
    const changedInApp = configFromUrl(await page.evaluate(() => location.search)).config;
    expect(changedInApp.changes).toEqual([{ day: 400, path: 'policy.supervision.mode', value: 'opt-out' }]);
    const since = nodeCostSince(scenariosOf(changedInApp).main, 8, 400, 435);
    expect(await page.evaluate(() => window.cfsim.frame()!.teams[0].cost.sinceChange)).toMatchObject({ day: 400, perYear: since });
    expect((await shown(page)).text).toBe(costLine([{ letter: '', ...nodeRun(scenariosOf(changedInApp).main, 8, 435), sinceChange: { day: 400, perYear: since } }]));
    await page.close();
  });

  it('says what the figures since a change count in their tooltip and, after them, to a screen reader, once, on the day of the change (since 0.37.0; its day since 0.38.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?seed=3&change=20:policy.supervision.mode=opt-out&day=10');
    const read = () => page.evaluate(() => ({ title: document.querySelector<HTMLElement>('#cost .cost-text')!.title, hidden: document.getElementById('cost-meaning')!.textContent }));
    expect(await read(), 'before the change: the rate so far alone').toEqual({ title: COST_MEANING, hidden: ` (${COST_MEANING})` });
    for (let k = 0; k < 2; k++) await page.keyboard.press('w');
    await page.evaluate(() => window.cfsim.settled());
    // The change's own day, in the heading and in what the figures count (since 0.38.0: "Since day N: … (made on day N, …)", the glossary's words).
    const meaning = `${COST_MEANING} Since day 20: ${sinceMeaning(20)}`;
    expect(meaning).toContain('(made on day 20, in force from the next day)');
    expect(meaning).not.toMatch(/day N\b/);
    expect(await read()).toEqual({ title: meaning, hidden: ` (${meaning})` });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const meaningIn = (value: unknown) => typeof value === 'string' && value.includes(sinceMeaning(20));
    expect({ described: nodes.filter((n) => meaningIn(n.description?.value)).length, read: nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText' && meaningIn(n.name?.value)).length }).toEqual({ described: 0, read: 1 });
    await page.close();
  });

  it('stands under the run buttons beside the team view, and under the charts on a phone, where in the controls its three lines in compare mode pushed the team view below half the screen', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await openApp(page, app, '?day=400&compare=status-quo&policy=multi-level');
    const place = () =>
      page.evaluate(() => {
        const cost = document.getElementById('cost')!;
        return { inControls: cost.closest('.transport') !== null, underCharts: cost.previousElementSibling?.id === 'charts', teams: document.getElementById('teams')!.getBoundingClientRect().top + scrollY, text: cost.querySelector('.cost-text')!.textContent };
      });
    const phone = await place();
    expect(phone).toMatchObject({ inControls: false, underCharts: true });
    expect(phone.teams).toBeLessThan(844 / 2);
    expect(phone.text).toMatch(/^Cost a year, at the rate so far: A /);
    // What it counts is read after the figures, in its own text (not as a description of a paragraph, which cannot take the focus).
    const read = await page.evaluate(() => ({ text: document.getElementById('cost')!.textContent, describedBy: document.getElementById('cost')!.getAttribute('aria-describedby') }));
    expect(read).toEqual({ text: `${phone.text} (${COST_MEANING})`, describedBy: null });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(() => document.getElementById('cost')!.closest('.transport') !== null);
    expect(await place()).toMatchObject({ inControls: true, underCharts: false, text: phone.text });
    await page.close();
  });

  it('is read once by a screen reader: what it counts is in its text and in no description, and a mouse still has it as the figures tooltip (since 0.35.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?day=400');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const meaningIn = (value: unknown) => typeof value === 'string' && value.includes(COST_MEANING);
    const described = nodes.filter((n) => meaningIn(n.description?.value)).map((n) => n.role?.value);
    const read = nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText' && meaningIn(n.name?.value)).length;
    expect({ described, read }, 'no description, one reading in the text').toEqual({ described: [], read: 1 });
    const tooltip = await page.evaluate(() => {
      const r = document.querySelector('#cost .cost-text')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest<HTMLElement>('[title]')?.title;
    });
    expect(tooltip).toBe(COST_MEANING);
    await page.close();
  });

  it('keeps its height from day 0 in compare mode, so the controls under it do not move during a run', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?policy=opt-out-support&compare=status-quo&seed=3');
    const height = () => page.evaluate(() => document.getElementById('cost')!.getBoundingClientRect().height);
    const before = await height();
    expect((await shown(page)).text).toBe('Cost: none yet (no day run)');
    await page.keyboard.press('w');
    await page.evaluate(() => window.cfsim.settled());
    expect((await shown(page)).text).toMatch(/^Cost a year, at the rate so far: A/);
    expect(await height()).toBe(before);
    // One team: half as many lines.
    await openApp(page, app, '?seed=3&day=30');
    expect(await height()).toBeCloseTo(before / 2, 0);
    await page.close();
  });

  it('holds room for exactly its longest wording in the controls at 1280 and 1024 px and under the charts on a phone down to 320 px, so nothing under it moves when the figures come or grow, and no line is held that none takes', async () => {
    // Each query's longest wordings: a run with lever changes during it (since 0.37.0) holds room for its figures since the latest change, or for saying none has run yet.
    const change = '&change=3649:community.stigma=0.99';
    const longest: [string, string[]][] = [
      // At the widest figures the model allows (widestCost.ts), each way round.
      ['?seed=3&text=large', longestCostLines(1, undefined)],
      ['?policy=opt-out-support&compare=status-quo&seed=3&text=large', longestCostLines(2, undefined)],
      [`?seed=3&text=large${change}`, longestCostLines(1, 3649)],
      [`?policy=opt-out-support&compare=status-quo&seed=3&text=large${change}`, longestCostLines(2, 3649)],
    ];
    for (const [width, height] of COST_LINE_SCREENS) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      for (const [query, texts] of longest) {
        await openApp(page, app, query);
        const heights = await page.evaluate((texts) => {
          const line = document.getElementById('cost')!;
          const before = line.getBoundingClientRect().height;
          const after = texts.map((text) => ((line.querySelector('.cost-text')!.textContent = text), line.getBoundingClientRect().height));
          const overflows = line.scrollWidth > line.clientWidth || document.documentElement.scrollWidth > innerWidth;
          // What the wordings take without the room held.
          line.style.minHeight = '0';
          const needed = Math.max(...texts.map((text) => ((line.querySelector('.cost-text')!.textContent = text), line.getBoundingClientRect().height)));
          const lines = (px: number) => Math.round(px / parseFloat(getComputedStyle(line).lineHeight));
          return { changes: line.dataset.changes, before, after, held: lines(before), needed: lines(needed), overflows };
        }, texts);
        expect(heights.changes, query).toBe(String(query.includes(change)));
        expect(heights.after, `${width}×${height} ${query}`).toEqual(texts.map(() => heights.before));
        // Since 0.38.0: seven lines were held in compare mode with changes above 1100 px, where six suffice, and a line more than any wording takes on phones from 332 to 389 px.
        expect(heights.held, `${width}×${height} ${query}: lines held, none that no wording takes`).toBe(heights.needed);
        expect(heights.overflows, `${width}×${height} ${query}`).toBe(false);
      }
      await page.close();
    }
  });

  it('keeps its height from day 0 to the end of a run with a change during it, the figures since the change come and all (since 0.37.0)', async () => {
    for (const [width, height] of COST_LINE_SCREENS) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      for (const teams of ['', '&compare=status-quo']) {
        const query = `?policy=opt-out-support${teams}&seed=3&change=7:policy.supervision.mode=opt-in`;
        const measured = () => page.evaluate(() => ({ day: window.cfsim.frame()!.day, height: document.getElementById('cost')!.getBoundingClientRect().height, since: document.querySelector('#cost .cost-text')!.textContent!.includes('ince day 7') }));
        await openApp(page, app, `${query}&day=0`);
        const start = await measured();
        const seen = [start];
        for (const key of ['d', 'w', 'w']) {
          await page.keyboard.press(key);
          await page.evaluate(() => window.cfsim.settled());
          seen.push(await measured());
        }
        await openApp(page, app, `${query}&day=3650`);
        seen.push(await measured());
        expect(seen.map((m) => m.day), `${width}×${height} ${query}`).toEqual([0, 1, 8, 15, 3650]);
        expect(seen.map((m) => m.since), `${width}×${height} ${query}`).toEqual([false, false, true, true, true]);
        expect(seen.map((m) => m.height), `${width}×${height} ${query}`).toEqual(seen.map(() => start.height));
      }
      await page.close();
    }
  });

  it("keeps its height when a lever is changed during a run whose earlier change's day had fewer digits: the room is held for a day as wide as the run's last (since 0.39.0: it grew by a line on a 402 px phone)", async () => {
    const page = await app.browser.newPage({ viewport: { width: 402, height: 874 } });
    // A link's change on day 7; the run paused on day 20, where a lever changed from today is a change on day 20.
    await openApp(page, app, '?policy=opt-out-support&compare=status-quo&seed=3&apply=today&change=7:policy.supervision.mode=opt-in&day=20');
    const measured = () => page.evaluate(() => ({ changeDays: window.cfsim.frame()!.changeDays, height: document.getElementById('cost')!.getBoundingClientRect().height }));
    const before = await measured();
    expect(before.changeDays).toEqual([7]);
    await page.evaluate(() => document.querySelectorAll('details.settings-group').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.focus('#levers input[type=number]');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => window.cfsim.frame()!.changeDays.length === 2);
    await page.evaluate(() => window.cfsim.settled());
    const after = await measured();
    expect(after.changeDays).toEqual([7, 20]);
    expect(after.height, 'the line did not grow').toBe(before.height);
    await page.close();
  });

  it('keeps its height from day 0 through a run at a larger browser text size, 20 and 24 px as well as 16, its room measured in its font (since 0.39.0: it grew by up to two lines during a run)', async () => {
    const query = '?policy=opt-out-support&compare=status-quo&seed=3&change=7:policy.supervision.mode=opt-in';
    for (const [width, height] of [
      [1024, 768],
      [390, 844],
    ]) {
      for (const textSize of [16, 20, 24]) {
        const page = await app.browser.newPage({ viewport: { width, height } });
        // The browser's own text size (a user's setting), which sets the root font size the line's rem follow.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: textSize } });
        const measured = () => page.evaluate(() => ({ root: getComputedStyle(document.documentElement).fontSize, height: document.getElementById('cost')!.getBoundingClientRect().height }));
        await openApp(page, app, `${query}&day=0`);
        const start = await measured();
        expect(start.root).toBe(`${textSize}px`);
        const seen = [start];
        for (const day of [1, 8]) {
          await openApp(page, app, `${query}&day=${day}`);
          seen.push(await measured());
        }
        expect(seen.map((m) => m.height), `${width}×${height} at ${textSize} px`).toEqual(seen.map(() => start.height));
        await page.close();
      }
    }
  });
});
