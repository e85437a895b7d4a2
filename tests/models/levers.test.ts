import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../models/simulation';
import { defaultScenario, resolveScenario } from '../../scenarios/resolve';
import { outcome, type Overrides } from './helpers';
import { POPULATION_IDS } from '../../scenarios/presets/populations';

// Whole-model checks: one lever or environment setting changed against an otherwise identical
// scenario on the same seeds (common random numbers), and the outcome must move the way the
// theory says. Replications are few, so only clear effects are asserted.

const base = outcome();

describe('supervision (§5)', () => {
  const optOut = outcome([['policy.supervision.mode', 'opt-out']]);
  const none = outcome([['policy.supervision.mode', 'none']]);

  it('opt-out (pre-booked) sessions are kept far more often than opt-in ones are requested', () => {
    // Opt-in: a few percent of workers self-refer over 214 days, so under 1% of monthly offers (Guldner 2024).
    expect(base.metric('supportUptake')).toBeGreaterThan(0.002);
    expect(base.metric('supportUptake')).toBeLessThan(0.02);
    expect(optOut.metric('supportUptake')).toBeGreaterThan(0.4);
    expect(optOut.metric('supportUptake')).toBeGreaterThan(5 * base.metric('supportUptake'));
  });

  it('attended supervision works through traumatic memories and lowers STS', () => {
    expect(optOut.metric('traumaticMemories')).toBeLessThan(base.metric('traumaticMemories'));
    expect(optOut.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
  });

  it('every worker in post is offered sessions, whatever their weekly schedule', () => {
    const s = createSimulation(resolveScenario({ overrides: [['days', 200], ['policy.staffing.hiringDelayDays', 3650], ['coefficients.separationBase', 0]] }), { seed: 2 });
    s.run.finish();
    for (const seat of s.snapshot().seats) expect(seat.supportOffered).toBeGreaterThanOrEqual(6);
  });

  it('no supervision offers nothing', () => {
    expect(none.series('supportOffered')).toBe(0);
    expect(none.metric('supportUptake')).toBe(0);
    expect(none.metric('traumaticMemories')).toBeGreaterThanOrEqual(base.metric('traumaticMemories'));
  });

  it('help-seeking falls as burnout rises: an overloaded team keeps fewer pre-booked sessions', () => {
    const overloaded = outcome([
      ['policy.supervision.mode', 'opt-out'],
      ['community.demandPerSeat', 9],
    ]);
    expect(overloaded.metric('proqolBO')).toBeGreaterThan(optOut.metric('proqolBO'));
    expect(overloaded.metric('supportUptake')).toBeLessThan(optOut.metric('supportUptake'));
  });
});

describe('debriefing (§5)', () => {
  it('ongoing team processing leaves fewer traumatic memories', () => {
    // Memories fade slowly: three years from the status quo's team (the warm-up) to see most of it.
    const ongoing = outcome([['policy.debrief.mode', 'ongoing']], { days: 1095 });
    expect(ongoing.metric('traumaticMemories')).toBeLessThan(0.8 * outcome([], { days: 1095 }).metric('traumaticMemories'));
  });

  it('a mandatory single-session debrief brings no benefit (and costs more)', () => {
    const single = outcome([['policy.debrief.mode', 'single-session']]);
    expect(single.metric('traumaticMemories')).toBeGreaterThanOrEqual(base.metric('traumaticMemories') * 0.99);
    expect(single.metric('proqolSTS')).toBeGreaterThanOrEqual(base.metric('proqolSTS') - 0.1);
    // Its possible harm is small (MODEL.md §5: effect ≈ 0).
    expect(single.metric('proqolSTS') - base.metric('proqolSTS')).toBeLessThan(0.5);
    expect(single.metric('costPerWorkerYear')).toBeGreaterThan(base.metric('costPerWorkerYear'));
  });
});

describe('what a single-session debrief follows (policy.debrief.after)', () => {
  // A re-exposure harm large enough to show each debrief's mark (the default, 0.02, is small).
  const harm = ['coefficients.singleSessionHarm', 0.3] as const;
  const none = outcome([harm]);
  const afterCrises = outcome([harm, ['policy.debrief.mode', 'single-session']]);
  const afterDeaths = outcome([harm, ['policy.debrief.mode', 'single-session'], ['policy.debrief.after', 'death']]);

  it('after deaths only, fewer debriefs are held and paid for: one on each working day with a death', () => {
    expect(afterDeaths.metric('sessionCostPerWorkerYear')).toBeLessThan(afterCrises.metric('sessionCostPerWorkerYear'));
    const price = resolveScenario().costs.singleSessionDebrief;
    const debriefs = (afterDeaths.metric('sessionCostPerWorkerYear') - none.metric('sessionCostPerWorkerYear')) / price;
    // Days with a death: at most the deaths experienced, and most of them (two on one day are rare).
    expect(debriefs).toBeLessThanOrEqual(afterDeaths.metric('clientDeathsPerWorkerYear'));
    expect(debriefs).toBeGreaterThan(0.5 * afterDeaths.metric('clientDeathsPerWorkerYear'));
  });

  it('its re-exposure stress falls with the fewer debriefs, and it changes nothing without single-session debriefs', () => {
    expect(afterDeaths.series('sts')).toBeGreaterThan(none.series('sts'));
    expect(afterDeaths.series('sts')).toBeLessThan(afterCrises.series('sts'));
    for (const mode of ['none', 'ongoing']) {
      const plain = outcome([harm, ['policy.debrief.mode', mode]]);
      const deathsOnly = outcome([harm, ['policy.debrief.mode', mode], ['policy.debrief.after', 'death']]);
      expect(deathsOnly.metric('proqolSTS'), mode).toBe(plain.metric('proqolSTS'));
      expect(deathsOnly.metric('costPerWorkerYear'), mode).toBe(plain.metric('costPerWorkerYear'));
    }
  });
});

describe('grief protocol (§5)', () => {
  it('grief leave takes people off the rota, so the team carries more of the load', () => {
    const grief = outcome([['policy.grief.leaveDays', 5]]);
    expect(grief.series('onLeave')).toBeGreaterThan(base.series('onLeave'));
    expect(grief.metric('unmetDemandShare')).toBeGreaterThan(base.metric('unmetDemandShare'));
  });

  it('days on leave per worker-year are the paid time off, plus the grief leave a protocol grants', () => {
    // Without a protocol, leave is paid time off only: ptoDaysPerYear workdays, about 7/5 as many calendar days.
    const pto = resolveScenario().policy.compensation.ptoDaysPerYear;
    expect(base.metric('leaveDaysPerWorkerYear')).toBeGreaterThan(pto);
    expect(base.metric('leaveDaysPerWorkerYear')).toBeLessThan(1.6 * pto);
    // Each day with a client death (when not on leave already) adds leaveDays calendar days.
    const grief = outcome([['policy.grief.leaveDays', 5]]);
    const added = grief.metric('leaveDaysPerWorkerYear') - base.metric('leaveDaysPerWorkerYear');
    expect(added).toBeGreaterThan(5 * 0.3 * grief.metric('clientDeathsPerWorkerYear'));
    expect(added).toBeLessThan(5 * grief.metric('clientDeathsPerWorkerYear'));
    expect(outcome([['policy.grief.leaveDays', 5], ['community.fatality', 0]]).metric('leaveDaysPerWorkerYear')).toBeCloseTo(outcome([['community.fatality', 0]]).metric('leaveDaysPerWorkerYear'), 10);
  });

  it('a grief check-in processes deaths, leaving fewer traumatic memories', () => {
    const checkIn = outcome([['policy.grief.checkIn', true]]);
    expect(checkIn.metric('traumaticMemories')).toBeLessThan(base.metric('traumaticMemories'));
  });
});

describe('staffing (§5)', () => {
  it('more seats for the same demand lower overload and burnout', () => {
    const more = outcome([['policy.staffing.extraSeatShare', 0.3]]);
    expect(more.metric('proqolBO')).toBeLessThan(base.metric('proqolBO'));
    expect(more.metric('unmetDemandShare')).toBeLessThan(base.metric('unmetDemandShare'));
  });

  it('a longer hiring delay leaves seats vacant longer and loads the rest (the reinforcing spiral)', () => {
    const slow = outcome([['policy.staffing.hiringDelayDays', 240]]);
    expect(slow.metric('vacancyRate')).toBeGreaterThan(base.metric('vacancyRate'));
    expect(slow.metric('proqolBO')).toBeGreaterThan(base.metric('proqolBO'));
  });

  it('a float pool covers absences and vacancies', () => {
    const float = outcome([['policy.staffing.floatPool', 0.15]]);
    expect(float.metric('unmetDemandShare')).toBeLessThan(base.metric('unmetDemandShare'));
  });

  it('a lower caseload cap leaves more demand unmet', () => {
    const capped = outcome([['policy.staffing.caseloadCap', 6]]);
    expect(capped.metric('unmetDemandShare')).toBeGreaterThan(base.metric('unmetDemandShare'));
  });
});

describe('compensation (§5)', () => {
  it('a pay raise lowers life demands and turnover', () => {
    const raise = outcome([['policy.compensation.payRaise', 0.25]]);
    expect(raise.series('lifeDemands')).toBeLessThan(base.series('lifeDemands'));
    expect(raise.metric('turnoverPerYear')).toBeLessThan(base.metric('turnoverPerYear'));
  });

  it('benefits cushion life shocks', () => {
    const full = outcome([['policy.compensation.benefits', 1]]);
    const none = outcome([['policy.compensation.benefits', 0]]);
    expect(full.series('lifeDemands')).toBeLessThan(none.series('lifeDemands'));
  });

  it('therapy access reduces traumatic memories', () => {
    const therapy = outcome([['policy.compensation.therapyAccess', 1]]);
    expect(therapy.metric('traumaticMemories')).toBeLessThan(base.metric('traumaticMemories'));
  });

  it('more paid time off means more rest and less burnout', () => {
    const pto = outcome([['policy.compensation.ptoDaysPerYear', 30]]);
    const none = outcome([['policy.compensation.ptoDaysPerYear', 0]]);
    expect(pto.series('onLeave')).toBeGreaterThan(none.series('onLeave'));
    expect(pto.metric('proqolBO')).toBeLessThan(none.metric('proqolBO'));
  });
});

describe('training (§5)', () => {
  it('trauma-informed care raises care quality', () => {
    const ti = outcome([['policy.training.traumaInformed', true]]);
    expect(ti.metric('careQuality')).toBeGreaterThan(base.metric('careQuality'));
  });

  it('boundary setting raises detachment and lowers STS', () => {
    const b = outcome([['policy.training.boundarySetting', true]]);
    expect(b.series('detachment')).toBeGreaterThan(base.series('detachment'));
    expect(b.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
  });

  it('system navigation means fewer failed referrals, more successes and less burnout', () => {
    const nav = outcome([['policy.training.systemNavigation', true]]);
    expect(nav.series('systemBarriers')).toBeLessThan(0.8 * base.series('systemBarriers'));
    expect(nav.series('successes')).toBeGreaterThan(base.series('successes'));
    expect(nav.metric('proqolBO')).toBeLessThan(base.metric('proqolBO'));
  });
});

describe('peer support and cohesion (§5, §4.9)', () => {
  it('cohesion activities and structured peer support raise social support', () => {
    const cohesion = outcome([['policy.peerSupport.cohesionActivities', true]]);
    const peers = outcome([['policy.peerSupport.structuredPeerSupport', true]]);
    expect(cohesion.series('socialSupport')).toBeGreaterThan(base.series('socialSupport'));
    expect(peers.series('socialSupport')).toBeGreaterThan(base.series('socialSupport'));
    expect(peers.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
  });

  it('lived-experience-tailored support lowers STS in a peer-heavy team', () => {
    const peerTeam: [string, unknown][] = [['population.roleMix', { 'recovery-coach': 1 }]];
    const untailored = outcome(peerTeam);
    const tailored = outcome([...peerTeam, ['policy.peerSupport.livedExperienceSupport', true]]);
    expect(tailored.metric('proqolSTS')).toBeLessThan(untailored.metric('proqolSTS'));
  });
});

describe('stigma reduction and individual resilience (§5)', () => {
  it('stigma education lowers numbing (distancing) and lifts satisfaction', () => {
    const edu = outcome([['policy.stigmaReduction.education', true]]);
    expect(edu.metric('numbing')).toBeLessThan(base.metric('numbing'));
    expect(edu.metric('proqolCS')).toBeGreaterThan(base.metric('proqolCS'));
  });

  it('social contact with people in recovery raises satisfaction through belief in wellness', () => {
    const contact = outcome([['policy.stigmaReduction.socialContact', true]]);
    expect(contact.metric('proqolCS')).toBeGreaterThan(base.metric('proqolCS'));
  });

  it('a mindfulness programme raises self-care, with a modest effect on burnout', () => {
    const mind = outcome([['policy.resilience.mindfulness', true]]);
    expect(mind.series('selfCare')).toBeGreaterThan(base.series('selfCare'));
    expect(mind.metric('proqolBO')).toBeLessThan(base.metric('proqolBO'));
    expect(base.metric('proqolBO') - mind.metric('proqolBO')).toBeLessThan(3);
  });

  it('on every population preset, mindfulness lowers numbing and does not raise STS (the stress numbing diverts is a debt, not a saving)', () => {
    for (const population of POPULATION_IDS) {
      const none = outcome([], { population, days: 1095 });
      const mind = outcome([['policy.resilience.mindfulness', true]], { population, days: 1095 });
      expect(mind.metric('numbing'), population).toBeLessThan(none.metric('numbing'));
      expect(mind.metric('proqolSTS'), population).toBeLessThanOrEqual(none.metric('proqolSTS'));
    }
  });

  it('on every population preset, stigma education trades numbing for care: less numbing, more satisfaction and care quality, at most a little more STS from the fuller empathic response', () => {
    for (const population of POPULATION_IDS) {
      const none = outcome([], { population, days: 1095 });
      const edu = outcome([['policy.stigmaReduction.education', true]], { population, days: 1095 });
      expect(edu.metric('numbing'), population).toBeLessThan(none.metric('numbing'));
      expect(edu.metric('proqolCS'), population).toBeGreaterThan(none.metric('proqolCS'));
      expect(edu.metric('careQuality'), population).toBeGreaterThan(none.metric('careQuality'));
      expect(edu.metric('proqolSTS') - none.metric('proqolSTS'), population).toBeLessThan(1);
    }
  });

  it('phones off after hours raise detachment', () => {
    const off = outcome([['policy.afterHours.phoneOff', true]]);
    expect(off.series('detachment')).toBeGreaterThan(base.series('detachment'));
  });
});

describe('levers checked in one direction only until now (§5)', () => {
  it('supervision: shorter intervals and higher quality work through more memories and lower STS', () => {
    const weekly = outcome([['policy.supervision.mode', 'opt-out'], ['policy.supervision.intervalDays', 7]]);
    const quarterly = outcome([['policy.supervision.mode', 'opt-out'], ['policy.supervision.intervalDays', 90]]);
    expect(weekly.metric('traumaticMemories')).toBeLessThan(quarterly.metric('traumaticMemories'));
    const expert = outcome([['policy.supervision.mode', 'opt-out'], ['policy.supervision.quality', 1]]);
    const poor = outcome([['policy.supervision.mode', 'opt-out'], ['policy.supervision.quality', 0]]);
    expect(expert.metric('proqolSTS')).toBeLessThan(poor.metric('proqolSTS'));
    expect(expert.metric('numbing')).toBeLessThan(poor.metric('numbing'));
    expect(expert.metric('proqolCS')).toBeGreaterThan(poor.metric('proqolCS'));
  });

  it('supervisor affirmation lowers burnout and raises satisfaction and social support', () => {
    const none = outcome([['policy.supervision.affirmation', 0]]);
    const full = outcome([['policy.supervision.affirmation', 1]]);
    expect(full.metric('proqolBO')).toBeLessThan(none.metric('proqolBO'));
    expect(full.metric('proqolCS')).toBeGreaterThan(none.metric('proqolCS'));
    expect(full.series('socialSupport')).toBeGreaterThan(none.series('socialSupport'));
  });

  it('grief leave lowers STS and burnout', () => {
    const leave = outcome([['policy.grief.leaveDays', 3]]);
    expect(leave.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
    expect(leave.metric('proqolBO')).toBeLessThan(base.metric('proqolBO'));
  });

  it('a lower caseload cap trades overload for unmet demand: less burnout from the caseload, more from the demand turned away, less STS (fewer contacts)', () => {
    const cap = ['policy.staffing.caseloadCap', 5] as const;
    const capped = outcome([cap]);
    expect(capped.metric('unmetDemandShare')).toBeGreaterThan(base.metric('unmetDemandShare'));
    expect(capped.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
    // Each side of the trade alone. With burnout's other event-driven terms weightless (unmet
    // demand, STS, barriers and stigma, which all fall or rise with contacts) the cap relieves
    // overload: it did not while overload counted the demand turned away (until 2026-11-30).
    // With overload weightless it only adds the strain of the demand turned away.
    const overloadOnly = [['coefficients.unmetBurnout', 0], ['coefficients.stsBurnout', 0], ['coefficients.barrierBurnout', 0], ['coefficients.stigmaBurnout', 0]] as const;
    expect(outcome([...overloadOnly, cap]).metric('proqolBO')).toBeLessThan(outcome([...overloadOnly]).metric('proqolBO'));
    const unmetOnly = [['coefficients.overloadBurnout', 0]] as const;
    expect(outcome([...unmetOnly, cap]).metric('proqolBO')).toBeGreaterThan(outcome([...unmetOnly]).metric('proqolBO'));
  });

  it('a four-day week at the same demand leaves more unmet and raises burnout', () => {
    const four = outcome([['policy.staffing.workdaysPerWeek', 4]]);
    expect(four.metric('unmetDemandShare')).toBeGreaterThan(base.metric('unmetDemandShare'));
    expect(four.metric('proqolBO')).toBeGreaterThan(base.metric('proqolBO'));
  });

  it('trauma-informed training also raises supervision uptake (help-seeking)', () => {
    const trained = outcome([['policy.training.traumaInformed', true]]);
    expect(trained.metric('supportUptake')).toBeGreaterThan(base.metric('supportUptake'));
  });

  it('de-escalation training lowers STS where safety incidents are common', () => {
    const unsafe: Overrides = [['coefficients.safetyPerContact', 0.05]];
    const trained = outcome([...unsafe, ['policy.training.deEscalation', true]]);
    const untrained = outcome(unsafe);
    expect(trained.series('safetyIncidents')).toBeLessThan(0.8 * untrained.series('safetyIncidents'));
    expect(trained.metric('proqolSTS')).toBeLessThan(untrained.metric('proqolSTS'));
  });

  it('shadowing lowers turnover where most staff are new', () => {
    // No warm-up: a year of it would age the fresh team before day 0, and with few new hires the
    // common random numbers can leave the two runs with the very same separations.
    const fresh: Overrides = [['population.initialTenureMeanDays', 30], ['population.warmUpDays', 0]];
    const shadowed = outcome([...fresh, ['policy.training.shadowingDays', 60]]);
    expect(shadowed.metric('turnoverPerYear')).toBeLessThan(outcome(fresh).metric('turnoverPerYear'));
  });

  it('phones off after hours lower STS and burnout', () => {
    const off = outcome([['policy.afterHours.phoneOff', true]]);
    expect(off.metric('proqolSTS')).toBeLessThan(base.metric('proqolSTS'));
    expect(off.metric('proqolBO')).toBeLessThan(base.metric('proqolBO'));
  });

  it('ongoing team processing works through more memories in a more cohesive team', () => {
    const ongoing: Overrides = [['policy.debrief.mode', 'ongoing']];
    const cohesive = outcome([...ongoing, ['policy.peerSupport.cohesionActivities', true]]);
    expect(cohesive.metric('traumaticMemories')).toBeLessThan(outcome(ongoing).metric('traumaticMemories'));
  });

  it('lived-experience-tailored support lowers STS through the trigger alone (no "can\'t clock out" loss)', () => {
    const peers: Overrides = [['population.roleMix', { 'recovery-coach': 1 }], ['coefficients.cantClockOut', 0]];
    const tailored = outcome([...peers, ['policy.peerSupport.livedExperienceSupport', true]]);
    expect(tailored.metric('proqolSTS')).toBeLessThan(outcome(peers).metric('proqolSTS'));
  });
});

describe('the community (§2)', () => {
  it('a higher overdose burden means more deaths and more STS', () => {
    const high = outcome([['community.overdoseBurden', 2]]);
    expect(high.metric('clientDeathsPerWorkerYear')).toBeGreaterThan(1.5 * base.metric('clientDeathsPerWorkerYear'));
    expect(high.metric('proqolSTS')).toBeGreaterThan(base.metric('proqolSTS'));
  });

  it('stigma raises burnout and lowers satisfaction', () => {
    const high = outcome([['community.stigma', 1]]);
    expect(high.series('stigmaEncounters')).toBeGreaterThan(1.5 * base.series('stigmaEncounters'));
    expect(high.metric('proqolBO')).toBeGreaterThan(base.metric('proqolBO'));
    expect(high.metric('proqolCS')).toBeLessThan(base.metric('proqolCS'));
  });

  it('system barriers raise burnout (helplessness)', () => {
    const broken = outcome([['community.systemBarriers', 1]]);
    expect(broken.metric('proqolBO')).toBeGreaterThan(base.metric('proqolBO'));
  });

  it('in a tight-knit community where staff live, crises hit people they know: more STS', () => {
    const close = outcome([
      ['community.tightKnit', 1],
      ['population.livesInCommunityShare', 1],
    ]);
    const distant = outcome([
      ['community.tightKnit', 0],
      ['population.livesInCommunityShare', 0],
    ]);
    expect(close.metric('proqolSTS')).toBeGreaterThan(distant.metric('proqolSTS'));
  });

  it('more demand per seat means more burnout and more unmet demand', () => {
    const busy = outcome([['community.demandPerSeat', 8]]);
    expect(busy.metric('proqolBO')).toBeGreaterThan(base.metric('proqolBO'));
    expect(busy.metric('unmetDemandShare')).toBeGreaterThan(base.metric('unmetDemandShare'));
  });
});

describe('numbing (§4.2, §4.4)', () => {
  it('numbing gives relief now and costs later: worse care and more traumatic memories', () => {
    const shell = outcome([['coefficients.numbingGrowth', 0.2]]);
    expect(shell.metric('numbing')).toBeGreaterThan(base.metric('numbing'));
    expect(shell.metric('careQuality')).toBeLessThan(base.metric('careQuality'));
    expect(shell.metric('traumaticMemories')).toBeGreaterThan(base.metric('traumaticMemories'));
  });

  it('numbingTrace\'s default is derived as its source says: a memory\'s lifetime of intrusions returns stsGain per unit diverted', () => {
    const c = defaultScenario().coefficients;
    expect(c.numbingTrace).toBeCloseTo((c.stsGain * c.memoryDecay) / c.intrusion, 5);
  });

  it('the stress numbing diverts comes back through memories: less STS in the first months, more STS, burnout and cf after ten years', () => {
    // Only the diversion differs; nobody leaves, so the debt stays in the team.
    const steady: Overrides = [['coefficients.separationBase', 0], ['population.initialTenureMeanDays', 1]];
    // The first months of numbing from day 0 on: no warm-up, in which the debt would already build.
    const early = (divert: number) => outcome([...steady, ['population.warmUpDays', 0], ['coefficients.numbingDivert', divert]], { days: 120 });
    const late = (divert: number) => outcome([...steady, ['coefficients.numbingDivert', divert]], { days: 3650, reps: 4 });
    expect(early(0.6).metric('proqolSTS')).toBeLessThan(early(0).metric('proqolSTS'));
    const [diverting, not] = [late(0.6), late(0)];
    expect(diverting.metric('traumaticMemories')).toBeGreaterThan(not.metric('traumaticMemories'));
    expect(diverting.metric('proqolSTS')).toBeGreaterThan(not.metric('proqolSTS') + 1);
    expect(diverting.metric('proqolBO')).toBeGreaterThan(not.metric('proqolBO'));
    expect(diverting.metric('cf')).toBeGreaterThan(not.metric('cf'));
  });
});

describe('absence and turnover (§4.8)', () => {
  it('burnout-driven separations: a team under strain loses more staff and is absent more', () => {
    const strain: Overrides = [['community.demandPerSeat', 9], ['community.systemBarriers', 1]];
    const strained = outcome(strain);
    expect(strained.metric('turnoverPerYear')).toBeGreaterThan(base.metric('turnoverPerYear'));
    expect(strained.metric('absenceRate')).toBeGreaterThan(base.metric('absenceRate'));
    // Through burnout itself: without its terms in the hazards, strain costs far fewer staff and absences.
    const noBurnoutTerms: Overrides = [['coefficients.separationBurnout', 0], ['coefficients.sickBurnout', 0]];
    const rise = (metric: 'turnoverPerYear' | 'absenceRate', extra: Overrides) => outcome([...strain, ...extra]).metric(metric) - outcome(extra).metric(metric);
    expect(rise('turnoverPerYear', noBurnoutTerms)).toBeLessThan(0.5 * rise('turnoverPerYear', []));
    expect(rise('absenceRate', noBurnoutTerms)).toBeLessThan(0.5 * rise('absenceRate', []));
  });
});
