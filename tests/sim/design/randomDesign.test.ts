import { describe, expect, it } from 'vitest';
import { randomDesign } from '../../../sim/design/randomDesign';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 3, point: 0, replication: 0 };

describe('randomDesign', () => {
  it('draws n points in [0, 1)^k with a roughly uniform mean', () => {
    const design = randomDesign(2000, 4, createStream(key, 'random-design'));
    expect(design.count).toBe(2000);
    expect(design.dimension).toBe(4);
    expect(design.points.length).toBe(8000);
    expect(Math.min(...design.points)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...design.points)).toBeLessThan(1);
    const sum = design.points.reduce((a, b) => a + b, 0);
    expect(sum / design.points.length).toBeCloseTo(0.5, 1);
  });

  it('is deterministic for a given uniform source', () => {
    const a = randomDesign(10, 3, createStream(key, 'same'));
    const b = randomDesign(10, 3, createStream(key, 'same'));
    expect(a.points).toEqual(b.points);
  });
});
