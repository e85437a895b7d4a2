// Settings that could not be used (from a link, typed, or a change the run's end refuses): a message at the top of the
// controls (index.html #problems, style.css), an alert, with a × (or Escape, main.ts) that puts it away and gives the
// focus back to where it was.

const $ = (id: string) => document.getElementById(id)!;

/** Where focus goes when the problems message is put away with focus in it: the control it was shown from (a box whose entry was refused), else Play, the first control after it. */
let problemsReturn: HTMLElement | null = null;

/** The message's heading in each situation it is shown in. */
const PROBLEMS_HEADINGS = {
  link: 'Some link settings could not be used:',
  entry: 'An entry was refused:',
  change: 'This change was not applied:',
  runEnd: 'The run is at its end:',
} as const;

/** Shows what could not be used, under the heading of its situation, at the top of the controls; puts the message away when there is nothing to show. */
export function showProblems(situation: keyof typeof PROBLEMS_HEADINGS, problems: readonly string[]): void {
  const box = $('problems');
  if (problems.length === 0) {
    hideProblems();
    return;
  }
  const active = document.activeElement;
  if (!box.contains(active)) problemsReturn = active instanceof HTMLElement && active !== document.body ? active : null;
  const p = document.createElement('p');
  p.textContent = PROBLEMS_HEADINGS[situation];
  const ul = document.createElement('ul');
  for (const text of problems) {
    const li = document.createElement('li');
    li.textContent = text;
    ul.append(li);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'dismiss';
  close.textContent = '×';
  close.title = 'Dismiss this message';
  close.setAttribute('aria-label', 'Dismiss this message');
  close.addEventListener('click', hideProblems);
  box.replaceChildren(p, ul, close);
  box.hidden = false;
  keepInSight(box, problemsReturn?.closest('aside') ? problemsReturn : null);
}

/**
 * Brings the message into sight, and keeps there the control it was shown from (`from`), clear of
 * it. Beside the team view the controls stay in view and the message heads them: only the control
 * may need scrolling to. Under 700 px the page scrolls past the controls and the message sticks to
 * the screen's top while they are in view (style.css); a control at their foot may still leave it
 * above the screen, and a control near the screen's top would lie under it.
 */
function keepInSight(message: HTMLElement, from: HTMLElement | null): void {
  const m = message.getBoundingClientRect();
  if (m.top < 0 || m.bottom > innerHeight) message.scrollIntoView({ block: 'nearest' });
  if (!from) return;
  from.scrollIntoView({ block: 'nearest' });
  clearOfMessage(from);
}

/**
 * Scrolls `control` out from under the message: the controls, where they scroll on their own (beside the team view the
 * message heads them, and a control kept in place as it came was left above their top, out of sight), else the page
 * (under 700 px the message sticks over the controls).
 */
export function clearOfMessage(control: Element): void {
  const message = $('problems');
  if (message.hidden) return;
  const m = message.getBoundingClientRect();
  const r = control.getBoundingClientRect();
  if (!(r.top < m.bottom && m.top < r.bottom)) return;
  const scroller = control.closest('.controls-scroll');
  if (scroller) scroller.scrollTop += r.top - m.bottom - 8;
  const left = control.getBoundingClientRect().top - m.bottom - 8;
  if (left < -0.5) window.scrollBy(0, left);
}

/** Puts the problems message away (its ×, or Escape); focus in it goes back to where it was, rather than to the page's start. */
export function hideProblems(): void {
  const box = $('problems');
  if (box.contains(document.activeElement)) {
    const back = problemsReturn?.isConnected && !problemsReturn.matches(':disabled') && problemsReturn.getClientRects().length > 0 ? problemsReturn : $('play');
    back.focus();
  }
  problemsReturn = null;
  box.hidden = true;
}
