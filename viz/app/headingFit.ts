// A compare-mode team's heading on one line where a slightly smaller type lets it ("Team A: Mandatory debrief
// (package untouched)" took two lines at 1280 px, and the line more lowered the charts' plots to their least
// height). The name stays whole: where even the smallest size leaves it too long for one line (a narrow screen),
// the heading keeps its full size and wraps between words, as before.

/** The sizes tried, largest first, in rem: 16 px (the heading's own, style.css) down to 13 px (the facts line is 12.8 px). */
export const HEADING_SIZES_REM = [1, 0.9375, 0.875, 0.8125] as const;

/** Whether `heading`'s text takes one line at its present size (measured with wrapping turned off). */
function fitsOneLine(heading: HTMLElement): boolean {
  heading.style.whiteSpace = 'nowrap';
  const fits = heading.scrollWidth <= heading.clientWidth;
  heading.style.whiteSpace = '';
  return fits;
}

/**
 * Sets the headings' type to the largest of HEADING_SIZES_REM at which every one keeps one line (the same for all,
 * so the two teams' names read alike), or, where none does, back to their own size (they wrap). `sized` says whether
 * to try the smaller sizes at all (compare mode): false clears them.
 */
export function fitHeadings(headings: readonly HTMLElement[], sized: boolean): void {
  const setSize = (size: string) => headings.forEach((h) => (h.style.fontSize = size));
  setSize('');
  if (!sized || headings.every(fitsOneLine)) return;
  const size = HEADING_SIZES_REM.slice(1).find((rem) => {
    setSize(`${rem}rem`);
    return headings.every(fitsOneLine);
  });
  setSize(size === undefined ? '' : `${size}rem`);
}
