import type { Shard } from './sweep';

const shardText = (shard: Shard) => `${shard.index}/${shard.count}`;

/**
 * Why the sweep folder `out`, which holds shard `held` of its plan (or, with none, the whole
 * sweep), cannot be resumed with --shard `given` (or with none), naming what to write: "resume it
 * with --shard 0/3", or "resume it without --shard". Undefined where the two agree. "Resume it
 * with the same --shard" left the reader to find out which shard the folder held.
 */
export function shardResumeMismatch(out: string, held: Shard | null | undefined, given: Shard | undefined): string | undefined {
  if (!held) return given ? `${out} holds a sweep run without --shard; resume it without --shard (drop --shard ${shardText(given)})` : undefined;
  if (given && given.index === held.index && given.count === held.count) return undefined;
  return `${out} holds shard ${shardText(held)}; resume it with --shard ${shardText(held)}`;
}
