import { describe, expect, it } from 'vitest';
import { valueForMoney } from '../../../models/valueForMoney';
import { valueForMoneySentences } from '../../../viz/report/valueForMoneyWords';

/** The sentences for futures that avoid `avoided` departures at `netCost` each, each pair repeated `times` times. */
function words(avoided: readonly number[], netCost: readonly number[], times = 10): string[] {
  const d = Array.from({ length: times }, () => avoided).flat();
  const c = Array.from({ length: times }, () => netCost).flat();
  return valueForMoneySentences(valueForMoney(d.map(() => 10), d.map((x) => 10 - x), c.map(() => 0), c)!, 'peer-support', 'status-quo');
}

describe('value for money in words', () => {
  it('says what the package costs, the departures it avoids and their ratio, to three figures', () => {
    const [means] = words([2, 2], [90000, 100000]);
    expect(means).toBe(
      'peer-support costs the whole team $95,000 a year more than status-quo (net of what it changes in replacing leavers, absence and vacant seats), and 2.0 fewer staff leave a year: $47,500 per departure avoided (the mean net cost over the mean departures avoided).',
    );
    expect(words([3, 3], [100000, 100000])[0]).toContain('$33,300 per departure avoided');
  });

  it('says when the package saves money and departures, and when it avoids none', () => {
    expect(words([1, 1], [-500, -1500])[0]).toContain('costs the whole team $1,000 a year less than status-quo (net of what it changes in replacing leavers, absence and vacant seats), and 1.0 fewer member of staff leaves a year: it saves money and departures on average.');
    expect(words([-1, 0], [500, 500])[0]).toContain('and 0.5 more staff leave a year: it avoids no departures on average, so there is no cost per departure avoided.');
  });

  it('counts the futures by outcome, naming only those that occur', () => {
    expect(words([1, 0], [100, 100], 10)[1]).toBe('Of the 20 futures: fewer leavers at a higher cost in 10, no fewer leavers at a higher cost in 10.');
  });

  it('gives the value from which the package is worth its cost in 5%, half and 95% of the futures, "at any value" where it saves money, and where the share levels off', () => {
    // Half the futures save money with a departure avoided; the other half cost $50,000 and avoid none.
    const worth = words([1, 0], [-100, 50000])[2];
    expect(worth).toBe(
      'If avoiding a departure is worth a value V to you beyond its replacement cost (which the net cost already counts), peer-support is worth its net cost in 5% of the futures at any value (it saves money there), in half of them at any value (it saves money there), in 95% at no value (as V grows, the share levels off at 50%: the futures with fewer leavers).',
    );
    expect(words([1, 1, 1, 1], [10000, 20000, 30000, 40000], 5)[2]).toContain('in 5% of the futures from $10,000, in half of them from $20,000, in 95% from $40,000.');
  });

  it('leaves the shares out from fewer than 20 futures, where 5% and 95% are at most one of them', () => {
    expect(words([1, 1], [10000, 20000], 9)).toHaveLength(2);
    expect(words([1, 1], [10000, 20000], 10)).toHaveLength(3);
  });
});
