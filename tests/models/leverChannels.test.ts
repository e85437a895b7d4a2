import { describe, expect, it } from 'vitest';
import { DAILY_SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { resolveScenario } from '../../scenarios/resolve';
import type { Overrides } from './helpers';

// "And not otherwise": a lever acts only through the coefficients docs/ODD.md gives it. With those
// set to 0, switching the lever on leaves every daily series byte-identical on the same seeds,
// but its cost, in its own part of the cost only (and, for supervision, the sessions it counts).
// A lever with a channel nobody documented, or charged to another part, fails here.

interface Channel {
  readonly lever: string;
  /** The part of the cost its price is charged to (models/costParts.ts). */
  readonly costPart: SeriesName;
  readonly on: Overrides;
  /** The lever off, where the default has it on. */
  readonly off?: Overrides;
  /** The lever's own coefficients (or the setting that gives it nothing to act on), at 0 in both runs. */
  readonly zero: Overrides;
  readonly alsoDiffers?: readonly SeriesName[];
}

const coefficients = (...names: string[]): Overrides => names.map((n) => [`coefficients.${n}`, 0] as const);

const CHANNELS: readonly Channel[] = [
  { lever: 'supervision (opt-in) at quality 0', costPart: 'sessionCost', on: [['policy.supervision.mode', 'opt-in']], off: [['policy.supervision.mode', 'none']], zero: [['policy.supervision.quality', 0]], alsoDiffers: ['supportOffered', 'supportAttended'] },
  { lever: 'supervision (opt-out) at quality 0', costPart: 'sessionCost', on: [['policy.supervision.mode', 'opt-out']], off: [['policy.supervision.mode', 'none']], zero: [['policy.supervision.quality', 0]], alsoDiffers: ['supportOffered', 'supportAttended'] },
  { lever: 'supervisor affirmation', costPart: 'programmeCost', on: [['policy.supervision.affirmation', 0.9]], zero: coefficients('affirmationRest', 'affirmationSatisfaction', 'supervisorSupportWeight') },
  { lever: 'single-session debrief', costPart: 'sessionCost', on: [['policy.debrief.mode', 'single-session']], zero: coefficients('singleSessionProcessing', 'singleSessionHarm') },
  { lever: 'ongoing team processing', costPart: 'programmeCost', on: [['policy.debrief.mode', 'ongoing']], zero: coefficients('teamProcessing') },
  { lever: 'grief leave', costPart: 'absenceCost', on: [['policy.grief.leaveDays', 3]], zero: [['community.fatality', 0]] },
  { lever: 'grief check-in', costPart: 'sessionCost', on: [['policy.grief.checkIn', true]], zero: [['community.fatality', 0]] },
  { lever: 'pay raise', costPart: 'payCost', on: [['policy.compensation.payRaise', 0.2]], zero: coefficients('payRaiseAdequacy') },
  { lever: 'therapy access', costPart: 'payCost', on: [['policy.compensation.therapyAccess', 1]], zero: coefficients('therapyMemoryRelief') },
  { lever: 'benefits', costPart: 'payCost', on: [['policy.compensation.benefits', 1]], zero: coefficients('benefitsShockRelief') },
  { lever: 'trauma-informed training', costPart: 'programmeCost', on: [['policy.training.traumaInformed', true]], zero: coefficients('traumaInformedQuality', 'traumaInformedHelpSeeking') },
  { lever: 'boundary-setting training', costPart: 'programmeCost', on: [['policy.training.boundarySetting', true]], zero: coefficients('boundaryDetachment') },
  { lever: 'de-escalation training', costPart: 'programmeCost', on: [['policy.training.deEscalation', true]], zero: coefficients('deEscalationSafety') },
  { lever: 'system-navigation training', costPart: 'programmeCost', on: [['policy.training.systemNavigation', true]], zero: coefficients('navigationBarrierRelief', 'navigationSuccessGain') },
  { lever: 'shadowing', costPart: 'turnoverCost', on: [['policy.training.shadowingDays', 20]], zero: coefficients('shadowingRelief') },
  { lever: 'cohesion activities', costPart: 'programmeCost', on: [['policy.peerSupport.cohesionActivities', true]], zero: coefficients('cohesionActivitiesGain') },
  { lever: 'structured peer support', costPart: 'programmeCost', on: [['policy.peerSupport.structuredPeerSupport', true]], zero: coefficients('structuredPeerWeight') },
  { lever: 'lived-experience support', costPart: 'programmeCost', on: [['policy.peerSupport.livedExperienceSupport', true]], zero: coefficients('livedExperienceTrigger', 'cantClockOut') },
  { lever: 'stigma education', costPart: 'programmeCost', on: [['policy.stigmaReduction.education', true]], zero: coefficients('stigmaEducationNumbing', 'stigmaEducationShield') },
  { lever: 'social contact', costPart: 'programmeCost', on: [['policy.stigmaReduction.socialContact', true]], zero: coefficients('socialContactBelief') },
  { lever: 'mindfulness', costPart: 'programmeCost', on: [['policy.resilience.mindfulness', true]], zero: coefficients('mindfulnessSelfCare') },
  { lever: 'phones off after hours', costPart: 'programmeCost', on: [['policy.afterHours.phoneOff', true]], zero: coefficients('phoneOffDetachment') },
];

const DAYS = 365;

function records(overrides: Overrides): Float64Array[] {
  const params = modelParameters(resolveScenario({ overrides: [['days', DAYS], ...overrides] }));
  return [0, 1].map((replication) => runReplication(params, { seed: 3, point: 0, replication }).record);
}

/** The series that differ between two runs' records (any day, any replication). */
function differing(a: Float64Array[], b: Float64Array[]): SeriesName[] {
  return DAILY_SERIES.filter((_, s) => a.some((record, r) => Array.from({ length: DAYS }, (_, d) => d * SERIES_COUNT + s).some((k) => !Object.is(record[k], b[r][k])))).map((d) => d.name);
}

describe('each lever acts only through its own coefficients (§5, docs/ODD.md §7)', () => {
  for (const channel of CHANNELS) {
    const allowed = new Set<SeriesName>(['cost', channel.costPart, ...(channel.alsoDiffers ?? [])]);
    it(`${channel.lever}: with its coefficients at 0 it changes nothing but ${[...allowed].join(' and ')}`, () => {
      const without = records([...channel.zero, ...(channel.off ?? [])]);
      const withLever = records([...channel.zero, ...channel.on]);
      expect(differing(without, withLever).filter((s) => !allowed.has(s))).toEqual([]);
    });
  }

  it('the check can fail: with one of its coefficients left on, a lever moves the states', () => {
    const without = records(coefficients('mindfulnessSelfCare'));
    const withLever = records([...coefficients('mindfulnessSelfCare'), ['policy.resilience.mindfulness', true], ['coefficients.mindfulnessSelfCare', 0.45]]);
    expect(differing(without, withLever)).toContain('selfCare');
  });
});
