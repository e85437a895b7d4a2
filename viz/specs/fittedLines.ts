import { dejaVuWidth } from '../report/textWidth';
import { breakableWords } from './subtitleLines';

/**
 * Lines broken at spaces so that each is at most `pixels` wide at `fontSize` px (bold where
 * `weight` says so), measured with DejaVu Sans's widths (viz/report/textWidth.ts: the widest font
 * the figures are drawn in, the exported ones included), so that a line fits whatever font the
 * viewer has; a word wider than that stands alone. Each given line starts a line of its own. The
 * table, not a canvas, measures: the spec is the same in the browser and in Node.
 */
export function linesWithin(lines: readonly string[], pixels: number, fontSize: number, weight?: string | number): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of breakableWords(line)) {
      const joined = current === '' ? word : `${current} ${word}`;
      if (current !== '' && dejaVuWidth(joined, fontSize, weight) > pixels) {
        out.push(current);
        current = word;
      } else current = joined;
    }
    out.push(current);
    return out;
  });
}
