import { describe, expect, it } from 'vitest';
import { JOURNAL_KINDS, PROCESSED, type JournalEntry } from '../../models/journal';
import { REASON_WHY, REASON_WORDS, sharesInWords, storyOf, STORY_WORDS } from '../../viz/app/story';
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
