import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch, jsonIn } from './cliScratch';

// The --vs point and --bootstrap resamples chosen by analysing each shard's own folder, carried into their merge.

const GRID = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';
const MORRIS = 'parameters:\n  community.stigma: { min: 0, max: 1 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 5\nlevels: 4\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';

describe("a merge of shards whose analyses chose a --vs point or --bootstrap resamples", () => {
  const { work, ok, planFile } = cliScratch('shard-choices');
  const status = (dir: string) => jsonIn(dir, 'sweep.json') as { vs?: unknown; bootstrap?: unknown };
  const analysisOf = (dir: string) => jsonIn(dir, 'analysis.json');
  /** Drops OUT's last run from its runs.csv, so that the next merge adds it (and removes the analysis). */
  const dropLastRun = (dir: string) => {
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, -1).join('\n')}\n`);
  };
  /** Two shards of `text`, each of one replication of every point. */
  const shardsOf = (name: string, text: string) => {
    const plan = planFile(name, text);
    const shards = [0, 1].map((i) => join(work, `${name}-shard-${i}`));
    shards.forEach((shard, i) => ok('sweep', plan, '--out', shard, '--shard', `${i}/2`, '--threads', '1'));
    return shards;
  };

  it('keeps the point every shard that chose one agrees on, and none where they differ, saying which chose what', () => {
    const [s0, s1] = shardsOf('grid', GRID);
    ok('analyze', s0, '--vs', '1');
    // An analysis without --vs is no choice: the shards that chose one agree.
    ok('analyze', s1);
    const agreed = join(work, 'agreed');
    const merged = ok('merge', agreed, s0, s1);
    expect(merged.stderr).toContain(`cfsim: ${join(agreed, 'sweep.json')} keeps point 1 (community.stigma=0.5) to measure paired differences from, as the shards' analyses chose it (cfsim analyze SHARD_DIR --vs 1 in ${s0}); cfsim analyze ${agreed} --vs 0 measures them from point 0`);
    expect(status(agreed).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
    expect(ok('analyze', agreed).stdout).toContain('Paired differences from point 1 (community.stigma 0.5)');
    ok('analyze', s1, '--vs', '2');
    const differ = join(work, 'differ');
    const r = ok('merge', differ, s0, s1);
    expect(r.stderr).toContain(`cfsim: the shards' analyses chose different points to measure paired differences from (point 1 (community.stigma=0.5) in ${s0}; point 2 (community.stigma=0.9) in ${s1}), so ${differ} keeps none and measures them from point 0; choose one with cfsim analyze ${differ} --vs POINT`);
    expect(status(differ).vs).toBeUndefined();
    expect(ok('analyze', differ).stdout).toContain('Paired differences from point 0 (community.stigma 0.1)');
    // Merging again into a folder analysed already: its own analysis's point stays, whatever the shards chose.
    const again = ok('merge', agreed, s0, s1);
    expect(again.stderr).not.toContain('paired differences');
    expect(ok('analyze', agreed).stdout).toContain('Paired differences from point 1 (community.stigma 0.5)');
  });

  it('compares the shards\' points by their values, not their numbers, naming both where they differ', () => {
    const [s0, s1] = shardsOf('by-values', GRID);
    ok('analyze', s0, '--vs', '1');
    // s1 keeps a point from a plan swept into it before, whose point 1 was community.stigma 0.3: the same number, another point.
    const keep = (vs: unknown) => writeFileSync(join(s1, 'sweep.json'), JSON.stringify({ ...jsonIn(s1, 'sweep.json'), vs }));
    keep({ point: 1, values: { 'community.stigma': 0.3 } });
    const differ = join(work, 'by-values-differ');
    const r = ok('merge', differ, s0, s1);
    expect(r.stderr).toContain(`the shards' analyses chose different points to measure paired differences from (point 1 (community.stigma=0.5) in ${s0}; point 1 (community.stigma=0.3) in ${s1}), so ${differ} keeps none`);
    expect(status(differ).vs).toBeUndefined();
    // Its point 2 then, community.stigma 0.5, is s0's point 1: they agree.
    keep({ point: 2, values: { 'community.stigma': 0.5 } });
    const same = join(work, 'by-values-same');
    const agreed = ok('merge', same, s0, s1);
    expect(agreed.stderr).toContain(`keeps point 1 (community.stigma=0.5) to measure paired differences from, as the shards' analyses chose it (cfsim analyze SHARD_DIR --vs community.stigma=0.5 in ${s0}, ${s1})`);
    expect(status(same).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
    // With s1 first, the point is still kept under its number in the merged plan, not s1's old point 2 (community.stigma 0.9 now).
    const reversed = join(work, 'by-values-reversed');
    const first = ok('merge', reversed, s1, s0);
    expect(first.stderr).toContain(`keeps point 1 (community.stigma=0.5) to measure paired differences from, as the shards' analyses chose it (cfsim analyze SHARD_DIR --vs community.stigma=0.5 in ${s1}, ${s0})`);
    expect(status(reversed).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
  });

  it('counts a shard\'s explicit --vs 0 as a choice, which disagrees with another shard\'s point (one written by 0.30.0, without the mark, as none)', () => {
    const [s0, s1] = shardsOf('grid-zero', GRID);
    ok('analyze', s0, '--vs', '1');
    ok('analyze', s1, '--vs', '0');
    expect((JSON.parse(readFileSync(join(s1, 'analysis.json'), 'utf8')) as { differences: unknown }).differences).toMatchObject({ vs: 0, chosen: true });
    const differ = join(work, 'grid-zero');
    const r = ok('merge', differ, s0, s1);
    expect(r.stderr).toContain(`cfsim: the shards' analyses chose different points to measure paired differences from (point 1 (community.stigma=0.5) in ${s0}; point 0 (community.stigma=0.1) in ${s1}), so ${differ} keeps none and measures them from point 0; choose one with cfsim analyze ${differ} --vs POINT`);
    expect(status(differ).vs).toBeUndefined();
    // Every shard chose point 0: the merged folder keeps it as a choice.
    ok('analyze', s0, '--vs', '0');
    const zero = join(work, 'grid-zero-agreed');
    expect(ok('merge', zero, s0, s1).stderr).toContain(`cfsim: ${join(zero, 'sweep.json')} keeps point 0 (community.stigma=0.1) to measure paired differences from, as the shards' analyses chose it (cfsim analyze SHARD_DIR --vs 0 in ${s0}, ${s1})\n`);
    expect(status(zero).vs).toEqual({ point: 0, values: { 'community.stigma': 0.1 } });
    // An analysis.json written by 0.30.0 records point 0 without the mark: no choice, as then.
    ok('analyze', s0, '--vs', '1');
    const file = join(s1, 'analysis.json');
    const old = JSON.parse(readFileSync(file, 'utf8')) as { differences: { chosen?: boolean } };
    delete old.differences.chosen;
    writeFileSync(file, JSON.stringify(old));
    const legacy = join(work, 'grid-zero-legacy');
    ok('merge', legacy, s0, s1);
    expect(status(legacy).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
  });

  it('remembers an explicit --vs 0 on the merged folder past merging again, however often', () => {
    const [s0, s1] = shardsOf('grid-again', GRID);
    ok('analyze', s0, '--vs', '2');
    ok('analyze', s1, '--vs', '2');
    const out = join(work, 'grid-again');
    ok('merge', out, s0, s1);
    expect(status(out).vs).toEqual({ point: 2, values: { 'community.stigma': 0.9 } });
    ok('analyze', out, '--vs', '0');
    ok('merge', out, s0, s1);
    // No new run: analysis.json stays and records point 0, chosen; sweep.json keeps no second copy of it.
    expect(status(out).vs).toBeUndefined();
    expect(analysisOf(out).differences).toMatchObject({ vs: 0, chosen: true });
    // A merge that adds a run (here one dropped from OUT's runs.csv first) removes analysis.json, and sweep.json keeps its point 0.
    dropLastRun(out);
    ok('merge', out, s0, s1);
    expect(existsSync(join(out, 'analysis.json'))).toBe(false);
    expect(status(out).vs).toEqual({ point: 0, values: { 'community.stigma': 0.1 } });
    // Merging again without analysis.json: the researcher's point 0 stays, and the shards' point 2 is named, not taken.
    const third = ok('merge', out, s0, s1);
    expect(third.stderr).toContain(`cfsim: ${join(out, 'sweep.json')} keeps point 0 (community.stigma=0.1), chosen by an earlier analysis, to measure paired differences from, though the shards' analyses chose otherwise (point 2 (community.stigma=0.9) in ${s0}, ${s1}); choose with cfsim analyze ${out} --vs POINT`);
    expect(status(out).vs).toEqual({ point: 0, values: { 'community.stigma': 0.1 } });
    const analyzed = ok('analyze', out);
    expect(analyzed.stdout).toContain('Paired differences from point 0 (community.stigma 0.1)');
    expect(analyzed.stderr).not.toContain('paired differences from');
    // That analysis records the kept point 0 as a choice again, so it survives the next merge too.
    expect((JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8')) as { differences: unknown }).differences).toMatchObject({ vs: 0, chosen: true });
    ok('merge', out, s0, s1);
    ok('merge', out, s0, s1);
    expect(status(out).vs).toBeUndefined();
    expect(analysisOf(out).differences).toMatchObject({ vs: 0, chosen: true });
    expect(ok('analyze', out).stdout).toContain('Paired differences from point 0 (community.stigma 0.1)');
  });

  it('counts an explicit --bootstrap 1000 as a choice, for the shards and on merging again', () => {
    const [s0, s1] = shardsOf('morris-default', MORRIS);
    ok('analyze', s0, '--bootstrap', '200');
    ok('analyze', s1, '--bootstrap', '1000');
    expect(JSON.parse(readFileSync(join(s1, 'analysis.json'), 'utf8'))).toMatchObject({ bootstrap: 1000, bootstrapChosen: true });
    const differ = join(work, 'morris-default');
    expect(ok('merge', differ, s0, s1).stderr).toContain(`cfsim: the shards' analyses chose different bootstrap resamples (200 in ${s0}; 1000 in ${s1}), so ${differ} keeps none`);
    expect(status(differ).bootstrap).toBeUndefined();
    ok('analyze', s1, '--bootstrap', '200');
    const out = join(work, 'morris-default-again');
    ok('merge', out, s0, s1);
    expect(status(out).bootstrap).toBe(200);
    ok('analyze', out, '--bootstrap', '1000');
    // Merging again with no new run: analysis.json, which stays, records the choice; sweep.json keeps no second copy.
    ok('merge', out, s0, s1);
    expect(status(out).bootstrap).toBeUndefined();
    ok('merge', out, s0, s1);
    expect(status(out).bootstrap).toBeUndefined();
    expect(analysisOf(out)).toMatchObject({ bootstrap: 1000, bootstrapChosen: true });
    expect(JSON.parse(ok('analyze', out, '--json').stdout)).toMatchObject({ bootstrap: 1000, bootstrapChosen: true });
  });

  it('keeps the resamples the shards agree on, and none where they differ', () => {
    const [s0, s1] = shardsOf('morris', MORRIS);
    ok('analyze', s0, '--bootstrap', '200');
    ok('analyze', s1, '--bootstrap', '300');
    const differ = join(work, 'morris-differ');
    const r = ok('merge', differ, s0, s1);
    expect(r.stderr).toContain(`cfsim: the shards' analyses chose different bootstrap resamples (200 in ${s0}; 300 in ${s1}), so ${differ} keeps none and uses the default 1000; choose with cfsim analyze ${differ} --bootstrap N`);
    expect(status(differ).bootstrap).toBeUndefined();
    expect(JSON.parse(ok('analyze', differ, '--json').stdout).bootstrap).toBe(1000);
    ok('analyze', s1, '--bootstrap', '200');
    const agreed = join(work, 'morris-agreed');
    const merged = ok('merge', agreed, s0, s1);
    expect(merged.stderr).toContain(`cfsim: ${join(agreed, 'sweep.json')} keeps 200 bootstrap resamples for the intervals, as the shards' analyses chose them (cfsim analyze SHARD_DIR --bootstrap 200 in ${s0}, ${s1}); cfsim analyze ${agreed} --bootstrap 1000 goes back to the default`);
    expect(status(agreed).bootstrap).toBe(200);
    expect(JSON.parse(ok('analyze', agreed, '--json').stdout).bootstrap).toBe(200);
  });

  it('keeps what OUT/sweep.json keeps already on merging again, naming the shards that chose otherwise', () => {
    const [s0, s1] = shardsOf('grid-kept', GRID);
    ok('analyze', s0, '--vs', '1');
    const out = join(work, 'grid-kept');
    ok('merge', out, s0, '--allow-partial');
    expect(status(out).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
    ok('analyze', s1, '--vs', '2');
    const again = ok('merge', out, s0, s1);
    expect(again.stderr).toContain(`cfsim: ${join(out, 'sweep.json')} keeps point 1 (community.stigma=0.5), chosen by an earlier analysis, to measure paired differences from, though the shards' analyses chose otherwise (point 2 (community.stigma=0.9) in ${s1}); choose with cfsim analyze ${out} --vs POINT`);
    expect(status(out).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
  });

  it('says --bootstrap 0 carried from the shards gives no intervals, not intervals from 0 resamples, and that an earlier analysis chose it', () => {
    const [s0, s1] = shardsOf('morris-none', MORRIS);
    ok('analyze', s0, '--bootstrap', '0');
    ok('analyze', s1, '--bootstrap', '0');
    const none = join(work, 'morris-none');
    const merged = ok('merge', none, s0, s1);
    expect(merged.stderr).toContain(`cfsim: ${join(none, 'sweep.json')} keeps no bootstrap intervals (0 resamples), as the shards' analyses chose (cfsim analyze SHARD_DIR --bootstrap 0 in ${s0}, ${s1}); cfsim analyze ${none} --bootstrap 1000 goes back to the default`);
    expect(status(none).bootstrap).toBe(0);
    const analyzed = ok('analyze', none, '--json');
    expect(JSON.parse(analyzed.stdout).bootstrap).toBe(0);
    // No analysis of the merged folder was removed: sweep.json keeps the shards' earlier one.
    expect(analyzed.stderr).toContain(`cfsim: no bootstrap intervals (0 resamples), which ${join(none, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --bootstrap 0)`);
    expect(analyzed.stderr).not.toContain('intervals from 0');
  });
});
