/** The longest subtitle line, in characters: about the width of a chart and its axis labels at the subtitle's font size. */
export const SUBTITLE_LINE_CHARS = 120;

/**
 * Subtitle lines broken at spaces into lines of at most `maxChars` characters (a word longer
 * than that stands alone), so that a long line does not make the figure wider than its chart.
 */
export function subtitleLines(lines: readonly string[], maxChars = SUBTITLE_LINE_CHARS): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > maxChars) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
    return out;
  });
}
