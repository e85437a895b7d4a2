import alea from 'seedrandom/lib/alea.js';
import { bulkStream, type BulkStream } from './bulkStream';

/** A source of uniform numbers in [0, 1): what every sampler takes (as in d3-random). */
export type Uniform = () => number;

/**
 * Where a stream sits in an experiment. Every random draw in CFSim comes from a stream keyed by
 * all four parts, so adding a stream never shifts another, a replication never depends on
 * which thread ran it, and two policy packages run with the same key see the same draws.
 */
export interface StreamKey {
  /** The experiment seed (non-negative integer). */
  readonly seed: number;
  /** The scenario point of a sweep (0 for a single scenario). Policy packages share a point. */
  readonly point: number;
  /** The replication index, from 0. */
  readonly replication: number;
}

/** The exact string a named stream is seeded with: documented, because results depend on it. */
export function streamSeed(key: StreamKey, name: string): string {
  return `cfsim/v1/seed=${key.seed}/point=${key.point}/rep=${key.replication}/${name}`;
}

/** A seeded uniform stream (seedrandom's Alea generator, the fastest of its family). */
export function createStream(key: StreamKey, name: string): Uniform {
  return alea(streamSeed(key, name));
}

/** The same stream as createStream, for drawing many uniforms at once (`BulkStream.fill`). */
export function createBulkStream(key: StreamKey, name: string): BulkStream {
  return bulkStream(streamSeed(key, name));
}
