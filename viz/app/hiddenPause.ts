// Play stands still while the page is hidden (since 0.42.0). A background tab's timers still fire, slowed to as few as
// one a minute, and each owed a second's days (playClock.ts MOST_OWED_MS): an educator who went to their slides came
// back to a run years on, and a laptop busy computing it.

/** What pauseWhileHidden needs of the play loop. */
export interface PlayControl {
  readonly playing: () => boolean;
  readonly pause: () => void;
  readonly resume: () => void;
}

/**
 * Pauses play when `doc` is hidden and plays it again when the page is shown, only if it was playing when hidden (a
 * paused run stays paused).
 */
export function pauseWhileHidden(doc: Document, play: PlayControl): void {
  let resumeWhenShown = false;
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') {
      // Only a run playing is paused and noted: a second 'hidden' in a row does not forget that it was.
      if (!play.playing()) return;
      resumeWhenShown = true;
      play.pause();
    } else if (resumeWhenShown) {
      resumeWhenShown = false;
      play.resume();
    }
  });
}
