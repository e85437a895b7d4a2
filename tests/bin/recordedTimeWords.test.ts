import { describe, expect, it } from 'vitest';
import { recordedTimeWords } from '../../bin/recordedTimeWords';

describe('recordedTimeWords', () => {
  it('says an ISO time (date, time and zone) in UTC words, whatever its zone', () => {
    expect(recordedTimeWords('2026-12-01T10:40:12.345Z')).toBe('2026-12-01 10:40:12 UTC');
    expect(recordedTimeWords('2026-12-01T10:40Z')).toBe('2026-12-01 10:40:00 UTC');
    expect(recordedTimeWords('2026-12-01T12:40:12+02:00')).toBe('2026-12-01 10:40:12 UTC');
    expect(recordedTimeWords('2024-02-29T10:40:12Z')).toBe('2024-02-29 10:40:12 UTC');
  });

  it('gives a date no calendar has as written, which Date.parse rolls over into the next month', () => {
    for (const text of ['2026-02-30T10:40:12Z', '2026-02-29T10:40:12Z', '2026-04-31T10:40:12+02:00', '2026-12-00T10:40:12Z']) expect(recordedTimeWords(text)).toBe(text);
  });

  it('gives text that is no ISO time as written, though Date.parse reads some of it as a date', () => {
    for (const text of ['5', 'hello 5', '1 2', 'Dec 1 2026', '2026-12-01', '2026-12-01T10:40:12', '2026-13-01T00:00:00Z', 'at dawn', '']) expect(recordedTimeWords(text)).toBe(text);
  });
});
