import { describe, expect, it } from 'vitest';
import { recordedTimeWords } from '../../bin/recordedTimeWords';

describe('recordedTimeWords', () => {
  it('says an ISO time (date, time and zone) in UTC words, whatever its zone', () => {
    expect(recordedTimeWords('2026-12-01T10:40:12.345Z')).toBe('2026-12-01 10:40:12 UTC');
    expect(recordedTimeWords('2026-12-01T10:40Z')).toBe('2026-12-01 10:40:00 UTC');
    expect(recordedTimeWords('2026-12-01T12:40:12+02:00')).toBe('2026-12-01 10:40:12 UTC');
  });

  it('gives text that is no ISO time as written, though Date.parse reads some of it as a date', () => {
    for (const text of ['5', 'hello 5', '1 2', 'Dec 1 2026', '2026-12-01', '2026-12-01T10:40:12', '2026-13-01T00:00:00Z', 'at dawn', '']) expect(recordedTimeWords(text)).toBe(text);
  });
});
