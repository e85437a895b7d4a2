import { describe, expect, it } from 'vitest';
import { closest } from '../../../sim/params/issues';

// The "did you mean" suggestion: golden cases, old and new.

const SWEEP_FLAGS = ['--out', '--threads', '--resume', '--shard', '--emit', '--shards', '--help', '--version'];

describe('closest', () => {
  it('counts two neighbouring letters swapped as one slip: --shrads is --shards, not --threads', () => {
    expect(closest('--shrads', SWEEP_FLAGS)).toBe('--shards');
    expect(closest('--shrads', [...SWEEP_FLAGS].reverse())).toBe('--shards');
    expect(closest('--trheads', SWEEP_FLAGS)).toBe('--threads');
    expect(closest('gird', ['grid', 'random', 'lhs', 'sobol', 'morris'])).toBe('grid');
  });

  it('breaks a tie of equally near candidates by the longer shared start, whatever their order', () => {
    // "rum" is one letter from "run" and from "sum": what was typed first is more often right.
    expect(closest('rum', ['sum', 'run'])).toBe('run');
    expect(closest('rum', ['run', 'sum'])).toBe('run');
  });

  it('keeps the suggestions it gave before', () => {
    expect(closest('grd', ['grid', 'random', 'lhs', 'sobol', 'morris'])).toBe('grid');
    expect(closest('Sobol', ['grid', 'random', 'lhs', 'sobol', 'morris'])).toBe('sobol');
    expect(closest('optout', ['status-quo', 'opt-out-support', 'peer-support'])).toBe('opt-out-support');
    expect(closest('counselor', ['sud-counselor', 'recovery-coach', 'nurse'])).toBe('sud-counselor');
    expect(closest('policy', ['policies', 'population'])).toBe('policies');
    expect(closest('xyzzy', ['grid', 'random', 'lhs', 'sobol', 'morris'])).toBeUndefined();
  });
});
