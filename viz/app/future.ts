// The header's caution that the run shown is one of many: its chance events (overdoses, deaths,
// crises, who leaves) follow the seed, and another seed gives another future of the same team.
// A class watching one run takes it for the forecast; a lecturer can point to these words.

/** The caution's wordings, longest first: the header shows the longest that fits whole beside the status (see fitWordings), or none. */
export const futureWordings = (seed: number): readonly string[] => [`One possible future of many (seed ${seed})`, `One possible future (seed ${seed})`, 'One possible future'];

/** Its tooltip and accessible description: why, and where the many are. */
export const FUTURE_DETAIL =
  'Chance events (overdoses, deaths, crises, who leaves) follow the seed: another seed gives another future of the same team under the same settings. ' +
  'A difference seen in one run may not hold in others; cfsim run or compare with --reps runs many such futures (replications) and gives their range (Show as command).';

/**
 * Shows in `box` (through its one child element) the longest of `wordings` that fits whole in the
 * box's room, or none: never a word cut or a lone "…". The header's tagline and caution give way so.
 */
export function fitWordings(box: HTMLElement, wordings: readonly string[]): void {
  const words = box.firstElementChild as HTMLElement;
  for (const text of wordings) {
    if (words.textContent !== text) words.textContent = text;
    if (words.getBoundingClientRect().width <= box.clientWidth + 0.5) return;
  }
  words.textContent = '';
}
