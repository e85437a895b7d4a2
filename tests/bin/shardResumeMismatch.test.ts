import { describe, expect, it } from 'vitest';
import { shardResumeMismatch } from '../../bin/shardResumeMismatch';

describe('shardResumeMismatch', () => {
  it('names the --shard that resumes a shard folder, given another shard or none', () => {
    expect(shardResumeMismatch('t0', { index: 0, count: 3 }, { index: 1, count: 3 })).toBe('t0 holds shard 0/3; resume it with --shard 0/3');
    expect(shardResumeMismatch('t0', { index: 0, count: 3 }, { index: 0, count: 4 })).toBe('t0 holds shard 0/3; resume it with --shard 0/3');
    expect(shardResumeMismatch('t0', { index: 2, count: 3 }, undefined)).toBe('t0 holds shard 2/3; resume it with --shard 2/3');
  });

  it('says to drop --shard where the folder holds a sweep run without one', () => {
    expect(shardResumeMismatch('out', null, { index: 1, count: 3 })).toBe('out holds a sweep run without --shard; resume it without --shard (drop --shard 1/3)');
    expect(shardResumeMismatch('out', undefined, { index: 0, count: 2 })).toBe('out holds a sweep run without --shard; resume it without --shard (drop --shard 0/2)');
  });

  it('finds nothing where the folder and the command line agree', () => {
    expect(shardResumeMismatch('t0', { index: 0, count: 3 }, { index: 0, count: 3 })).toBeUndefined();
    expect(shardResumeMismatch('out', null, undefined)).toBeUndefined();
    expect(shardResumeMismatch('out', undefined, undefined)).toBeUndefined();
  });
});
