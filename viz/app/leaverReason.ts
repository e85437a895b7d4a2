// "Recent departures": each leaver's full reason, reachable by keyboard and touch, not only by a mouse's tooltip.
// Each item is a button (Tab reaches it; a tap focuses it) described by the whole sentence (aria-describedby, a hidden
// element of the list's box), and while it has focus the sentence shows under it in a box laid over what follows
// (absolutely placed: the list keeps its one-line height and nothing under it moves), or above it where the screen has
// no room under it. Escape or moving on hides it. Since 0.36.0 the box takes the taps and clicks on it, and its text
// can be selected: it let them through to whatever lay under it (at 360×640 the "Colour tiles by" list, which a tap
// opened). A tap or click on a leaver's line it covers still goes to that leaver (since 0.35.0); one elsewhere on it
// leaves it shown, its leaver focused again.

/** A leaver's item: the list's short line on a button, the whole sentence (`full`) as its description, `tooltip` for a mouse. */
export function leaverItem(box: HTMLElement, short: string, full: string, tooltip: string, worker: number): HTMLLIElement {
  const id = `${box.id}-why-${worker}`;
  const why = Object.assign(document.createElement('span'), { id, textContent: full });
  box.querySelector('.leaver-whys')!.append(why);
  // The tooltip on the button, not its list item: an item's title names the item, and a screen reader read the sentence
  // twice (the item's name, then the button's description).
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'leaver', textContent: short, title: tooltip });
  button.dataset.worker = String(worker);
  button.setAttribute('aria-describedby', id);
  // Safari does not focus a button it taps: focus it, so a tap shows the sentence as a focus by Tab does; a click, a tap
  // or Enter shows it again after Escape hid it (the button keeps the focus, so no focus comes to show it).
  button.addEventListener('click', () => {
    button.focus();
    showReason(box, button, full);
  });
  button.addEventListener('focus', () => showReason(box, button, full));
  // A press on the shown sentence (to select its words, or a tap that reaches the leaver under it) takes the focus off
  // the button: the sentence stays until the press ends (handled on the box, reasonParts) or one lands elsewhere.
  button.addEventListener('blur', () => {
    if (box.querySelector<HTMLElement>('.leaver-why')?.dataset.pressed === undefined) hideReason(box);
    else hideOnPressElsewhere(box);
  });
  button.addEventListener('keydown', (e) => {
    // Escape closes the sentence only, not also what the page's Escape closes (main.ts: the problems panel).
    if (e.key === 'Escape' && reasonShown(box)) {
      hideReason(box);
      e.preventDefault();
    }
  });
  const item = document.createElement('li');
  item.append(button);
  return item;
}

/** The parts of a list's box that hold the reasons: the hidden descriptions and the box that shows one. */
export function reasonParts(): HTMLElement[] {
  const whys = Object.assign(document.createElement('div'), { className: 'leaver-whys', hidden: true });
  const shown = Object.assign(document.createElement('p'), { className: 'leaver-why', hidden: true });
  // Screen readers have it as the button's description already.
  shown.setAttribute('aria-hidden', 'true');
  // A press released outside it (a drag over its words run past its edge) ends there, where no click on it comes to
  // end it: held as pressed, the next leaver's blur (Tab on past the list) left the sentence shown (since 0.38.0). One
  // released on it is ended by its click: a tap's mousedown, which takes the focus off the leaver, comes after its
  // pointerup, and must find it pressed. (One listener, however many presses: addEventListener adds it once.)
  const releasedOutside = (e: PointerEvent) => {
    if (!(e.target instanceof Node && shown.contains(e.target))) delete shown.dataset.pressed;
  };
  shown.addEventListener('pointerdown', () => {
    shown.dataset.pressed = '';
    document.addEventListener('pointerup', releasedOutside, { capture: true, once: true });
  });
  // A swipe that starts on it scrolls the page: no press ends on it, and its leaver keeps the focus. Held as pressed, the
  // leaver's next blur (a tap elsewhere) kept the sentence shown over the page until a second tap.
  shown.addEventListener('pointercancel', () => delete shown.dataset.pressed);
  shown.addEventListener('click', (e) => {
    delete shown.dataset.pressed;
    // Words selected by a drag: the sentence stays, with them.
    if (!(getSelection()?.isCollapsed ?? true)) return;
    const under = leaverUnder(shown, e.clientX, e.clientY);
    const shownFor = shown.dataset.worker;
    const leaver = under ?? shown.parentElement?.querySelector<HTMLElement>(`.leaver[data-worker="${shownFor}"]`);
    if (under) under.click();
    else leaver?.focus({ preventScroll: true });
  });
  return [whys, shown];
}

/** The leaver's button whose line lies under the shown sentence at (x, y), if one does. */
function leaverUnder(shown: HTMLElement, x: number, y: number): HTMLElement | undefined {
  shown.style.pointerEvents = 'none';
  const under = document.elementFromPoint(x, y);
  shown.style.pointerEvents = '';
  const leaver = under?.closest<HTMLElement>('.leaver');
  return leaver && shown.parentElement?.contains(leaver) ? leaver : undefined;
}

/** Hides the sentence, kept shown while pressed, at the next press outside it. */
function hideOnPressElsewhere(box: HTMLElement): void {
  const away = (e: Event) => {
    const shown = box.querySelector<HTMLElement>('.leaver-why');
    if (shown && e.target instanceof Node && shown.contains(e.target)) return;
    document.removeEventListener('pointerdown', away, true);
    if (shown) delete shown.dataset.pressed;
    if (!(document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('leaver'))) hideReason(box);
  };
  document.addEventListener('pointerdown', away, true);
}

/** Clears the descriptions before the list is drawn again. */
export function clearReasons(box: HTMLElement): void {
  box.querySelector('.leaver-whys')!.replaceChildren();
  hideReason(box);
}

/**
 * Shows `full` under the focused item, across the list's width; where the screen has no room for it there (a leaver at
 * a phone's foot put the sentence below the screen's edge), above the item if it fits there, else under it with the
 * page scrolled only as far as it takes to show it whole.
 */
function showReason(box: HTMLElement, button: HTMLElement, full: string): void {
  const shown = box.querySelector<HTMLElement>('.leaver-why')!;
  const item = button.getBoundingClientRect();
  const boxTop = box.getBoundingClientRect().top;
  shown.textContent = full;
  shown.dataset.worker = button.dataset.worker;
  shown.style.top = `${item.bottom - boxTop}px`;
  shown.dataset.place = 'below';
  shown.hidden = false;
  const below = shown.getBoundingClientRect();
  if (below.bottom <= innerHeight) return;
  // The box's top margin (its gap under the item) is kept between its foot and the item above it too.
  const height = below.height + 2 * (below.top - item.bottom);
  if (item.top - height >= 0) {
    shown.style.top = `${item.top - height - boxTop}px`;
    shown.dataset.place = 'above';
  } else shown.scrollIntoView({ block: 'nearest' });
}

function reasonShown(box: HTMLElement): boolean {
  return box.querySelector<HTMLElement>('.leaver-why')?.hidden === false;
}

function hideReason(box: HTMLElement): void {
  const shown = box.querySelector<HTMLElement>('.leaver-why');
  if (shown) shown.hidden = true;
}
