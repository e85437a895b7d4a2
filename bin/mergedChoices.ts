import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BOOTSTRAP } from './analyze';
import { baselineToKeep, recordedBaseline, samePoint, valuesText, type KeptBaseline } from './recordedBaseline';
import { bootstrapToKeep, recordedBootstrap } from './recordedBootstrap';

// What a merge keeps in OUT/sweep.json of the choices analyses made: the --vs point and the
// --bootstrap resamples. OUT's own come first (merging again), those its sweep.json keeps too, with
// a note naming the shards that chose otherwise. Where OUT has no analysis and keeps none, the
// shards' are taken: a researcher who analysed each shard with --vs 2 expects the merged
// study measured from point 2 too. Shards that chose differently leave the choice to the researcher.
// An explicit default (--vs 0, --bootstrap 1000) is a choice like any other: it agrees or disagrees
// with the other shards', and OUT keeps it (a shard analysed without the flag made none).

/** Each shard that recorded a choice, with it. */
type Chosen<T> = readonly { readonly shard: string; readonly choice: T }[];

/** The choice every shard that made one agrees on, or undefined (none made, or they differ). */
function agreed<T>(chosen: Chosen<T>, same: (a: T, b: T) => boolean): T | undefined {
  if (chosen.length === 0) return undefined;
  const first = chosen[0].choice;
  return chosen.every((c) => same(c.choice, first)) ? first : undefined;
}

/** The shards named per choice: "point 1 (…) in s0; point 2 (…) in s1, s2". */
function byChoice<T>(chosen: Chosen<T>, text: (choice: T) => string): string {
  const groups = new Map<string, string[]>();
  for (const c of chosen) groups.set(text(c.choice), [...(groups.get(text(c.choice)) ?? []), c.shard]);
  return [...groups].map(([choice, shards]) => `${choice} in ${shards.join(', ')}`).join('; ');
}

/**
 * The choices OUT/sweep.json keeps after merging `shards` into `out` (a plan of `design`), and
 * the notes that say where the shards' came from or why none was kept. `pointOf`: the number of
 * the merged plan's point with the given values (−1 for none), which a --vs point the shards agree
 * on is kept under: a shard may record the number its point had in a plan swept into it before.
 */
export function mergedChoices(out: string, shards: readonly string[], design: string, pointOf?: (values: Readonly<Record<string, unknown>>) => number): { kept: { vs?: KeptBaseline; bootstrap?: number }; notes: string[] } {
  const own = { ...baselineToKeep(out), ...bootstrapToKeep(out, design) };
  // A merged folder analysed already (merging again) keeps what its own analysis chose (point 0 and 1000 included, where chosen), and nothing where it chose nothing.
  if (existsSync(join(out, 'analysis.json'))) return { kept: own, notes: [] };
  const kept: { vs?: KeptBaseline; bootstrap?: number } = { ...own };
  const notes: string[] = [];
  const file = join(out, 'sweep.json');
  const vsChosen: Chosen<KeptBaseline> = shards.flatMap((shard) => {
    const recorded = recordedBaseline(shard);
    return recorded ? [{ shard, choice: { point: recorded.point, values: recorded.values } }] : [];
  });
  const point = (vs: KeptBaseline) => `point ${vs.point} (${valuesText(vs.values)})`;
  if (kept.vs === undefined) {
    // By what the point is, its values: a shard's kept point may carry the number it had in a plan swept into it before.
    const chosen = agreed(vsChosen, samePoint);
    if (chosen !== undefined) {
      // Under its number in the merged plan, which the shards' records may not all give.
      const number = pointOf?.(chosen.values) ?? -1;
      const vs = number >= 0 ? { point: number, values: chosen.values } : chosen;
      kept.vs = vs;
      notes.push(`${file} keeps ${point(vs)} to measure paired differences from, as the shards' analyses chose it (cfsim analyze SHARD_DIR --vs ${vsChosen.every((c) => c.choice.point === chosen.point) ? chosen.point : valuesText(vs.values)} in ${vsChosen.map((c) => c.shard).join(', ')})${vs.point === 0 ? '' : `; cfsim analyze ${out} --vs 0 measures them from point 0`}`);
    } else if (vsChosen.length > 0) {
      notes.push(`the shards' analyses chose different points to measure paired differences from (${byChoice(vsChosen, point)}), so ${out} keeps none and measures them from point 0; choose one with cfsim analyze ${out} --vs POINT`);
    }
  } else {
    // OUT keeps a point already (an earlier merge, or its own analysis a merge removed): it stays, but shards that chose another are named.
    const own = kept.vs;
    const other = vsChosen.filter((c) => !samePoint(c.choice, own));
    if (other.length > 0) notes.push(`${file} keeps ${point(own)}, chosen by an earlier analysis, to measure paired differences from, though the shards' analyses chose otherwise (${byChoice(other, point)}); choose with cfsim analyze ${out} --vs POINT`);
  }
  if (design === 'sobol' || design === 'morris') {
    const countChosen: Chosen<number> = shards.flatMap((shard) => {
      const recorded = recordedBootstrap(shard);
      return recorded?.chosen ? [{ shard, choice: recorded.count }] : [];
    });
    if (kept.bootstrap === undefined) {
      const count = agreed(countChosen, (a, b) => a === b);
      if (count !== undefined) {
        kept.bootstrap = count;
        notes.push(`${file} keeps ${count === 0 ? "no bootstrap intervals (0 resamples), as the shards' analyses chose" : `${count} bootstrap resamples for the intervals, as the shards' analyses chose them`} (cfsim analyze SHARD_DIR --bootstrap ${count} in ${countChosen.map((c) => c.shard).join(', ')})${count === DEFAULT_BOOTSTRAP ? '' : `; cfsim analyze ${out} --bootstrap ${DEFAULT_BOOTSTRAP} goes back to the default`}`);
      } else if (countChosen.length > 0) {
        notes.push(`the shards' analyses chose different bootstrap resamples (${byChoice(countChosen, String)}), so ${out} keeps none and uses the default ${DEFAULT_BOOTSTRAP}; choose with cfsim analyze ${out} --bootstrap N`);
      }
    } else {
      // Likewise a count OUT keeps already.
      const own = kept.bootstrap;
      const other = countChosen.filter((c) => c.choice !== own);
      if (other.length > 0) notes.push(`${file} keeps ${own === 0 ? 'no bootstrap intervals (0 resamples)' : `${own} bootstrap resamples`}, chosen by an earlier analysis, though the shards' analyses chose otherwise (${byChoice(other, String)}); choose with cfsim analyze ${out} --bootstrap N`);
    }
  }
  return { kept, notes };
}
