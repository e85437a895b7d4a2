import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../models/simulation';
import { resolveScenario } from '../../scenarios/resolve';
import { JOURNAL_KINDS, PROCESSED, type JournalEntry } from '../../models/journal';
import { REASON_WHY, REASON_WORDS, sharesInWords, storyOf, STORY_WORDS, whyTheyLeft } from '../../viz/app/story';
import { SEPARATION_REASONS } from '../../models/separationAttribution';

describe('a departed worker\'s reasons in words', () => {
  it('gives the shares largest first, in whole percent, leaving out those under 5%', () => {
    const shares = { baseline: 0.3, burnout: 0.04, 'compassion-fatigue': 0.41, 'low-satisfaction': 0.2, 'low-pay': 0.05, 'new-hire': 0 };
    expect(sharesInWords(shares)).toBe('compassion fatigue 41%, reasons any worker has 30%, satisfaction short of full 20%, pay short of adequate 5%');
  });

  it('has words for every reason', () => {
    for (const reason of SEPARATION_REASONS) {
      expect(REASON_WORDS[reason], reason).toBeTruthy();
      expect(REASON_WHY[reason], reason).toBeTruthy();
    }
  });
});

describe('why a leaver left, on their card', () => {
  // An educator's case: compassion fatigue the largest of several small pushes, every score in the average band.
  const shares = { baseline: 0.14, burnout: 0.26, 'compassion-fatigue': 0.31, 'low-satisfaction': 0.2, 'low-pay': 0.09, 'new-hire': 0 };
  const average = { proqolSTS: 35, proqolBO: 30, proqolCS: 36 };

  it('names the reason as what did most to make them leave only where a score shows that strain in its worse band', () => {
    expect(whyTheyLeft({ reason: 'compassion-fatigue', shares, ...average })).toBe('No single strain stood out; the largest push was compassion fatigue (31%)');
    expect(whyTheyLeft({ reason: 'compassion-fatigue', shares, ...average, proqolSTS: 42 })).toBe(REASON_WHY['compassion-fatigue']);
    expect(whyTheyLeft({ reason: 'compassion-fatigue', shares, ...average, proqolBO: 44 })).toBe(REASON_WHY['compassion-fatigue']);
    const burnout = { ...shares, burnout: 0.31, 'compassion-fatigue': 0.26 };
    expect(whyTheyLeft({ reason: 'burnout', shares: burnout, ...average, proqolBO: 42 })).toBe(REASON_WHY.burnout);
    expect(whyTheyLeft({ reason: 'burnout', shares: burnout, ...average })).toBe('No single strain stood out; the largest push was burnout (31%)');
    // Another strain in its worse band did stand out: the card does not say none did.
    expect(whyTheyLeft({ reason: 'burnout', shares: burnout, ...average, proqolSTS: 45 })).toBe('The largest of several pushes was burnout (31%)');
    const satisfaction = { ...shares, 'low-satisfaction': 0.33, 'compassion-fatigue': 0.18 };
    expect(whyTheyLeft({ reason: 'low-satisfaction', shares: satisfaction, ...average, proqolCS: 22 })).toBe(REASON_WHY['low-satisfaction']);
    expect(whyTheyLeft({ reason: 'low-satisfaction', shares: satisfaction, ...average })).toBe('No single strain stood out; the largest push was satisfaction short of full (33%)');
  });

  it('keeps the words of reasons no score shows (pay, the first months, reasons any worker has)', () => {
    for (const reason of ['low-pay', 'new-hire', 'baseline'] as const) expect(whyTheyLeft({ reason, shares, ...average }), reason).toBe(REASON_WHY[reason]);
  });
});

describe('a worker\'s events in their population\'s words', () => {
  // The journal numbers days from 0: the 212th day, numbered 211, is "Day 212" in the app, as the status line counts days.
  const entry = (kind: JournalEntry['kind'], flags = 0): JournalEntry => ({ day: 211, seat: 0, worker: 1, kind, flags });

  it('outreach workers meet clients; first responders attend calls and scenes', () => {
    const outreach = STORY_WORDS['ma-outreach'];
    const responders = STORY_WORDS['canada-first-responders'];
    expect(storyOf(entry('client-death', PROCESSED.longTermClient | PROCESSED.carTalk), outreach)).toBe('Day 212: a long-term client died; debriefed with a colleague in the car.');
    expect(storyOf(entry('client-death', PROCESSED.longTermClient | PROCESSED.carTalk), responders)).toBe('Day 212: a regular they had attended many times died; debriefed with their partner on the way back.');
    expect(storyOf(entry('client-death'), responders)).toBe('Day 212: a person they attended died; carried it home alone.');
    expect(storyOf(entry('crisis-known', PROCESSED.knownPerson), responders)).toBe('Day 212: attended an overdose of someone they know; carried it home alone.');
    expect(storyOf(entry('safety-incident'), responders)).toBe('Day 212: a safety incident at a scene.');
    expect(storyOf(entry('success'), responders)).toBe('Day 212: heard that someone they had attended is doing better.');
    expect(STORY_WORDS['ct-harm-reduction']).toBe(outreach);
  });

  it('no first responder\'s event is told in outreach words', () => {
    const flags = [0, PROCESSED.knownPerson, PROCESSED.longTermClient, PROCESSED.carTalk | PROCESSED.supervision];
    for (const kind of JOURNAL_KINDS) {
      for (const f of flags) expect(storyOf(entry(kind, f), STORY_WORDS['canada-first-responders']), kind).not.toMatch(/client|outreach|treatment, housing/i);
    }
  });
});

describe('paid time off on a worker\'s card', () => {
  const leave = (days?: number): JournalEntry => ({ day: 211, seat: 0, worker: 1, kind: 'leave', flags: 0, ...(days === undefined ? {} : { days }) });

  it('says how long the block keeps the worker away, a week only where it is one (5 workdays on a 5-day week, 4 on a 4-day week, 1 on a 1-day week)', () => {
    expect(storyOf(leave(7))).toBe('Day 212: started paid time off, to be away for a week.');
    expect(storyOf(leave(14))).toBe('Day 212: started paid time off, to be away for 2 weeks.');
    // On a 5-day week: 3 workdays from a Monday; 3 from a Thursday, with the weekend; 1 followed by a workday.
    expect([3, 5, 1].map((d) => storyOf(leave(d)))).toEqual(['Day 212: started paid time off, to be away for 3 days.', 'Day 212: started paid time off, to be away for 5 days.', 'Day 212: started paid time off, to be away for a day.']);
    // Past a week and not whole weeks, in days (8: 6 workdays from a Monday on a 5-day week); whole weeks as weeks (21: 3 workdays on a 1-day week).
    expect([8, 10, 13, 21].map((d) => storyOf(leave(d)))).toEqual(['Day 212: started paid time off, to be away for 8 days.', 'Day 212: started paid time off, to be away for 10 days.', 'Day 212: started paid time off, to be away for 13 days.', 'Day 212: started paid time off, to be away for 3 weeks.']);
    expect(storyOf(leave())).toBe('Day 212: started paid time off.');
  });

  it('gives the block as planned, with its workdays: a workday on a 1-day week is a week away, and a worker may leave, or the run end, before the block does (since 0.41.0: "away for a week" whatever came)', () => {
    expect(storyOf({ ...leave(7), workdays: 1 })).toBe('Day 212: started paid time off (1 workday), to be away for a week.');
    expect(storyOf({ ...leave(7), workdays: 5 })).toBe('Day 212: started paid time off (5 workdays), to be away for a week.');
  });

  it("has the journal's leave entries carry the block's workdays, as the roster books it", () => {
    for (const [week, days, away] of [
      [5, 7, 'a week'],
      [1, 35, '5 weeks'],
    ] as const) {
      const scenario = resolveScenario({ overrides: [['policy.staffing.workdaysPerWeek', week], ['policy.compensation.ptoDaysPerYear', 60], ['population.seats', 20]] });
      const sim = createSimulation(scenario, { seed: 3 }, { journal: true });
      sim.step(200);
      const leaves = sim.run.world.journal!.since(0).filter((e) => e.kind === 'leave');
      expect(leaves.length, `${week}-day week`).toBeGreaterThan(0);
      expect(new Set(leaves.map((e) => `${e.workdays} workdays, ${e.days} days`)), `${week}-day week`).toEqual(new Set([`5 workdays, ${days} days`]));
      expect(storyOf(leaves[0])).toContain(`(5 workdays), to be away for ${away}.`);
    }
  });
});
