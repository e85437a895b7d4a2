import { describe, expect, it } from 'vitest';
import { ROLE_PROFILES, ROLES } from '../../models/roles';
import { SHORT_ROLE } from '../../viz/app/roleNames';

// The role names on the team view's tiles and in Recent departures (viz/app/roleNames.ts).

/** Whether `short` abbreviates `word`: its letters in order, from the word's first. */
const abbreviates = (short: string, word: string) => {
  if (short[0] !== word[0]) return false;
  let i = 0;
  for (const ch of word) if (ch === short[i]) i++;
  return i === short.length;
};

/** Words a class reads as a time or as one of a worker's measures, not as a role. */
const MISREAD = new Set(['wk', 'wks', 'wkly', 'd', 'dy', 'mo', 'yr', 'hr', 'min', 'sup', 'supp', 'sts', 'bo', 'cs', 'cf']);

describe('the tiles\' short role names', () => {
  it('each word abbreviates a word of the role\'s full name (the tooltip and the card give it)', () => {
    for (const role of ROLES) {
      const words = ROLE_PROFILES[role].label.toLowerCase().split(/[\s/()]+/).filter(Boolean);
      for (const w of SHORT_ROLE[role].toLowerCase().replace(/\./g, '').split(/[\s/]+/)) expect(words.some((full) => abbreviates(w, full)), `${role}: "${w}" of "${SHORT_ROLE[role]}"`).toBe(true);
    }
  });

  it('none reads as a time or a measure (found by an educator: the social worker\'s "Social wk" read as "week", or as social support)', () => {
    for (const role of ROLES) {
      for (const w of SHORT_ROLE[role].toLowerCase().replace(/\./g, '').split(/[\s/]+/)) expect(MISREAD.has(w), `${role}: "${SHORT_ROLE[role]}"`).toBe(false);
    }
    expect(SHORT_ROLE['social-worker']).toBe('Social wkr');
  });
});
