import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';
import { fakeVisibility, hookStepAsked, type StepHook, type VisibilityFake } from './inPage';

// A pause made while play's step is being computed in the engine's worker (main.ts setPlaying, advance): the step lands
// and is shown, so what screen readers are told names the day it reaches, the day the run stands on, and the link
// left reproduces it. The pause comes as the page asks the worker for a step (hookStepAsked), in a microtask: before
// the worker's answer can arrive, whatever the machine's speed.

const app = servedApp();

/** How the pause is made: the Pause button, or the page hidden (as the browser tells it, fakeVisibility). */
type PauseBy = 'button' | 'hidden';

async function pausedInStep(by: PauseBy) {
  const page = await openAppPage(app, '?seed=1&day=400&speed=200', { prepare: [hookStepAsked, fakeVisibility] });
  const seen = await page.evaluate(async (by) => {
    const cfsim = window.cfsim;
    const hook = window as unknown as StepHook;
    const play = document.getElementById('play')!;
    const announcer = document.getElementById('announcer')!;
    play.click();
    // The first step's, to be sure play is under way; the pause comes as the second is asked.
    let asked = 0;
    const paused = new Promise<{ pausedOn: number; saidAtOnce: string }>((resolve) => {
      hook.stepAsked = () => {
        if (++asked < 2) return;
        hook.stepAsked = undefined;
        const pausedOn = cfsim.frame()!.day;
        queueMicrotask(() => {
          if (by === 'button') play.click();
          else (window as unknown as VisibilityFake).showPage('hidden');
          resolve({ pausedOn, saidAtOnce: announcer.textContent ?? '' });
        });
      };
    });
    const { pausedOn, saidAtOnce } = await paused;
    await cfsim.settled();
    return { pausedOn, saidAtOnce, said: announcer.textContent, day: cfsim.frame()!.day, status: document.getElementById('status')!.textContent, button: play.textContent, link: location.search, shown: cfsim.chartSeries() };
  }, by);
  await page.close();
  return seen;
}

describe('a pause made while a step of play is computed (since 0.43.0)', () => {
  for (const by of ['button', 'hidden'] as const) {
    it(`announces the day the run stops on, the step's, and leaves its link (paused by ${by}; before, it said the day shown before the step)`, async () => {
      const seen = await pausedInStep(by);
      expect(seen.day, 'the step was shown').toBeGreaterThan(seen.pausedOn);
      expect(seen.button).toBe('Play');
      expect(seen.saidAtOnce, 'no pause said on the day left behind').not.toMatch(/^Paused/);
      expect(seen.said).toBe(`Paused on Day ${seen.day} of 3650${by === 'hidden' ? ' while the page is hidden' : ''}.`);
      expect(seen.status).toBe(`Day ${seen.day} of 3650`);
      expect(new URLSearchParams(seen.link).get('day')).toBe(String(seen.day));
      const fresh = await openAppPage(app, seen.link);
      expect(await fresh.evaluate(() => window.cfsim.chartSeries()), 'the run of the link').toEqual(seen.shown);
      await fresh.close();
    });
  }
});

/** Plays, and as the second step is asked pauses by `by` and plays again at once (Play, or the page shown again). */
async function pausedAndPlayedInStep(by: PauseBy) {
  const page = await openAppPage(app, '?seed=1&day=400&speed=200', { prepare: [hookStepAsked, fakeVisibility] });
  const seen = await page.evaluate(async (by) => {
    const cfsim = window.cfsim;
    const hook = window as unknown as StepHook;
    const show = (window as unknown as VisibilityFake).showPage;
    const play = document.getElementById('play')!;
    const announcer = document.getElementById('announcer')!;
    // Each announcement with the day shown as it is made.
    const said: { text: string; day: number }[] = [];
    new MutationObserver(() => {
      if (announcer.textContent) said.push({ text: announcer.textContent, day: cfsim.frame()!.day });
    }).observe(announcer, { childList: true, characterData: true, subtree: true });
    play.click();
    let asked = 0;
    const pausedOn = await new Promise<number>((resolve) => {
      hook.stepAsked = () => {
        if (++asked < 2) return;
        hook.stepAsked = undefined;
        const day = cfsim.frame()!.day;
        queueMicrotask(() => {
          if (by === 'button') {
            play.click();
            play.click();
          } else {
            show('hidden');
            show('visible');
          }
          resolve(day);
        });
      };
    });
    await new Promise<void>((resolve) => (hook.stepAsked = resolve)); // the step after the one paused in: play went on
    hook.stepAsked = undefined;
    play.click();
    await cfsim.settled();
    return { pausedOn, said: said.slice(1, -1), button: play.textContent };
  }, by);
  await page.close();
  return seen;
}

describe('a pause and play again made while a step of play is computed', () => {
  for (const by of ['button', 'hidden'] as const) {
    it(`announces play from the day the step reaches, where play goes on (by ${by === 'button' ? 'Pause and Play' : 'the page hidden and shown'}; before, it named the day shown before the step)`, async () => {
      const seen = await pausedAndPlayedInStep(by);
      expect(seen.said, 'between the first play and the last pause').toHaveLength(1);
      const [played] = seen.said;
      expect(played.day, 'the step was shown').toBeGreaterThan(seen.pausedOn);
      expect(played.text).toBe(`Playing${by === 'hidden' ? ' again' : ''} at 200 days a second from Day ${played.day} of 3650.`);
      expect(seen.button).toBe('Play');
    });
  }
});

describe('Reset pressed after a pause made while a step of play is computed, before the step lands', () => {
  it('has only the rerun\'s day 0 said, not the pause owed on the step\'s day, and leaves day 0 in the link', async () => {
    const page = await openAppPage(app, '?seed=1&day=400&speed=200', { prepare: [hookStepAsked] });
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const hook = window as unknown as StepHook;
      const play = document.getElementById('play')!;
      const announcer = document.getElementById('announcer')!;
      const said: string[] = [];
      new MutationObserver(() => {
        if (announcer.textContent) said.push(announcer.textContent);
      }).observe(announcer, { childList: true, characterData: true, subtree: true });
      play.click();
      let asked = 0;
      await new Promise<void>((resolve) => {
        hook.stepAsked = () => {
          if (++asked < 2) return;
          hook.stepAsked = undefined;
          queueMicrotask(() => {
            play.click();
            document.getElementById('reset')!.click();
            resolve();
          });
        };
      });
      await cfsim.settled();
      return { said: said.slice(1), day: cfsim.frame()!.day, button: play.textContent, link: location.search };
    });
    await page.close();
    expect(seen).toMatchObject({ said: ['Day 0 of 3650'], day: 0, button: 'Play' });
    expect(new URLSearchParams(seen.link).get('day')).toBe('0');
  });
});
