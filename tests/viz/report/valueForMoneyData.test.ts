import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunDocument } from '../../../models/runDocument';
import { loadResults } from '../../../viz/report/load';
import { reportValueForMoney } from '../../../viz/report/valueForMoneyData';
import { valueForMoneySentences } from '../../../viz/report/valueForMoneyWords';

// The report recomputes value for money from replications.csv, which has no daily separations:
// the halves of the horizon (byHalf) come from summary.json, so that the report says what
// `cfsim compare` printed about them.

const work = mkdtempSync(join(tmpdir(), 'cfsim-vfm-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the report's value for money", () => {
  it("keeps summary.json's departures avoided by halves of the horizon, and their words", async () => {
    const out = join(work, 'out');
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'compare', '--policies', 'status-quo,opt-out-support', '--reps', '30', '--days', '365', '--seed', '3', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as RunDocument;
    const written = summary.differences![0].valueForMoney!;
    expect(written.byHalf).toBeDefined();
    const [arm] = reportValueForMoney(await loadResults(out));
    expect(arm.value.byHalf).toEqual(written.byHalf);
    // The words the report gives are the CLI's.
    const words = valueForMoneySentences(arm.value, arm.policy, arm.vs);
    expect(words).toEqual(valueForMoneySentences(written, arm.policy, arm.vs));
    expect(words.join(' ')).toContain('Its departures avoided build up');
  });
});
