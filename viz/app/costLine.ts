import { COST_MEANING, costLine, longestCostLines, sinceMeaning, teamCosts } from './costWords';
import type { Frame } from './engine';
import { NARROW_SCREEN } from './settingsGroups';

// The app's cost line on the page (its words: costWords.ts).

const line = () => document.getElementById('cost')!;

/** What the line counts; once it gives figures since a change (made on `changeDay`), what those count, on that day (since 0.38.0). */
const meaning = (changeDay: number | undefined) => (changeDay === undefined ? COST_MEANING : `${COST_MEANING} Since day ${changeDay}: ${sinceMeaning(changeDay)}`);

/** Says what the line counts: its figures' tooltip, and after its figures, hidden but read by screen readers. */
function explainCost(changeDay: number | undefined): void {
  const figures = line().querySelector<HTMLElement>('.cost-text')!;
  const text = meaning(changeDay);
  if (figures.title === text) return;
  figures.title = text;
  document.getElementById('cost-meaning')!.textContent = ` (${text})`;
}

/**
 * Sets up what the line says it counts. The tooltip is on the figures, marked as presentation: a tooltip is also an
 * element's accessible description, and on the line itself a screen reader read the meaning twice, in the line's text
 * and as its description (since 0.35.0).
 */
export function setupCostLine(): void {
  line().querySelector('.cost-text')!.setAttribute('role', 'presentation');
  explainCost(undefined);
  // Its width changes with the window and its place, its text size with the browser's (zoom, the user's font size), and
  // a late font loads: the room is measured again. The text size is watched on a gauge an em square in the line's font:
  // the line itself changes size only once its text outgrows the room held, and until 0.41.0 a text size changed while
  // the app was open was measured only then, as the line grew.
  const measureAgain = new ResizeObserver(() => holdRoom(roomFor));
  measureAgain.observe(line());
  measureAgain.observe(line().appendChild(textSizeGauge()));
  document.fonts.addEventListener('loadingdone', () => holdRoom(roomFor, { again: true }));
}

/** An em square out of sight and out of the flow, in the font of the element it is put in: its size is the text size. */
function textSizeGauge(): HTMLElement {
  const gauge = document.createElement('span');
  gauge.setAttribute('aria-hidden', 'true');
  gauge.style.cssText = 'position: absolute; visibility: hidden; pointer-events: none; width: 1em; height: 1em';
  return gauge;
}

/**
 * The run the line's room is held for: its teams, and once it has lever changes during it, the widest day its figures
 * since a change can name: its last, as a change made later in the run names a later day (until 0.39.0 the latest
 * change's day, and a change made on day 20 after a link's on day 7 grew the line by a line on a 402 px phone).
 */
let roomFor: { teams: number; changeDay: number | undefined } = { teams: 1, changeDay: undefined };
/** What the room held was measured for: the run, the line's width and its font. */
let roomMeasured = '';

/**
 * Holds the room its longest wordings take in `run`, as measured in the line's font at its width (since 0.39.0): a
 * number of lines tuned to one system font and text size, the line grew during a run where the browser's text size was
 * set larger (20 px: by a line, 24 px: by two, in compare mode with a change at 1024 px), and what was under it moved.
 */
function holdRoom(run: typeof roomFor, { again = false } = {}): void {
  roomFor = run;
  const el = document.getElementById('cost');
  if (el === null) return; // the app could not start, and its message took the line's place (main.ts showStartFailure)
  const width = el.getBoundingClientRect().width;
  const measuring = `${run.teams} ${run.changeDay} ${width} ${getComputedStyle(el).font}`;
  if (width === 0 || (measuring === roomMeasured && !again)) return;
  roomMeasured = measuring;
  // A stand-in of the line's width, out of sight and out of the flow, takes each wording in turn.
  const probe = Object.assign(document.createElement('p'), { className: 'cost' });
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = `position: absolute; visibility: hidden; min-height: 0; width: ${width}px`;
  el.after(probe);
  const needed = Math.max(...longestCostLines(run.teams, run.changeDay).map((text) => ((probe.textContent = text), probe.getBoundingClientRect().height)));
  probe.remove();
  el.style.minHeight = `${needed}px`;
}

/**
 * The cost line's place: under the run's buttons where the controls are beside the team view (they scroll on their
 * own, so the team view and the charts keep their room); under the charts on a narrow screen, where the controls come
 * above the team view and its three lines in compare mode pushed the team view's top below half a phone's screen.
 */
export function placeCostLine(narrow: MediaQueryList = matchMedia(NARROW_SCREEN)): void {
  const place = () => {
    if (narrow.matches) document.getElementById('charts')!.after(line());
    else document.querySelector('.transport')!.append(line());
  };
  place();
  narrow.addEventListener('change', place);
}

/**
 * The cost line: each team's cost so far a year, and in compare mode B against A; once a lever has changed during the
 * run, the same since the latest change. A run with changes during it has the room for those figures from day 0.
 */
export function renderCost(f: Frame): void {
  const costs = teamCosts(f);
  const text = costLine(costs);
  const el = line();
  el.dataset.teams = String(f.teams.length);
  el.dataset.changes = String(f.changeDays.length > 0);
  const changeDay = f.changeDays.length > 0 ? f.horizon : undefined;
  if (f.teams.length !== roomFor.teams || changeDay !== roomFor.changeDay) holdRoom({ teams: f.teams.length, changeDay });
  const figures = el.querySelector('.cost-text')!;
  if (figures.textContent !== text) figures.textContent = text;
  explainCost(costs[0]?.sinceChange?.day);
}
