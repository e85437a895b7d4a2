import { describe, expect, it } from 'vitest';
import { bestOnAverage, valueForMoney } from '../../../models/valueForMoney';
import { bestOnAverageSentence, freeLeverNote, griefLeaveNote, griefLeaveNotes, mechanismOnlyNote, mechanismOnlyReliance, spendingPerDepartureNote, unmetDemandNote, valueForMoneySentences } from '../../../viz/report/valueForMoneyWords';
import type { Difference } from '../../../models/runDocument';
import { valueForMoneyText } from '../../../bin/valueForMoneyText';
import { resolveScenario } from '../../../scenarios/resolve';

/** The sentences for futures that avoid `avoided` departures at `netCost` each, the list repeated `times` times. */
function words(avoided: readonly number[], netCost: readonly number[], times = 10): string[] {
  const d = Array.from({ length: times }, () => avoided).flat();
  const c = Array.from({ length: times }, () => netCost).flat();
  return valueForMoneySentences(valueForMoney(d.map(() => 10), d.map((x) => 10 - x), c.map(() => 0), c)!, 'peer-support', 'status-quo');
}

const lead = (futures: number) =>
  `Across the team's possible futures (a spread that more replications do not narrow, though they place its values more closely; estimated from the ${futures} here): if avoiding a departure is worth V to you beyond what the budget already counts for it (replacing the leaver, less the salary saved while the seat is vacant), peer-support comes out ahead of status-quo (V × departures avoided above the net cost)`;

describe('value for money in words', () => {
  it('says, beside the net cost, that costs and departures are discounted and at what rate; nothing at rate 0', () => {
    const d = Array.from({ length: 20 }, (_, r) => 2 + (r % 2) * 0.1);
    const c = Array.from({ length: 20 }, (_, r) => 90000 + r * 100);
    const at = (rate: number) => valueForMoney(d.map(() => 10), d.map((x) => 10 - x), c.map(() => 0), c, rate)!;
    const [means] = valueForMoneySentences(at(0.035), 'peer-support', 'status-quo');
    expect(means).toContain('(net of what it changes in replacing leavers, absence and vacant seats; costs and departures discounted at 3.5% a year as per-year equivalents, by costs.discountRate), and 2.1 fewer departures a year: $');
    expect(valueForMoneySentences(at(0.035), 'peer-support', 'status-quo').join(' ')).not.toContain('staff leave');
    expect(valueForMoneySentences(at(0), 'peer-support', 'status-quo')[0]).toContain('(net of what it changes in replacing leavers, absence and vacant seats), and 2.1 fewer staff leave a year: $');
    expect(valueForMoneySentences(at(0), 'peer-support', 'status-quo').join(' ')).not.toContain('discounted');
    // Discounted departures avoided are not a count of leavers: the same leavers, later, are fewer.
    expect(valueForMoneySentences(at(0.035), 'peer-support', 'status-quo')).toContain(
      'Of the 20 futures, counting departures discounted (as many leavers, leaving later, count as fewer): fewer departures at a higher cost in 20.',
    );
    expect(valueForMoneySentences(at(0), 'peer-support', 'status-quo')).toContain('Of the 20 futures: fewer leavers at a higher cost in 20.');
    // Discounted: the budget's undiscounted spending over the undiscounted departures avoided (2.5 here), never one of each.
    expect(spendingPerDepartureNote('peer-support', 50000, at(0.03), 2.5)).toContain('pays $20,000 for each departure avoided (the spending a year over the departures avoided a year, both undiscounted)');
    expect(spendingPerDepartureNote('peer-support', 50000, at(0.03))).toBeUndefined();
    expect(spendingPerDepartureNote('peer-support', 50000, at(0))).not.toContain('discounted');
  });

  it('says what the package costs, the departures it avoids, and the cost per departure avoided with its interval, to three figures', () => {
    const [means] = words([2, 2], [90000, 100000]);
    expect(means).toMatch(
      /^peer-support costs the whole team \$95,000 a year more than status-quo \(net of what it changes in replacing leavers, absence and vacant seats\), and 2\.0 fewer staff leave a year: \$47,500 per departure avoided on average \(the mean net cost over the mean departures avoided; 90% interval \$4[67],\d00 to \$4[89],\d00\)\.$/,
    );
    expect(words([3, 3], [100000, 100000])[0]).toContain('$33,300 per departure avoided on average');
  });

  it('gives departures under one a year to two decimals, so the cost per departure avoided can be worked out from them', () => {
    expect(words([0.06, 0.06], [10000, 11000])[0]).toContain('and 0.06 fewer staff leave a year: $175,000 per departure avoided');
    expect(words([-0.05, -0.05], [-1000, -1000])[0]).toContain('and 0.05 more staff leave a year');
    expect(words([0.998, 0.998], [1000, 1000])[0]).toContain('and 1.0 fewer member of staff leaves a year');
    expect(words([1.26, 1.26], [1000, 1000])[0]).toContain('and 1.3 fewer staff leave a year');
    // As the tables round it: 4.35 (4.3499999... in binary) is 4.4, not toFixed's 4.3.
    expect(words([4.35, 4.35], [1000, 1000])[0]).toContain('and 4.4 fewer staff leave a year');
    // A mean of 4.45 summed to 4.449999999999999 (multi-level, 20 replications) read 4.4 under a net-benefit table giving +4.45.
    const v = valueForMoney(Array(20).fill(9.2), Array(20).fill(4.75), Array(20).fill(0), Array(20).fill(1000))!;
    for (const [noisy, shown] of [[4.449999999999999, '4.5'], [2.8499999999999996, '2.9'], [4.449, '4.4']] as const) {
      expect(valueForMoneySentences({ ...v, departuresAvoided: noisy }, 'peer-support', 'status-quo')[0]).toContain(`and ${shown} fewer staff leave a year`);
    }
  });

  it('says when the package keeps staff at no cost, saves money with more leavers, or does neither', () => {
    expect(words([1, 1], [-500, -1500])[0]).toContain('costs the whole team $1,000 a year less than status-quo (net of what it changes in replacing leavers, absence and vacant seats), and 1.0 fewer member of staff leaves a year: on average it keeps more staff and costs less: better and cheaper.');
    expect(words([1, 1], [0, 0])[0]).toContain('on average it keeps more staff and costs no more: better and no dearer.');
    // A net cost within noise of none is not "no dearer" by its sign: a $21 change flipped it for a planner.
    expect(words([1, 1], [-500, 480])[0]).toMatch(/on average it keeps more staff at about the same cost \(its mean net cost, −\$10 a year, is within noise of none: 90% interval −\$\d{3} to \$\d{2,3}\): better, and no dearer within the noise\.$/);
    expect(words([-1, -1], [-480, 500])[0]).toMatch(/on average it loses staff at about the same cost \(its mean net cost, \$10 a year, is within noise of none: 90% interval −\$\d{2,3} to \$\d{3}\): worse, and no cheaper within the noise\.$/);
    // A ratio whose net cost is within noise of none says so: its interval alone spans a saving and a cost.
    expect(words([1, 1], [-500, 700])[0]).toMatch(
      /: \$100 per departure avoided on average \(the mean net cost over the mean departures avoided; 90% interval from a saving of \$\d{3} to \$\d{3}\), though its mean net cost, \$100 a year, is within noise of none: 90% interval −\$\d{3} to \$\d{3}, so it may keep staff at no extra cost\.$/,
    );
    expect(words([-1, -1], [500, -700])[0]).toMatch(/: on average it saves \$100 per extra departure \(.*\), though its mean net cost, −\$100 a year, is within noise of none: 90% interval −\$\d{3} to \$\d{3}, so it may lose staff and save nothing\.$/);
    expect(words([2, 2], [90000, 100000])[0]).not.toContain('within noise');
    expect(words([-3, -2], [-400000, -500000])[0]).toContain(
      'and 2.5 more staff leave a year: on average it saves $180,000 per extra departure (the mean saving over the mean extra departures; 90% interval',
    );
    expect(words([-3, -2], [-400000, -500000])[0]).toMatch(/so against status-quo it comes out ahead while a departure avoided is worth less than that to you\.$/);
    expect(words([-1, -1], [500, 0])[0]).toContain('on average it loses staff and costs more: worse and dearer.');
    expect(words([-1, -1], [0, 0])[0]).toContain('on average it loses staff and saves nothing: worse and no cheaper.');
    expect(words([1, -0.999], [10, 10])[0]).toMatch(/the departures avoided are too close to zero on average \(standard error 0\.\d\d\) for a cost per departure\.$/);
    expect(words([0, 0], [10, 20])[0]).toContain('and as many staff leave a year: the same number leave in every future, so there is no cost per departure avoided.');
  });

  it('says there is nothing to weigh between arms with the same leavers and cost in every future', () => {
    expect(words([0, 0], [0, 0])).toEqual(['peer-support and status-quo have the same leavers and the same cost in every future: nothing to weigh.']);
  });

  it('counts the futures by outcome, naming only those that occur', () => {
    expect(words([1, 0, -1], [100, 100, -100], 10)[1]).toBe('Of the 30 futures: fewer leavers at a higher cost in 10, as many leavers at a higher cost in 10, more leavers at a lower cost in 10.');
  });

  it('gives the values at which the package is worth its cost in 5%, half and 95% of the futures, saying shared values once (by the largest share) and that each is at least that share', () => {
    // "In 5% of them at any value" read as "only 5%": each share is a floor.
    expect(words([1, 1, -1, 1], [-100, 20000, 30000, 40000], 5)[2]).toMatch(/ in at least 5% of them at any value, in at least half from /);
    expect(words([1, 1, 1, 1], [10000, 20000, 30000, 40000], 5)[2]).toBe(`${lead(20)} in at least 5% of them from $10,000, in at least half from $20,000, in at least 95% from $40,000. These thresholds are estimates from the 20 futures; 90% intervals (from the futures' ranks, whatever their spread): for 5%, up to $10,000 (no lower bound from these futures); for half, $20,000 to $30,000; for 95%, $40,000 or more (no upper bound from these futures).`);
    expect(words([1, 1], [-100, -200])[2]).toBe(`${lead(20)} in at least 95% of them at any value.`);
    // Saves money with more leavers: worth it below its saving per extra departure.
    expect(words([-3, -2], [-300000, -400000])[2]).toBe(`${lead(20)} in at least half of them below $200,000, in at least 95% below $100,000.`);
    // Half save money with more leavers, half avoid departures at a cost.
    expect(words([-1, 1], [-1000, 5000])[2]).toBe(`${lead(20)} in at least half of them below $1,000 and from $5,000; at no value of V is it ahead in 95% of them or more.`);
    // Half and 95% at no value: said from the smaller share, so the half is not hidden.
    expect(words([-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1], Array(20).fill(5000))[2]).toMatch(/in at least 5% of them from \$5,000; at no value of V is it ahead in half of them or more\. That threshold is an estimate from the 200 futures; 90% interval \(from the futures' ranks, whatever their spread\): for 5%, \$5,000 or more \(no upper bound from these futures\)\.$/);
    expect(words([-1, -1], [500, 0])[2]).toBe(`${lead(20)} in none of them, whatever V.`);
    // One future in 40 avoids a departure at $150,000: ahead in it from that value, in none of the others.
    const once = valueForMoney(Array(40).fill(10), [9, ...Array(39).fill(11)], Array(40).fill(0), [150000, ...Array(39).fill(500)])!;
    expect(valueForMoneySentences(once, 'peer-support', 'status-quo')[2]).toBe(`${lead(40)} in fewer than 5% of them at any value (at most 1 of the 40, from $150,000).`);
  });

  it('leaves the shares out from fewer than 20 futures, where 5% and 95% are at most one of them', () => {
    expect(words([1, 1], [10000, 20000], 9)).toHaveLength(2);
    expect(words([1, 1], [10000, 20000], 10)).toHaveLength(3);
  });

  it('names an end of the interval below zero for what it is', () => {
    // Futures that save money avoiding departures, and futures that pay for them: the mean's interval runs from a saving to a cost.
    expect(words([1, 1, 1, 1], [-9000, 9000, -8000, 11000])[0]).toMatch(/90% interval from a saving of \$[\d,]+ to \$[\d,]+\), though its mean net cost/);
  });

  it('says beside "cheaper" or "no dearer" that the package spends more cash, where it does, and not otherwise', () => {
    const sentences = (netCost: readonly number[], spending?: number) =>
      valueForMoneySentences(valueForMoney([10, 10, 10, 10], [9, 9, 9, 9], [0, 0, 0, 0], netCost)!, 'individual-resilience', 'status-quo', spending)[0];
    expect(sentences([-500, -1500, -500, -1500], 15224)).toContain('better and cheaper, in the net cost, though its spending on the package, the cash a budget pays, is $15,224 a year more.');
    expect(sentences([0, 0, 0, 0], 400)).toContain('better and no dearer, in the net cost, though its spending on the package, the cash a budget pays, is $400 a year more.');
    expect(sentences([-500, 480, -500, 480], 900)).toMatch(/better, and no dearer within the noise, in the net cost, though its spending on the package, the cash a budget pays, is \$900 a year more\.$/);
    // A package that spends no more, or whose spending is unknown, reads as before; so does one that keeps staff at a cost.
    expect(sentences([-500, -1500, -500, -1500], 0)).toMatch(/better and cheaper\.$/);
    expect(sentences([-500, -1500, -500, -1500], 0.4)).toMatch(/better and cheaper\.$/);
    expect(sentences([-500, -1500, -500, -1500], -300)).toMatch(/better and cheaper\.$/);
    expect(sentences([-500, -1500, -500, -1500])).toMatch(/better and cheaper\.$/);
    expect(sentences([5000, 6000, 5000, 6000], 9000)).not.toContain('cash');
  });

  it('says which arm is best on average over each range of values, and which never is', () => {
    const spans = bestOnAverage('status-quo', [
      { policy: 'opt-out-support', departuresAvoided: 2, netCost: 80000 },
      { policy: 'mandatory-debrief', departuresAvoided: 0, netCost: 50000 },
    ]);
    expect(bestOnAverageSentence(spans, ['status-quo', 'opt-out-support', 'mandatory-debrief'], 40)).toBe(
      'Best on average, by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against status-quo): status-quo below $40,000; opt-out-support from $40,000. Never best on average: mandatory-debrief.',
    );
    expect(bestOnAverageSentence(spans, ['status-quo', 'opt-out-support', 'mandatory-debrief'], 5)).toContain('indicative only from 5 replications');
    const tied = bestOnAverage('a', [{ policy: 'b', departuresAvoided: 0, netCost: 0 }]);
    expect(bestOnAverageSentence(tied, ['a', 'b'], 40)).toBe('Best on average, by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against a): a and b (the same on average) at any value.');
  });

  it('says when an arm named best on average rests on departures avoided within noise of none, and not for one never best', () => {
    const spans = bestOnAverage('status-quo', [
      { policy: 'grief-leave', departuresAvoided: 0.03, netCost: 7000 },
      { policy: 'two-more-staff', departuresAvoided: 0.27, netCost: 124000 },
    ]);
    const arms = ['status-quo', 'grief-leave', 'two-more-staff'];
    expect(bestOnAverageSentence(spans, arms, 60, ['grief-leave'])).toMatch(
      /: status-quo below \$233,000; grief-leave from \$233,000 to \$487,000; two-more-staff from \$487,000\. grief-leave's departures avoided are within noise of none \(see above\), so its place here rests on a mean the replications do not pin down: more of them may move or remove it\.$/,
    );
    expect(bestOnAverageSentence(spans, arms, 60)).not.toContain('within noise');
    expect(bestOnAverageSentence(spans, arms, 60, ['grief-leave', 'two-more-staff'])).toContain(' The departures avoided of grief-leave and two-more-staff are each within noise of none (see above), so their places here rest on');
    const never = bestOnAverage('status-quo', [{ policy: 'debrief', departuresAvoided: -0.01, netCost: 5000 }]);
    expect(bestOnAverageSentence(never, ['status-quo', 'debrief'], 60, ['debrief'])).not.toContain('within noise');
  });

  it('says when an arm named best on average owes its departures avoided, wholly or partly, to the mindfulness programme\'s untested channel, and not for one never best', () => {
    const quo = resolveScenario({ policy: 'status-quo' });
    const resilience = resolveScenario({ policy: 'individual-resilience' });
    const stigma = resolveScenario({ policy: 'stigma-reduction' });
    expect(mechanismOnlyReliance(resilience, quo)).toBe('wholly');
    expect(mechanismOnlyReliance(stigma, quo)).toBe('partly');
    expect(mechanismOnlyReliance(resolveScenario({ policy: 'opt-out-support' }), quo)).toBeUndefined();
    expect(mechanismOnlyReliance(resilience, stigma)).toBeUndefined();
    // A scenario file's arm can differ outside its policy, or add the programme by a scheduled change: in part, then.
    const elsewhere = resolveScenario({ policy: 'individual-resilience', overrides: [['community.overdoseBurden', 1.4]] });
    expect(mechanismOnlyReliance(elsewhere, quo)).toBe('partly');
    const later = resolveScenario({ overrides: [['changes', [{ day: 100, set: { 'policy.resilience.mindfulness': true } }]]] });
    expect(mechanismOnlyReliance(later, quo)).toBe('partly');
    expect(mechanismOnlyReliance(resolveScenario({ policy: 'individual-resilience', overrides: [['name', 'ours'], ['policy.description', 'Ours.']] }), quo)).toBe('wholly');
    const arms = ['status-quo', 'individual-resilience', 'stigma-reduction', 'opt-out-support'];
    const spans = bestOnAverage('status-quo', [
      { policy: 'individual-resilience', departuresAvoided: 1.4, netCost: -4000 },
      { policy: 'stigma-reduction', departuresAvoided: 2, netCost: 25000 },
      { policy: 'opt-out-support', departuresAvoided: 2.8, netCost: 200000 },
    ]);
    const both = [
      { arm: 'individual-resilience', reliance: 'wholly' as const },
      { arm: 'stigma-reduction', reliance: 'partly' as const },
    ];
    expect(bestOnAverageSentence(spans, arms, 40, [], both)).toMatch(
      /; opt-out-support from \$[\d,]+\. Never best on average: status-quo\. The places here of individual-resilience \(wholly\) and stigma-reduction \(partly\) rest on the mindfulness programme's effect on turnover, the model's mechanism, which no trial of such programmes measured \(see above\): read them as the model's ranking, not as evidence\.$/,
    );
    expect(bestOnAverageSentence(spans, arms, 40, [], both.slice(0, 1))).toMatch(/ individual-resilience's place here rests wholly on the mindfulness programme's effect on turnover, the model's mechanism, which no trial of such programmes measured \(see above\): read it as the model's ranking, not as evidence\.$/);
    // One never named best goes unsaid.
    const never = bestOnAverage('status-quo', [{ policy: 'individual-resilience', departuresAvoided: -0.5, netCost: 90000 }]);
    expect(bestOnAverageSentence(never, ['status-quo', 'individual-resilience'], 40, [], both.slice(0, 1))).not.toContain('mindfulness');
  });

  it('says, after an arm that runs the mindfulness programme and a baseline that does not, that its departures avoided are the model\'s mechanism, not evidence', () => {
    const quo = resolveScenario({ policy: 'status-quo' });
    const resilience = resolveScenario({ policy: 'individual-resilience' });
    const note = mechanismOnlyNote('individual-resilience', resilience, quo);
    expect(note).toMatch(/^individual-resilience differs from the baseline by the mindfulness programme alone, whose effect on burnout is set to trials' but whose effect on turnover, on which these figures rest, is the model's mechanism/);
    expect(note).toContain('read its departures avoided, and any ranking on them, as the model\'s, not as evidence.');
    // A package that changes other levers too rests on the programme only in part.
    const stigma = mechanismOnlyNote('stigma-reduction', resolveScenario({ policy: 'stigma-reduction' }), quo);
    expect(stigma).toMatch(/^stigma-reduction runs the mindfulness programme, whose effect on burnout is set to trials' but whose effect on turnover, on which these figures partly rest, is the model's mechanism/);
    expect(stigma).not.toContain('not as evidence');
    // Not for a package without it, nor against a baseline that runs it too.
    expect(mechanismOnlyNote('opt-out-support', resolveScenario({ policy: 'opt-out-support' }), quo)).toBeUndefined();
    expect(mechanismOnlyNote('individual-resilience', resilience, resolveScenario({ policy: 'stigma-reduction' }))).toBeUndefined();
    // The terminal's paragraph carries it before what the reckoning leaves out.
    const v = valueForMoney([10, 10, 10], [9, 8, 9], [0, 0, 0], [-100, 50, -20])!;
    const text = valueForMoneyText(v, 'individual-resilience', 'status-quo', 'package', { arm: resilience, baseline: quo });
    expect(text).toContain(`${note} This sets the whole net cost against departures alone`);
    expect(valueForMoneyText(v, 'individual-resilience', 'status-quo', 'package')).not.toContain('mindfulness');
  });

  describe('the note on client demand left unmet', () => {
    const shares = { baseline: 0.039, arm: 0.154 };
    const rise = (over: Partial<Difference>): Difference => ({ mean: 0.115, sd: 0.003, se: 0.0007, p05: 0.108, p95: 0.121, positive: 20, zero: 0, negative: 0, ...over });

    it('says that the figures do not weigh the clients not seen, where the arm clearly leaves more demand unmet', () => {
      expect(unmetDemandNote('cap6', 'cap10', rise({}), shares, 20)).toBe(
        "cap6 also leaves more of the clients' demand unmet than cap10 (15.4% of it against 3.9%, clearly), which these figures do not weigh: clients not seen cost nothing in them.",
      );
      // A rise whose range crosses zero but whose mean is clear is said as such.
      expect(unmetDemandNote('cap6', 'cap10', rise({ mean: 0.01, se: 0.001, p05: -0.001, positive: 18, negative: 2 }), shares, 20)).toContain('(15.4% of it against 3.9%, on average, not in every future)');
    });

    it('is left out for a fall, a rise under half a percentage point, one that is not clear, and too few futures', () => {
      expect(unmetDemandNote('a', 'b', rise({ mean: -0.115, p05: -0.121, p95: -0.108, positive: 0, negative: 20 }), shares, 20)).toBeUndefined();
      expect(unmetDemandNote('a', 'b', rise({ mean: 0.0049, p05: 0.004, p95: 0.006 }), shares, 20)).toBeUndefined();
      expect(unmetDemandNote('a', 'b', rise({ mean: 0.005, p05: 0.004, p95: 0.006 }), shares, 20)).toBeDefined();
      expect(unmetDemandNote('a', 'b', rise({ mean: 0.01, se: 0.02, p05: -0.02, positive: 12, negative: 8 }), shares, 20)).toBeUndefined();
      expect(unmetDemandNote('a', 'b', rise({}), shares, 19)).toBeUndefined();
      expect(unmetDemandNote('a', 'b', undefined, shares, 20)).toBeUndefined();
    });

    it('goes in the terminal paragraph before what the reckoning leaves out', () => {
      const v = valueForMoney([10, 10, 10], [9, 8, 9], [0, 0, 0], [-100, 50, -20])!;
      const note = unmetDemandNote('cap6', 'cap10', rise({}), shares, 20)!;
      expect(valueForMoneyText(v, 'cap6', 'cap10', 'scenario', undefined, [note])).toContain(`${note} This sets the whole net cost against departures alone`);
    });
  });

  describe('the spending per departure avoided', () => {
    it('divides the spending on the package by the departures avoided, where the arm avoids some and spends more', () => {
      const v = valueForMoney([10, 10, 10, 10], [9, 9, 9, 9], [0, 0, 0, 0], [3000, 3500, 3200, 3700])!;
      expect(spendingPerDepartureNote('prebooked', 16900, v)).toBe(
        'In its spending on the package alone ($16,900 a year more, the cash a budget pays), prebooked pays $16,900 for each departure avoided (the spending a year over the departures avoided a year); the net cost above also counts replacing leavers, paid absence and vacant seats.',
      );
      const better = valueForMoney([10, 10, 10, 10], [8, 8, 8, 8], [0, 0, 0, 0], [-100, -200, -150, -50])!;
      expect(spendingPerDepartureNote('b', 5000, better)).toContain('b pays $2,500 for each departure avoided (the spending a year over the departures avoided a year)');
    });

    it('says its spending is over every future, as the departures avoided are, where a budget leaves some out', () => {
      const v = valueForMoney([10, 10, 10, 10], [9, 9, 9, 9], [0, 0, 0, 0], [3000, 3500, 3200, 3700])!;
      expect(spendingPerDepartureNote('prebooked', 16900, v, undefined, { all: 4, counted: 3 })).toContain(
        "(the spending a year over the departures avoided a year, both over all 4 futures, where a budget's spending figures leave out the one whose spending the replications' figures cannot rebuild);",
      );
      expect(spendingPerDepartureNote('prebooked', 16900, v, undefined, { all: 4, counted: 2 })).toContain('leave out the 2 whose spending');
      expect(spendingPerDepartureNote('prebooked', 16900, v, undefined, { all: 4, counted: 4 })).toBe(spendingPerDepartureNote('prebooked', 16900, v));
    });

    it('is left out where the arm spends no more, or avoids no departure', () => {
      const v = valueForMoney([10, 10, 10, 10], [9, 9, 9, 9], [0, 0, 0, 0], [3000, 3500, 3200, 3700])!;
      expect(spendingPerDepartureNote('a', 0, v)).toBeUndefined();
      expect(spendingPerDepartureNote('a', -500, v)).toBeUndefined();
      const more = valueForMoney([10, 10, 10, 10], [11, 11, 11, 11], [0, 0, 0, 0], [-3000, -3500, -3200, -3700])!;
      expect(spendingPerDepartureNote('a', 5000, more)).toBeUndefined();
    });
  });

  it('says when the arms set a lever differently whose price is 0 where it charges, so their difference in cost leaves it out', () => {
    const under = (policy: string, file?: unknown) => resolveScenario({ policy, file });
    const statusQuo = under('status-quo');
    expect(freeLeverNote('opt-out-support', under('opt-out-support'), 'status-quo', statusQuo)).toBe(
      'The difference in cost between opt-out-support and status-quo leaves out what policy.supervision.quality (0.6 against 0.7) costs: its price, costs.supervisionQuality, is 0 (the default, as none of the seed studies gives a price); --set costs.supervisionQuality=VALUE prices it.',
    );
    expect(freeLeverNote('multi-level', under('multi-level'), 'status-quo', statusQuo)).toBe(
      'The difference in cost between multi-level and status-quo leaves out what policy.supervision.affirmation (0.3 against 0.7) and policy.training.shadowingDays (0 against 20) cost: their prices, costs.affirmation and costs.shadowingDayWageShare, are 0 (the default, as none of the seed studies gives a price); --set costs.affirmation=VALUE prices the first.',
    );
    // Whichever side sets more of it: against a richer baseline the note is the same, the values the other way.
    expect(freeLeverNote('status-quo', statusQuo, 'multi-level', under('multi-level'))).toContain('leaves out what policy.supervision.affirmation (0.7 against 0.3) and');
    // Priced, or no unpriced lever set differently: nothing to say.
    const priced = { costs: { supervisionQuality: 30 } };
    expect(freeLeverNote('opt-out-support', under('opt-out-support', priced), 'status-quo', under('status-quo', priced))).toBeUndefined();
    expect(freeLeverNote('mandatory-debrief', under('mandatory-debrief'), 'status-quo', statusQuo)).toBeUndefined();
    // The debrief's two prices: a free single-session debrief is nothing to a team that processes daily, and the other way round.
    const freeSingle = { costs: { singleSessionDebrief: 0 } };
    expect(freeLeverNote('opt-out-support', under('opt-out-support', freeSingle), 'status-quo', under('status-quo', freeSingle))).not.toContain('debrief');
    expect(freeLeverNote('mandatory-debrief', under('mandatory-debrief', freeSingle), 'status-quo', under('status-quo', freeSingle))).toContain('policy.debrief.mode (none against single-session)');
    expect(freeLeverNote('mandatory-debrief', under('mandatory-debrief', { costs: { ongoingProcessing: 0 } }), 'status-quo', statusQuo)).toBeUndefined();
    // A lever the arms set alike on day 0 but change on different days.
    const on = (day: number) => ({ days: 150, changes: [{ day, set: { 'policy.supervision.affirmation': 1 } }] });
    expect(freeLeverNote('early', under('status-quo', on(20)), 'late', under('status-quo', on(100)))).toContain('policy.supervision.affirmation (set differently by scheduled changes)');
    // Changes that leave a lever as it was do not set it differently: one arm changing its float pool alone.
    const floatLater = { days: 150, changes: [{ day: 20, set: { 'policy.staffing.floatPool': 0.2 } }] };
    expect(freeLeverNote('more-float', under('status-quo', floatLater), 'steady', statusQuo)).toBeUndefined();
    expect(freeLeverNote('more-float', under('opt-out-support', floatLater), 'status-quo', statusQuo)).toContain('policy.supervision.quality (0.6 against 0.7)');
    // A change that sets the lever to the value it already has moves nothing either.
    const same = { days: 150, changes: [{ day: 20, set: { 'policy.supervision.affirmation': 0.3 } }] };
    expect(freeLeverNote('same', under('status-quo', same), 'steady', statusQuo)).toBeUndefined();
    // Results written before scenarios carried their prices: nothing.
    expect(freeLeverNote('opt-out-support', { policy: {} }, 'status-quo', { policy: {} })).toBeUndefined();
  });

  it('says the grief-leave note once for several arms, naming each with its days and pointing back from the later ones', () => {
    const under = (policy: string, file?: unknown) => resolveScenario({ policy, file });
    const quo = under('status-quo');
    const arms = [
      { label: 'a', scenario: under('status-quo', { policy: { grief: { leaveDays: 2 } } }) },
      { label: 'b', scenario: quo },
      { label: 'c', scenario: under('status-quo', { policy: { grief: { leaveDays: 3 } }, costs: { griefLeaveDayWageShare: 0.5 } }) },
    ];
    const [a, b, c] = griefLeaveNotes(arms, 'status-quo', quo);
    expect(a).toContain('a and c each grant different grief leave from status-quo (policy.grief.leaveDays: a 2 days, c 3 days, status-quo 0): ');
    expect(a).toContain('each at costs.griefLeaveDayWageShare (a 1, c 0.5, status-quo 1) of a day');
    expect(b).toBeUndefined();
    expect(c).toBe("c's grief leave is in its net cost as paid absence, not in its spending on the package, as said above for a.");
    // One arm concerned: the note griefLeaveNote gives it.
    expect(griefLeaveNotes(arms.slice(0, 2), 'status-quo', quo)).toEqual([griefLeaveNote('a', arms[0].scenario, 'status-quo', quo), undefined]);
  });

  it('says that grief leave is in the net cost as paid absence and not in the spending, where the arms grant it differently and a leave day is priced', () => {
    const under = (policy: string, file?: unknown) => resolveScenario({ policy, file });
    const grief = { policy: { grief: { leaveDays: 2 } } };
    expect(griefLeaveNote('grief', under('status-quo', grief), 'current', under('status-quo'))).toBe(
      "grief and current grant different grief leave (policy.grief.leaveDays: grief 2 days, current 0): the leave's workdays are in the net cost as paid absence, each at costs.griefLeaveDayWageShare (1) of a day's pay (the work not done, or its cover), and not in the spending on the package, which salaries already pay; where nobody covers the leave, --set costs.griefLeaveDayWageShare=0 counts nothing for it, as paid time off counts nothing by default (costs.ptoDayWageShare 0).",
    );
    expect(griefLeaveNote('opt-out-support', under('opt-out-support'), 'status-quo', under('status-quo'))).toContain('(policy.grief.leaveDays: opt-out-support 2 days, status-quo 0)');
    // Day 0 and scheduled changes both differ: both said.
    const later = { ...grief, days: 100, changes: [{ day: 50, set: { 'policy.grief.leaveDays': 4 } }] };
    expect(griefLeaveNote('grief', under('status-quo', later), 'current', under('status-quo', { days: 100 }))).toContain('(policy.grief.leaveDays: grief 2 days, current 0 on day 0, and by scheduled changes)');
    // Scheduled changes of other fields say nothing of the leave.
    const floatLater = { ...grief, days: 100, changes: [{ day: 50, set: { 'policy.staffing.floatPool': 0.2 } }] };
    expect(griefLeaveNote('grief', under('status-quo', floatLater), 'current', under('status-quo', { days: 100 }))).toContain('(policy.grief.leaveDays: grief 2 days, current 0):');
    // The same leave, or a leave day priced at 0 (the free-lever note speaks for it): nothing.
    expect(griefLeaveNote('a', under('status-quo', grief), 'b', under('status-quo', grief))).toBeUndefined();
    const free = { costs: { griefLeaveDayWageShare: 0 } };
    expect(griefLeaveNote('grief', under('status-quo', { ...grief, ...free }), 'current', under('status-quo', free))).toBeUndefined();
    expect(freeLeverNote('grief', under('status-quo', { ...grief, ...free }), 'current', under('status-quo', free))).toContain('policy.grief.leaveDays (0 against 2)');
    expect(griefLeaveNote('grief', { policy: {} }, 'current', { policy: {} })).toBeUndefined();
  });
});
