import { describe, expect, it } from 'vitest';
import { foldTables } from '../../bin/foldTable';

const columns = (s: string) => [...s].length;
const widest = (text: string) => Math.max(...text.split('\n').map(columns));

/** A table as bin/format.ts lays one out: the label left, the other columns right, two spaces apart; `verdict` a last column of text, left. */
function table(header: readonly string[], rows: readonly (readonly string[])[], verdict = false): string {
  const all = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...all.map((r) => columns(r[k]))));
  const line = (r: readonly string[]) => r.map((c, k) => (k === 0 || (verdict && k === r.length - 1) ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const PACKAGES = ['status-quo', 'opt-out-support', 'multi-level', 'stigma-reduction'];
const OUTCOMES = table(
  ['Outcome', ...PACKAGES],
  [
    ['ProQOL compassion satisfaction', '37.3 (36.6–37.9)', '38.4 (37.3–39.4)', '39.3 (38.5–39.8)', '38.6 (37.7–39.3)'],
    ['Turnover per year', '25.4% (18.0%–31.9%)', '17.2% (10.7%–26.0%)', '11.0% (6.1%–16.6%)', '18.5% (10.8%–26.9%)'],
    ['  role: Harm reduction outreach worker', '35.3% (14.1%–51.6%)', '22.5% (13.4%–43.4%)', '13.9% (5.3%–29.5%)', '24.0% (6.8%–43.4%)'],
    ['Leave per worker-year (calendar days: PTO, grief)', '20.2 (18.6–21.7)', '35.1 (33.5–37.1)', '20.3 (18.4–22.0)', '20.2 (18.5–21.9)'],
    ['Cost per year, whole team', '$208,210 ($191,718–$222,173)', '$406,905 ($393,705–$423,894)', '$1,173,406 ($1,163,781–$1,189,382)', '$227,111 ($211,435–$250,476)'],
  ],
);
const NOTE = '* The mean lies outside the range holding 90% of replications: most replications are near the range, and a few with large values pull the mean out of it.';

describe('foldTables', () => {
  it('leaves a table that fits, and text without tables, as they are', () => {
    expect(foldTables(OUTCOMES, widest(OUTCOMES))).toBe(OUTCOMES);
    expect(foldTables(`Some prose.\n\n${NOTE}\n`, 40)).toBe(`Some prose.\n\n${NOTE}\n`);
  });

  it('splits a wide table into groups of columns that fit, each under the label column, with every cell kept', () => {
    const folded = foldTables(`${OUTCOMES}\n${NOTE}`, 100);
    const blocks = folded.split('\n\n');
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(block.split('\n')[0]).toMatch(/^Outcome {2,}/);
      expect(block.split('\n')[1]).toMatch(/^-+( {2}-+)+$/);
      for (const line of block.split('\n')) if (line !== NOTE) expect(columns(line)).toBeLessThanOrEqual(100);
    }
    // Each package's column whole, in order, its cells right-aligned on their rows.
    const headers = blocks.flatMap((b) => b.split('\n')[0].trim().split(/ {2,}/).slice(1));
    expect(headers).toEqual(PACKAGES);
    expect(folded).toContain('$1,173,406 ($1,163,781–$1,189,382)');
    expect(folded.match(/\(\d[^)]*\)|\(\$[^)]*\)/g)?.length).toBe(OUTCOMES.match(/\(\d[^)]*\)|\(\$[^)]*\)/g)?.length);
    // The note under the table stays after it, whole (prose is wrapped elsewhere).
    expect(folded.endsWith(`\n${NOTE}`)).toBe(true);
  });

  it('wraps a label wider than what its group leaves, hanging its continuation under its own indentation', () => {
    const folded = foldTables(OUTCOMES, 60).split('\n');
    expect(widest(folded.join('\n'))).toBeLessThanOrEqual(60);
    const at = folded.findIndex((line) => line.startsWith('  role: Harm reduction'));
    expect(folded[at]).toMatch(/^ {2}role: Harm reduction\b.*\d%\)$/);
    expect(folded[at + 1]).toMatch(/^ {4}\S/);
    // The label's words are all there, in order, across its lines.
    const leave = folded.findIndex((line) => line.startsWith('Leave per worker-year'));
    expect(`${folded[leave]} ${folded[leave + 1]}`.replace(/ {2,}\S+ \([^)]*\)/, '').replace(/\s+/g, ' ')).toContain('Leave per worker-year (calendar days: PTO, grief)');
  });

  it('puts a last column of text that does not fit beside the numbers on the line beneath each row, unbroken where it fits', () => {
    const comparison = table(
      ['Outcome', 'status-quo', 'opt-out-support', 'difference (90% range)', 'verdict'],
      [
        ['ProQOL compassion satisfaction', '37.3', '38.4', '+1.1 (+0.4 to +1.5)', 'clearly better (higher) but small'],
        ['Staff with high burnout (≥42)', '0.1%', '0.0%', '−0.1 pp (−1.0 pp to 0.0 pp)', 'within noise: worse (higher) in 17 of 20 futures, better (lower) in 3'],
        ['Cost per year, whole team', '$208,210', '$406,905', '+$198,695 (+$190,004 to +$207,017)', 'clearly costs more'],
      ],
      true,
    );
    const folded = foldTables(comparison, 100).split('\n');
    expect(widest(folded.join('\n'))).toBeLessThanOrEqual(100);
    expect(folded.join('\n')).not.toContain('\n\n');
    const row = folded.findIndex((line) => line.startsWith('Staff with high burnout'));
    expect(folded[row]).toMatch(/0\.1% +0\.0% +−0\.1 pp \(−1\.0 pp to 0\.0 pp\)$/);
    expect(folded[row + 1].trim()).toBe('within noise: worse (higher) in 17 of 20 futures, better (lower) in 3');
    expect(folded[1].trim()).toBe('verdict');
  });

  it('leaves a table whose rows do not keep to its columns as it was', () => {
    const ragged = `Name  Value\n----  -----\nA long name that runs across  1\n`;
    expect(foldTables(ragged, 20)).toBe(ragged);
  });
});
