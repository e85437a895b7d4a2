import { describe, expect, it } from 'vitest';
import { comparisonHeading, comparisonTablesSaidOnce } from '../../bin/compareNotes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliScratch } from './cliScratch';

// compare --levers with five arms said each note under every table, the grief-leave note under two
// arms, and what the spending line and value for money leave out under each: once is enough.

const { cfsim, work } = cliScratch('compareNotes');

const count = (text: string, part: string) => text.split(part).length - 1;

describe('comparisonTablesSaidOnce', () => {
  const note = (topic: string) => ({ topic, text: `Note on ${topic}.` });
  it('says each note in full under the first table that needs it, and under later ones names it and points back', () => {
    const [first, second, third] = comparisonTablesSaidOnce([
      { comparison: 'a vs s', lines: ['table a'], notes: [note('x'), note('y')] },
      { comparison: 'b vs s', lines: ['table b'], notes: [note('x'), note('z')] },
      { comparison: 'c vs s', lines: ['table c'], notes: [note('x'), note('y'), note('z')] },
    ]);
    expect(first).toBe('table a\nNote on x.\nNote on y.');
    expect(second).toBe('table b\nNote on z.\nThe note on x under a vs s above applies to this table too.');
    expect(third).toBe('table c\nThe notes on x and y under a vs s above apply to this table too.\nThe note on z under b vs s above applies to this table too.');
  });
});

describe('comparisonHeading', () => {
  it('says how to read the differences in full over the first comparison and points back over later ones', () => {
    expect(comparisonHeading('a vs s', 0, 8, false)).toBe('\na vs s: paired differences over the same 8 simulated futures. They are too few for clear verdicts: see the note under the table. Differences of shares are in percentage points (pp).\n\n');
    expect(comparisonHeading('b vs s', 1, 8, false)).toBe('\nb vs s: paired differences over the same 8 simulated futures, read as above (too few for clear verdicts: see the note under the first table; shares differ in percentage points, pp).\n\n');
    expect(comparisonHeading('b vs s', 1, 20, true)).toBe('\nb vs s: paired differences over the same 20 seeds, replication by replication, read as above (shares differ in percentage points, pp).\n\n');
  });
});

describe('compare --levers text', () => {
  it('says the grief-leave note, the table notes and the value-for-money caveat once, naming every arm the grief note concerns', () => {
    const out = join(work, 'levers');
    const r = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--levers', '--reps', '3', '--days', '60', '--threads', '1', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const text = r.stdout;
    expect(count(text, 'grant different grief leave')).toBe(1);
    expect(text).toContain('opt-out-support:grief and opt-out-support each grant different grief leave from status-quo (policy.grief.leaveDays: opt-out-support:grief 2 days, opt-out-support 2 days, status-quo 0)');
    expect(text).toContain("opt-out-support's grief leave is in its net cost as paid absence, not in its spending on the package, as said above for opt-out-support:grief.");
    expect(count(text, 'With 3 replications (fewer than 20)')).toBe(1);
    expect(count(text, 'ranges from 3 replications')).toBe(3);
    expect(count(text, 'is not valued in it')).toBe(1);
    expect(count(text, 'This is the cash a budget pays; the cost in the table also counts')).toBe(1);
    expect(count(text, 'This is the cash a budget pays, as above.')).toBe(3);
    // The report of the same results says the grief-leave note once too.
    const page = join(work, 'levers.html');
    const report = cfsim('report', out, '-o', page);
    expect(report.status, report.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(count(html, 'grant different grief leave')).toBe(1);
    expect(html).toContain('opt-out-support:grief and opt-out-support each grant different grief leave from status-quo');
    // In the report's list of arms, the later arm's pointer reads as a list item.
    expect(html).toContain('opt-out-support&#39;s grief leave is in its net cost as paid absence, not in its spending on the package, as said above for opt-out-support:grief.');
  });
});
