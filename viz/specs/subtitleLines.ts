/** The longest subtitle line, in characters: about the width of a chart and its axis labels at the subtitle's font size. */
export const SUBTITLE_LINE_CHARS = 120;

/**
 * A no-break space: two words it joins are never broken apart by subtitleLines or linesWithin, which write it as a
 * plain space (a chart's text, and its SVG, read as ever).
 */
export const KEEP_TOGETHER = '\u00a0';

/** A line's words for breaking: split at plain spaces only, each written with its no-break spaces as plain ones. */
export function breakableWords(line: string): string[] {
  return line.split(' ').map((word) => word.split(KEEP_TOGETHER).join(' '));
}

/**
 * Subtitle lines broken at spaces into lines of at most `maxChars` characters (a word longer
 * than that stands alone), so that a long line does not make the figure wider than its chart.
 */
export function subtitleLines(lines: readonly string[], maxChars = SUBTITLE_LINE_CHARS): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of breakableWords(line)) {
      if (current !== '' && current.length + 1 + word.length > maxChars) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
    return out;
  });
}
