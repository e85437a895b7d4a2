import { describe, expect, it } from 'vitest';
import { pauseWhileHidden } from '../../../viz/app/hiddenPause';

/** A document as pauseWhileHidden reads it, and a play loop that records what it was asked. */
function setUp(playingAtFirst: boolean) {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  let playing = playingAtFirst;
  const asked: string[] = [];
  pauseWhileHidden(doc as unknown as Document, {
    playing: () => playing,
    pause: () => {
      playing = false;
      asked.push('pause');
    },
    resume: () => {
      playing = true;
      asked.push('resume');
    },
  });
  const show = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { show, asked, playing: () => playing };
}

describe('pauseWhileHidden', () => {
  it('pauses a run playing when hidden and plays it again when shown', () => {
    const { show, asked, playing } = setUp(true);
    show('hidden');
    expect(playing()).toBe(false);
    show('visible');
    expect(asked).toEqual(['pause', 'resume']);
    expect(playing()).toBe(true);
  });

  it('leaves a paused run paused', () => {
    const { show, asked } = setUp(false);
    show('hidden');
    show('visible');
    expect(asked).toEqual([]);
  });

  it("plays again after 'hidden' told twice in a row (before, the second forgot the run was playing)", () => {
    const { show, asked, playing } = setUp(true);
    show('hidden');
    show('hidden');
    show('visible');
    show('visible');
    expect(asked).toEqual(['pause', 'resume']);
    expect(playing()).toBe(true);
  });
});
