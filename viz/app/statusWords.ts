import type { SeatSnapshot } from '../../models/snapshot';

/**
 * What a worker hired today is doing, in the day numbering of the status line and the journal. A
 * vacancy is filled in the evening (models/schedule/turnover.ts): the hire is in the seat from the
 * status line's day N, the day their journal entry gives ("Day N: joined the team", entryDay), and
 * works their first day, numbered N in the model, which the status line shows as day N + 1.
 */
export const JOINED_TODAY = 'joined the team today (first day tomorrow)';

/**
 * Whether the seat's worker joined the team on the day shown: in post for 0 days. Hired in the
 * evening, they have not yet lived a day, and the model gives them a day off until the roster of
 * their first day. The team drawn for day 0 has at least one day of tenure (models/world.ts), and a
 * worker's tenure grows every day they stay, on leave or off sick too. On day 0 after a warm-up, the
 * seats a package adds are day 0's hires (their journal entry says "Day 0: joined the team"), so
 * they match too, though the model marks them working; so does a worker hired on the warm-up's last
 * evening, whose entry went with the warm-up's journal.
 */
export const joinedToday = (seat: Pick<SeatSnapshot, 'status' | 'tenureDays'>) => seat.status !== 'vacant' && seat.tenureDays === 0;

/**
 * A seat's status for people, on a worker's card ("Today") and in a tile's accessible name: "day
 * off", "on leave", "working", "sick", "vacant", or JOINED_TODAY for a worker hired that day, whom
 * the model puts on a day off they have not had.
 */
export function statusWords(seat: Pick<SeatSnapshot, 'status' | 'tenureDays'>): string {
  return joinedToday(seat) ? JOINED_TODAY : seat.status.replace('-', ' ');
}

/** Whether the card and the tile's name add "new hire" to the status: in the new-hire period (coefficients.newHireDays), but not the day they joined, which says so already. */
export const newHireNoted = (seat: Pick<SeatSnapshot, 'status' | 'tenureDays' | 'newHire'>) => seat.newHire && !joinedToday(seat);
