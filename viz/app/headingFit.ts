// A compare-mode team's heading on one line where a slightly smaller type lets it ("Team A: Mandatory debrief
// (package untouched)" took two lines at 1280 px, and the line more lowered the charts' plots to their least
// height). The name stays whole: where even the smallest size leaves it too long for one line (a narrow screen),
// the heading keeps its full size and wraps between words, as before. A heading is never set smaller than the facts
// line under it: at normal size that line is 12.8 px (0.8rem), and the sizes go down to 13 px; under Large text it is
// 16 px, the heading's own size, so there a long name wraps rather than read smaller than the facts beneath it.

/** The sizes tried, largest first, in rem: 16 px (the heading's own, style.css) down to 13 px, those under `floorPx` left out. */
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
 * to try the smaller sizes at all (compare mode): false clears them. No size under `floorPx` (the computed size of
 * the text under the headings, the facts line) is tried.
 */
export function fitHeadings(headings: readonly HTMLElement[], sized: boolean, floorPx = 0): void {
  const setSize = (size: string) => headings.forEach((h) => (h.style.fontSize = size));
  setSize('');
  if (!sized || headings.every(fitsOneLine)) return;
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const size = HEADING_SIZES_REM.slice(1).filter((rem) => rem * rootPx >= floorPx - 0.01).find((rem) => {
    setSize(`${rem}rem`);
    return headings.every(fitsOneLine);
  });
  setSize(size === undefined ? '' : `${size}rem`);
}
