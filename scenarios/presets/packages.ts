import type { Preset } from './populations';

// Policy packages of MODEL.md §9. A package only sets levers: no outcome is ever set directly,
// so packages differ from each other only through the model's mechanisms.

export const PACKAGE_IDS = ['status-quo', 'opt-out-support', 'multi-level', 'stigma-reduction', 'individual-resilience', 'mandatory-debrief'] as const;
export type PackageId = (typeof PACKAGE_IDS)[number];

export function isPackageId(value: unknown): value is PackageId {
  return typeof value === 'string' && (PACKAGE_IDS as readonly string[]).includes(value);
}

export const PACKAGES: { readonly [Id in PackageId]: Preset<Id> } = {
  'status-quo': {
    id: 'status-quo',
    summary: 'Opt-in supervision, informal processing only, no grief protocol: a programme that has added no structured support (seed 003: support "few, often private, and opt-in"; 53% of programmes had a grief protocol, so about half had none). Its levels (sessions offered monthly, quality 0.6, affirmation 0.3, caseload cap 10, 5-day weeks, 15 PTO days, benefits 0.4) are assumptions.',
    patch: { policy: { name: 'status-quo', description: 'Opt-in support, little formal structure.' } },
  },
  'opt-out-support': {
    id: 'opt-out-support',
    summary: 'Pre-booked fortnightly supervision, ongoing team processing and a grief protocol; seed 003 recommends the kinds ("opt-out supervision", "Dedicated time for team processing of overdose deaths") and seed 002 asks for "paid time off in order to mourn clients\' passing"; the sizes (every 14 days, quality 0.7, 2 days of grief leave after each working day with a client death) are assumptions. The leave adds up: on ma-outreach a worker meets about 8 client deaths a year, so it comes to about 15 days of leave a worker-year, about two-fifths of the package\'s net cost there.',
    patch: {
      policy: {
        name: 'opt-out-support',
        description: 'Pre-booked (opt-out) supervision, ongoing team processing, 2 days of grief leave after each working day with a client death, and check-ins.',
        // Sizes assumed (seed 003 recommends the kinds, not the sizes): fortnightly, quality 0.7, 2 days.
        supervision: { mode: 'opt-out', intervalDays: 14, quality: 0.7 },
        debrief: { mode: 'ongoing' },
        grief: { leaveDays: 2, checkIn: true },
      },
    },
  },
  'multi-level': {
    id: 'multi-level',
    summary: 'Support at the individual, team and organizational levels: training, staffing, pay, benefits, therapy, affirmation, peer support; seed 002 asks for these kinds ("training, staffing, compensation, and benefits", supervisors\' affirmation, shadowing, phones off after hours); every size (+15% seats, a 5% float pool, a 10% raise, benefits 0.8, 20 shadowing days, affirmation 0.7) is an assumption. Community-level stigma reduction is the stigma-reduction package.',
    patch: {
      policy: {
        name: 'multi-level',
        description: 'Training, more staff and a float pool, a pay raise, therapy access and benefits, supervisor affirmation, peer and lived-experience support, phones off after hours.',
        // Every size here is an assumption: seed 002 asks for the kinds of support, not amounts.
        supervision: { affirmation: 0.7 },
        staffing: { extraSeatShare: 0.15, floatPool: 0.05 },
        compensation: { payRaise: 0.1, therapyAccess: 1, benefits: 0.8 },
        training: { traumaInformed: true, boundarySetting: true, deEscalation: true, systemNavigation: true, shadowingDays: 20 },
        peerSupport: { cohesionActivities: true, structuredPeerSupport: true, livedExperienceSupport: true },
        afterHours: { phoneOff: true },
      },
    },
  },
  'stigma-reduction': {
    id: 'stigma-reduction',
    summary: 'Stigma education, social contact with people in recovery, trauma-informed care and resilience training (seed 000).',
    patch: {
      policy: {
        name: 'stigma-reduction',
        description: 'Stigma education, recovery-based social contact, trauma-informed care, a resilience programme.',
        stigmaReduction: { education: true, socialContact: true },
        training: { traumaInformed: true },
        resilience: { mindfulness: true },
      },
    },
  },
  'individual-resilience': {
    id: 'individual-resilience',
    summary: 'A mindfulness / self-care programme only (individual-directed). Its effect on burnout is set to the trials\' modest size (Panagioti 2017, physician-directed programmes: SMD −0.18, 95% CI −0.32 to −0.03); its larger effects on compassion fatigue, numbing and turnover come from self-care\'s other roles in the model (buffering stress, slowing numbing, protecting against compassion fatigue), whose weights no trial of such programmes measured.',
    patch: {
      policy: { name: 'individual-resilience', description: 'Mindfulness / self-care programme only.', resilience: { mindfulness: true } },
    },
  },
  'mandatory-debrief': {
    id: 'mandatory-debrief',
    summary: 'Mandatory single-session debriefing on each day a worker meets a crisis or a client\'s death, not after a safety incident alone (CISD-style; for contrast with the evidence of no benefit).',
    patch: {
      policy: { name: 'mandatory-debrief', description: 'Mandatory single-session debrief after each crisis or death.', debrief: { mode: 'single-session' } },
    },
  },
};
