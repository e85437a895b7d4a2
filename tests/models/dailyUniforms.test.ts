import { describe, expect, it } from 'vitest';
import { DailyUniforms, drawDailyUniforms } from '../../models/dailyUniforms';
import { EVENT_DRAWS } from '../../models/events';
import { createStreams, DAILY_STREAM_NAMES } from '../../models/world';
import { createStream } from '../../sim/random/stream';

const key = { seed: 11, point: 0, replication: 2 };

describe('drawDailyUniforms', () => {
  it("hands every seat the draws it would take from each stream's seedrandom generator in seat order, day after day", () => {
    const seats = 5;
    const drawn = new DailyUniforms(seats);
    const streams = createStreams(key);
    const reference = Object.fromEntries(DAILY_STREAM_NAMES.map((name) => [name, createStream(key, name)]));
    for (let day = 0; day < 3; day++) {
      drawDailyUniforms(streams, drawn);
      for (const name of ['roster', 'absence', 'support', 'life', 'separation'] as const) {
        expect(Array.from(drawn[name]), `${name}, day ${day}`).toEqual(Array.from({ length: seats }, () => reference[name]()));
      }
      expect(Array.from(drawn.events)).toEqual(Array.from({ length: seats * EVENT_DRAWS }, () => reference.events()));
    }
  });

  it('draws from the daily streams only: the initialization and hiring streams are never shifted', () => {
    const streams = createStreams(key);
    drawDailyUniforms(streams, new DailyUniforms(4));
    expect(streams.hiring()).toBe(createStreams(key).hiring());
    expect(streams.init()).toBe(createStreams(key).init());
  });
});
