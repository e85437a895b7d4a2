import { COST_MEANING, costLine, teamCosts } from './costWords';
import type { Frame } from './engine';
import { NARROW_SCREEN } from './settingsGroups';

// The app's cost line on the page (its words: costWords.ts).

const line = () => document.getElementById('cost')!;

/**
 * Says what the line counts: its figures' tooltip, and after its figures, hidden but read by screen readers. The tooltip
 * is on the figures, marked as presentation: a tooltip is also an element's accessible description, and on the line
 * itself a screen reader read the meaning twice, in the line's text and as its description (since 0.35.0).
 */
export function setupCostLine(): void {
  const figures = line().querySelector<HTMLElement>('.cost-text')!;
  figures.title = COST_MEANING;
  figures.setAttribute('role', 'presentation');
  document.getElementById('cost-meaning')!.textContent = ` (${COST_MEANING})`;
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

/** The cost line: each team's cost so far a year, and in compare mode B against A. */
export function renderCost(f: Frame): void {
  const text = costLine(teamCosts(f));
  const el = line();
  el.dataset.teams = String(f.teams.length);
  const figures = el.querySelector('.cost-text')!;
  if (figures.textContent !== text) figures.textContent = text;
}
