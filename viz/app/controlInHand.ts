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
 * top, where they are when a lever near it is moved. No room is held for what may never come.
 */
export function keepControlInHandInPlace(controls: HTMLElement, scroller: HTMLElement, parts: readonly Element[]): void {
  let inHand: Element | undefined;
  let top: number | undefined;
  const take = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return;
    inHand = target;
    top = topOf(target);
  };
  const remeasure = () => {
    if (inHand !== undefined) top = topOf(inHand);
  };
  controls.addEventListener('pointerdown', (e) => take(e.target));
  controls.addEventListener('focusin', (e) => take(e.target));
  // A press or the focus elsewhere puts it down: kept in place, a control left behind scrolled the page away from what
  // was being read (a phone's focused tile went off the screen when Large text grew the controls above it).
  const putDown = (e: Event) => {
    if (!(e.target instanceof Node && controls.contains(e.target))) inHand = undefined;
  };
  document.addEventListener('pointerdown', putDown, { capture: true });
  document.addEventListener('focusin', putDown);
  // A scroll or a new window size moves it on purpose: that place is the one to keep.
  document.addEventListener('scroll', remeasure, { capture: true, passive: true });
  addEventListener('resize', remeasure);
  // Called after layout and before paint, so the scroll is made before anything is seen moved.
  const resized = new ResizeObserver(() => {
    if (inHand === undefined || top === undefined) return remeasure();
    const now = topOf(inHand);
    if (now === undefined) return;
    const moved = now - top;
    if (Math.abs(moved) < 0.5) return;
    // The controls scroll on their own beside the team view; under 700 px the page scrolls past them.
    scroller.scrollTop += moved;
    const left = (topOf(inHand) ?? top) - top;
    if (Math.abs(left) >= 0.5) scrollBy(0, left);
    remeasure();
  });
  for (const part of parts) resized.observe(part);
}
