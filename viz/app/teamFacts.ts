import { worseCountText, type TileMeasure } from './tileScale';

/** What a team's facts line counts on the day shown. */
export interface TeamFactCounts {
  readonly inPost: number;
  readonly seats: number;
  /** Staff in the chosen scale's worse band (high STS or burnout, low satisfaction). */
  readonly worse: number;
  /** Separations since day 0; undefined before the first day is run. */
  readonly separations: number | undefined;
}

/**
 * The facts of a team's line, in order, each to be kept whole (the line wraps between them, never
 * inside one). One team: "12 of 12 seats filled", "0 with high STS", "separations so far: 2". In
 * compare mode, where a team has half the width, shorter: "12/12 seats" (filled), "0 with high STS",
 * "2 separations", "1 separation" (under Large text at 1280 px the longer wording took two lines,
 * and the plots a line less).
 */
export function teamFacts(counts: TeamFactCounts, measure: TileMeasure, compare: boolean): string[] {
  const { inPost, seats, worse, separations } = counts;
  const facts = [compare ? `${inPost}/${seats} seats` : `${inPost} of ${seats} seats filled`, worseCountText(measure, worse)];
  if (separations !== undefined) facts.push(compare ? `${separations} separation${separations === 1 ? '' : 's'}` : `separations so far: ${separations}`);
  return facts;
}

/** The separator between two facts: the line may break at its spaces. */
export const FACT_SEPARATOR = ' · ';

/**
 * Fills a facts line: each fact a span kept whole (style.css, .fact), separated by FACT_SEPARATOR,
 * whose " ·" stays at the end of the fact before it (a span kept whole, .fact-sep): where the line
 * wraps, it wraps after a dot, so no line starts with one ("12/12 seats ·" / "0 with high STS").
 */
export function fillTeamFacts(line: HTMLElement, facts: readonly string[]): void {
  const [dot, gap] = [FACT_SEPARATOR.trimEnd(), FACT_SEPARATOR.slice(FACT_SEPARATOR.trimEnd().length)];
  line.replaceChildren(
    ...facts.flatMap((text, i) => {
      const span = Object.assign(document.createElement('span'), { className: 'fact', textContent: text });
      return i === 0 ? [span] : [Object.assign(document.createElement('span'), { className: 'fact-sep', textContent: dot }), document.createTextNode(gap), span];
    }),
  );
}
