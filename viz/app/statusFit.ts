// The header's status line in the room it has: its end-of-run words ("Day 3650 of 3650 (10 years): the end of the
// run.") took a line more on a phone (and in a 701–1023 px window, where the header wraps), and the team view moved down
// as the run ended. The line shows the longest of its wordings that leaves the header as tall as the day alone does;
// screen readers read the whole (the status is not announced from here: main.ts, announce).

/** The status's words at the end of the run, after the day. */
export const END_WORDS = 'the end of the run.';
/** The status's words when Play or a step is pressed at the end of the run. */
export const OVER_WORDS = 'the run is over. Press Reset (R) to start again.';

const SHORTER: Readonly<Record<string, readonly string[]>> = {
  [END_WORDS]: ['the end.', 'end'],
  // Each keeps the way on (on a phone "…: over" alone left sighted users without it).
  [OVER_WORDS]: ['over. Reset (R) starts again.', 'over. Reset (R)'],
};

/**
 * The status's wordings of `text` ("Day 3650 of 3650 (10 years): the end of the run."), longest first: the whole,
 * shorter end-of-run words, the shortest after the day without its years ("Day 3650 of 3650: over"), the day alone.
 */
export function statusWordings(text: string): string[] {
  const cut = text.indexOf(': ');
  if (cut < 0) return [text];
  const day = text.slice(0, cut);
  const shorter = SHORTER[text.slice(cut + 2)] ?? [];
  const dayOnly = day.replace(/ \([^)]*\)$/, '');
  const shortest = shorter.length > 0 && dayOnly !== day ? [`${dayOnly}: ${shorter[shorter.length - 1]}`] : [];
  return [text, ...shorter.map((words) => `${day}: ${words}`), ...shortest, day];
}

/** Shows the `k`th wording of `text` (the shortest where it has fewer); a shorter one is shown only, the whole read by screen readers. */
export function showStatusWording(status: HTMLElement, text: string, k: number): void {
  const wordings = statusWordings(text);
  const shown = wordings[Math.min(k, wordings.length - 1)];
  if (shown === text) {
    if (status.textContent !== text || status.children.length > 0) status.textContent = text;
    return;
  }
  const whole = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text });
  const seen = Object.assign(document.createElement('span'), { textContent: shown });
  seen.setAttribute('aria-hidden', 'true');
  status.replaceChildren(whole, seen);
}

/**
 * Shows the longest wording of `text` that leaves `header` as tall as the day alone does, or as `kept` (its height
 * before the status changed) where that is taller, after `fitRest` fitted the header's other lines to the room the
 * status leaves them; returns which (for the same shape of text, the same). In an 800–850 px window the day before the
 * end ("(9.9 years)") took the header a second line that the end's day alone ("(10 years)") does not: fitted to the day
 * alone, the end showed "Day 3650 of 3650: end" and moved the team view up a line, where the whole fits that line.
 */
export function fitStatus(status: HTMLElement, header: HTMLElement, text: string, fitRest: () => void, kept = 0): number {
  const last = statusWordings(text).length - 1;
  const heightAt = (k: number) => {
    showStatusWording(status, text, k);
    fitRest();
    return header.getBoundingClientRect().height;
  };
  const room = Math.max(heightAt(last), kept);
  for (let k = 0; k < last; k++) if (heightAt(k) <= room + 0.5) return k;
  heightAt(last);
  return last;
}

/**
 * The distinct shapes (digits as 0) of the status's day texts over a run of `horizon` days, before its end: with
 * tabular digits, texts of one shape take one width, so the widest of these is the widest day the status shows.
 */
export function dayShapes(horizon: number, dayText: (day: number) => string): string[] {
  const shapes = new Set<string>();
  for (let day = 0; day < horizon; day++) shapes.add(dayText(day).replace(/\d/g, '0'));
  return [...shapes];
}

/**
 * Holds the status as wide as the widest of `texts` (its day texts' shapes), or the header's width where narrower, so
 * the header's lines, and the team view under them, stay put while a run plays: in 720–830 px windows (and on phones
 * of 480–560 px) "Day 1000 of 3650 (2.7 years)" took the header a line more at day 1000, and the page moved down 25 px.
 */
export function reserveStatusWidth(status: HTMLElement, texts: readonly string[]): void {
  const sizer = document.createElement('span');
  sizer.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap;';
  sizer.setAttribute('aria-hidden', 'true');
  status.append(sizer);
  let widest = 0;
  for (const text of texts) {
    sizer.textContent = text;
    widest = Math.max(widest, sizer.getBoundingClientRect().width);
  }
  sizer.remove();
  status.style.minWidth = `min(${Math.ceil(widest)}px, 100%)`;
}
