// The control in hand stays put: when something above it in the controls grows or shrinks, the controls (or, on a
// narrow screen, the page) scroll by as much, so the slider under a teacher's pointer does not move away from it.

/** Where `el` is on the screen, or undefined where it is not shown. */
function topOf(el: Element): number | undefined {
  return el.isConnected && el.getClientRects().length > 0 ? el.getBoundingClientRect().top : undefined;
}

/**
 * Keeps the control last pressed or focused in `controls`, while no press or focus has gone elsewhere since, in place on the screen when any of `parts` (the blocks of the
 * controls, in their order) changes height: the first change made during a run shows the list of changes and lengthens
 * the cost line above the levers (compare mode: four lines to seven), which pushed the slider being dragged down under
 * the pointer (since 0.38.0). The browser's own scroll anchoring does not do it while the controls are scrolled to their
 * top, where they are when a lever near it is moved. No room is held for what may never come. `uncover` scrolls the
 * control out from under what covers it (the problems message, which comes at the controls' top, and on a phone sticks
 * to the screen's top), so where that came over it, it is moved after all.
 */
export function keepControlInHandInPlace(controls: HTMLElement, scroller: HTMLElement, parts: readonly Element[], uncover: (control: Element) => void): void {
  let inHand: Element | undefined;
  /** Where the control in hand is to stay on the screen. */
  let top: number | undefined;
  /** Where it is laid out (its top, were neither the page nor the controls scrolled), when `top` was taken. */
  let laidOut: number | undefined;
  const laidOutTop = (el: Element) => {
    const now = topOf(el);
    return now === undefined ? undefined : now + scrollY + scroller.scrollTop;
  };
  const take = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return;
    inHand = target;
    top = topOf(target);
    laidOut = laidOutTop(target);
  };
  const remeasure = () => {
    if (inHand !== undefined) take(inHand);
  };
  /** Each part's height as last reported to the observer below. */
  const heights = new Map<Element, number>();
  const resizePending = () => parts.some((part) => part.getBoundingClientRect().height !== heights.get(part));
  controls.addEventListener('pointerdown', (e) => take(e.target));
  controls.addEventListener('focusin', (e) => take(e.target));
  // A press or the focus elsewhere puts it down: kept in place, a control left behind scrolled the page away from what
  // was being read (a phone's focused tile went off the screen when Large text grew the controls above it).
  const putDown = (e: Event) => {
    if (!(e.target instanceof Node && controls.contains(e.target))) inHand = undefined;
  };
  document.addEventListener('pointerdown', putDown, { capture: true });
  document.addEventListener('focusin', putDown);
  // A scroll or a new window size moves it on purpose: that place is the one to keep. A scroll made while a part's new
  // height is still to be reported is left to the observer: it may be the browser's own scroll anchoring, which keeps
  // another element in place (the one at the screen's top), and a lever's note shown between them moved the control in
  // hand (since 0.39.0: when the problems message went on a phone).
  document.addEventListener('scroll', () => inHand !== undefined && !resizePending() && remeasure(), { capture: true, passive: true });
  addEventListener('resize', remeasure);
  // Called after layout and before paint, so the scroll is made before anything is seen moved.
  const resized = new ResizeObserver(() => {
    for (const part of parts) heights.set(part, part.getBoundingClientRect().height);
    if (inHand === undefined || top === undefined) return remeasure();
    const now = topOf(inHand);
    if (now === undefined) return;
    // Scrolled but laid out where it was: a scroll on purpose made as a part changed (a group opened below it).
    const onPurpose = Math.abs((laidOutTop(inHand) ?? 0) - (laidOut ?? 0)) < 0.5;
    const moved = now - top;
    if (!onPurpose && Math.abs(moved) >= 0.5) {
      // The controls scroll on their own beside the team view; under 700 px the page scrolls past them.
      scroller.scrollTop += moved;
      const left = (topOf(inHand) ?? top) - top;
      if (Math.abs(left) >= 0.5) scrollBy(0, left);
    }
    // Never left where something that came above it now covers it (the problems message), however it got there: kept
    // in place here, or already put back by the browser's scroll anchoring before this frame (then it has not moved).
    uncover(inHand);
    remeasure();
  });
  for (const part of parts) resized.observe(part);
}
