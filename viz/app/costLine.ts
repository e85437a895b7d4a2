import { COST_MEANING, costLine, sinceMeaning, teamCosts } from './costWords';
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
  const figures = el.querySelector('.cost-text')!;
  if (figures.textContent !== text) figures.textContent = text;
  explainCost(costs[0]?.sinceChange?.day);
}
