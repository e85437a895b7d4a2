import { describe, expect, it } from 'vitest';
import { REASON_WHY, REASON_WORDS, sharesInWords } from '../../viz/app/story';
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
