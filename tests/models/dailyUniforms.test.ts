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

  it("draws a package's added seats from their own streams, so the funded seats draw the same with or without them", () => {
    const funded = 4;
    const withAdded = new DailyUniforms(funded + 3);
    const without = new DailyUniforms(funded);
    const [a, b] = [createStreams(key), createStreams(key)];
    const addedRoster = createStream(key, 'added-roster');
    const addedEvents = createStream(key, 'added-events');
    for (let day = 0; day < 3; day++) {
      drawDailyUniforms(a, withAdded, funded, funded + 3);
      drawDailyUniforms(b, without, funded, funded);
      for (const name of ['roster', 'absence', 'support', 'life', 'separation'] as const) {
        expect(Array.from(withAdded[name].subarray(0, funded)), `${name}, day ${day}`).toEqual(Array.from(without[name]));
      }
      expect(Array.from(withAdded.events.subarray(0, funded * EVENT_DRAWS))).toEqual(Array.from(without.events));
      expect(Array.from(withAdded.roster.subarray(funded))).toEqual(Array.from({ length: 3 }, () => addedRoster()));
      expect(Array.from(withAdded.events.subarray(funded * EVENT_DRAWS))).toEqual(Array.from({ length: 3 * EVENT_DRAWS }, () => addedEvents()));
    }
  });

  it('draws nothing for seats beyond `seats` (a package\'s added seats during a warm-up)', () => {
    const streams = createStreams(key);
    const out = new DailyUniforms(6);
    drawDailyUniforms(streams, out, 4, 4);
    expect(Array.from(out.roster.subarray(4))).toEqual([0, 0]);
    expect(streams.added.roster.state()).toEqual(createStreams(key).added.roster.state());
  });

  it('draws from the daily streams only: the initialization and hiring streams are never shifted', () => {
    const streams = createStreams(key);
    drawDailyUniforms(streams, new DailyUniforms(4));
    expect(streams.hiring()).toBe(createStreams(key).hiring());
    expect(streams.init()).toBe(createStreams(key).init());
  });
});
