import { num, obj, type Resolved } from '../sim/params/fields';

// Every coefficient of the model, in one table: value, meaning, unit and source or reasoning.
// The scenario field `coefficients` is this table, so any value can be overridden from a file
// or `--set coefficients.NAME=VALUE`, and sweeps can vary it. docs/SCENARIO.md renders it.

export const coefficientsField = obj('Model coefficients (MODEL.md §4). Change only for sensitivity analysis.', {
  // §4.1 events and their weight as exposure
  routineWeight: num({ doc: 'Exposure weight of a routine contact.', default: 0.05, min: 0, max: 1, source: 'MODEL.md §4.1 suggested intensity.' }),
  crisisWeight: num({ doc: 'Exposure weight of a crisis (non-fatal overdose, acute suffering).', default: 1, min: 0, max: 10, source: 'MODEL.md §4.1 suggested intensity.' }),
  deathWeight: num({ doc: 'Exposure weight of a client death, multiplied by (1 + attachment).', default: 3, min: 0, max: 20, source: 'MODEL.md §4.1 suggested intensity.' }),
  knownPersonMultiplier: num({ doc: 'Exposure multiplier when a crisis or death involves a person the worker knows personally.', default: 1.5, min: 1, max: 5, source: 'MODEL.md §4.1; seed 003: staff who live where they work know the people who overdose.' }),
  safetyWeight: num({ doc: 'Exposure weight of a safety incident.', default: 1, min: 0, max: 10, source: 'Assumption: as intense as a crisis (seed 002: "there\'s tape and a dude\'s been shot").' }),
  crisisPerContact: num({ doc: 'Crises per contact at overdose burden 1 and role rate 1.', default: 0.05, min: 0, max: 1, unit: 'per contact', source: 'Assumption: a full-caseload outreach worker meets a crisis every two to three workdays (seed 000: the same person "three times this week").' }),
  deathPerContact: num({ doc: 'Client deaths per contact at overdose burden 1 and fatality 1, role rate 1.', default: 0.05, min: 0, max: 1, unit: 'per contact', source: 'Assumption: with the default fatality 0.1 a full-caseload outreach worker learns of about two client deaths every three months (about 8 a year on ma-outreach).' }),
  successPerContact: num({ doc: 'Client successes (treatment entry, housing, recovery steps) per contact with no system barriers.', default: 0.06, min: 0, max: 1, unit: 'per contact', source: 'Assumption, checked against the seeds\' order (none gives a count): successes are rarer than failed referrals on every preset (0.16 against 0.21 a worker-day on ma-outreach, 0.13 against 0.35 on ct-harm-reduction; seed 002: "It\'s just too complicated to get somebody actually into a service") and rarest on canada-first-responders (0.09; seed 000: "not being able to help move people towards recovery"). It reaches satisfaction only through its product with successSatisfaction, sized against it (docs/ODD.md §7.1, §7.9).' }),
  barrierSuccessLoss: num({ doc: 'Share of successes lost at system barriers 1.', default: 0.5, min: 0, max: 1, source: 'Seed 002: "10,000 hurdles" keep clients out of treatment; size assumed.' }),
  barrierPerContact: num({ doc: 'Failed referrals per contact at system barriers 1.', default: 0.1, min: 0, max: 1, unit: 'per contact', source: 'Assumption, checked against seed 002\'s weight for the system (none gives a count; "most participants" felt their ability to help "stymied", "it\'s starting to weigh on me"): on ct-harm-reduction (system barriers 0.75) failed referrals take the most compassion satisfaction (2.1 ProQOL points) and add about as much burnout as STS (24% against 25%; overload 34%), more than stigma encounters (docs/ODD.md §7.1).' }),
  stigmaPerContact: num({ doc: 'Stigma encounters per contact at community stigma 1.', default: 0.1, min: 0, max: 1, unit: 'per contact', source: 'Assumption, checked against seed 002\'s order (none gives a count; stigma from the public and other services is "an additional burden and stressor", met face to face by "some participants", the system\'s hurdles by "most"): on ct-harm-reduction stigma encounters take less compassion satisfaction (1.7 ProQOL points) and add less burnout (15%) than failed referrals (2.1, 24%). Seed 000\'s stigma is providers\' own, not encounters (docs/ODD.md §7.1).' }),
  safetyPerContact: num({ doc: 'Safety incidents per contact, role rate 1.', default: 0.008, min: 0, max: 1, unit: 'per contact', source: 'Assumption: about one incident a month per full-caseload worker at role rate 1 (about 13 a year per worker on ma-outreach, 9 on ct-harm-reduction).' }),
  knownPersonBase: num({ doc: 'Probability a crisis or death involves someone the worker knows, for a worker living in a fully tight-knit community.', default: 0.4, min: 0, max: 1, source: 'Seed 003: 47% live where they work; staff in small close-knit communities meet people they grew up or went to school with ("I knew the address"). Value assumed.' }),
  knownPersonOutsider: num({ doc: 'Same probability for a worker who does not live in the community, relative to one who does.', default: 0.25, min: 0, max: 1, source: 'Assumption.' }),
  attachmentHalfDays: num({ doc: 'Tenure at which attachment to long-term clients reaches one half (attachment = tenure / (tenure + this)).', default: 730, min: 1, max: 10000, unit: 'days', source: 'Assumption; seed 002: "seven clients that I\'ve had for over 10 years".' }),
  sustainableLoad: num({ doc: 'Contacts per workday a full-caseload worker handles without strain; a caseload carried above it is overload.', default: 6, min: 0.1, max: 100, unit: 'contacts/day', source: 'Assumption, consistent with the default demand of the outreach preset.' }),

  // §4.2 empathy and compassion stress
  witnessShare: num({ doc: 'Share of exposure that hurts whatever the empathic response ("witnessing alone hurts a little"), `a` in MODEL.md §4.2.', default: 0.3, min: 0, max: 1, source: 'MODEL.md §4.2.' }),
  livedExperienceTrigger: num({ doc: 'Extra compassion stress for staff with lived experience (trigger = 1 + this).', default: 0.4, min: 0, max: 3, source: 'Seed 003: recovery coaches face triggers; seed 002: "I don\'t clock out"; size assumed.' }),
  tailoredTriggerRelief: num({ doc: 'Share of the lived-experience trigger removed by lived-experience-tailored support.', default: 0.5, min: 0, max: 1, source: 'Seeds 002, 003 (support tailored to peers); size assumed.' }),
  numbingDivert: num({ doc: 'Share of today\'s compassion stress diverted from STS into traumatic memories per unit numbing.', default: 0.6, min: 0, max: 1, source: 'MODEL.md §4.2: relief now, cost later (seed 003: "that shell"; waking "at four in the morning").' }),
  numbingTrace: num({ doc: 'Traumatic memory laid down per unit of stress that numbing diverts from STS. At the default the diverted stress comes back: over a memory\'s natural life its intrusions add numbingTrace × intrusion / memoryDecay = stsGain of STS per unit diverted, what the stress would have added unbuffered. The buffer that softens stress today does not soften the intrusions, so the debt exceeds the relief.', default: 0.00967, min: 0, max: 1, source: 'MODEL.md §4.2 ("relief now, cost later") and §4.4 (numbing "defers and worsens"): stsGain × memoryDecay / intrusion = 0.058 × 0.002 / 0.012.' }),
  careQualityBase: num({ doc: 'Care quality of a contact given with no empathic response.', default: 0.3, min: 0, max: 1, source: 'Assumption: a detached worker still delivers the basic service.' }),
  traumaInformedQuality: num({ doc: 'Relative gain in care quality from trauma-informed care training.', default: 0.15, min: 0, max: 1, source: 'Seed 000: trauma-informed care creates "a safer environment in which care ... [is] provided"; size assumed.' }),
  burnoutQualityLoss: num({ doc: 'Relative loss of care quality at burnout 1.', default: 0.3, min: 0, max: 1, source: 'Seed 000 (citing a UK emergency-department study): staff with low compassion satisfaction reduce their standards of care; carried over to burnout by assumption, size assumed.' }),

  // §4.3 STS and traumatic memories
  stsGain: num({ doc: 'α: STS gained per unit of unbuffered compassion stress.', default: 0.058, min: 0, max: 1, source: 'Assumption (no seed gives a size), tuned so the status-quo presets meet the calibration targets of MODEL.md §8 (0.07 until the diverted stress of numbing returned as STS, 2026-11-30; see docs/VALIDATION.md).' }),
  intrusion: num({ doc: 'β: STS added per day per unit of traumatic memories (intrusions).', default: 0.012, min: 0, max: 1, source: 'Seed 003: delayed intrusions (waking "at four in the morning"); size tuned.' }),
  stsRecovery: num({ doc: 'Daily natural recovery of STS (share of current STS).', default: 0.025, min: 0, max: 1, unit: 'per day', source: 'Assumption: acute-to-subacute distress halves in about four weeks without further exposure.' }),
  offDutyRecovery: num({ doc: 'Extra daily STS and burnout recovery on a day not worked (day off, leave or sick), per unit detachment.', default: 0.04, min: 0, max: 1, unit: 'per day', source: 'CFR model: detachment protects; size assumed.' }),
  eveningRecovery: num({ doc: 'Extra STS recovery after a workday, per unit detachment.', default: 0.012, min: 0, max: 1, unit: 'per day', source: 'Assumption.' }),
  bufferSelfCare: num({ doc: 'Protective weight of self-care in the CFR buffer.', default: 0.3, min: 0, max: 1, source: 'Ludick & Figley 2017 protective factor; weight assumed.' }),
  bufferDetachment: num({ doc: 'Protective weight of detachment in the CFR buffer.', default: 0.3, min: 0, max: 1, source: 'Ludick & Figley 2017 protective factor; weight assumed.' }),
  bufferSatisfaction: num({ doc: 'Protective weight of sense of satisfaction in the CFR buffer.', default: 0.3, min: 0, max: 1, source: 'Ludick & Figley 2017 protective factor; weight assumed.' }),
  bufferSocialSupport: num({ doc: 'Protective weight of social support in the CFR buffer.', default: 0.45, min: 0, max: 1, source: 'Ludick & Figley 2017; seed 003: staff leaned on teammates (car rides to and from visits as team processing). Its weight above self-care (which seed 003 calls one of the most salient protectors) is assumed.' }),
  stsContagion: num({ doc: 'Daily pull of a worker\'s STS toward a higher team mean ("trauma is contagious").', default: 0.004, min: 0, max: 0.2, unit: 'per day', source: 'Assumption (Herman\'s phrase quoted in seed 003; spread between teammates is not measured).' }),
  traceScale: num({ doc: 'Traumatic memory left by one unit of high-intensity exposure if never processed.', default: 0.0012, min: 0, max: 1, source: 'Assumption, checked against MODEL.md §8 only (no seed gives a size; seed 003 asks for "Dedicated time for team processing of overdose deaths"): event traces are about half of new traumatic memory on every preset, and without them ma-outreach STS is 2.4 ProQOL points lower; twice the value puts ma-outreach STS at 28.8, above the 22-28 band, so the band bounds it at about 1.5 times this value (docs/ODD.md §7.3).' }),
  memoryDecay: num({ doc: 'Daily natural fading of traumatic memories.', default: 0.002, min: 0, max: 0.1, unit: 'per day', source: 'Assumption: half-life about a year.' }),
  carTalkProcessing: num({ doc: 'Share of a day\'s pending memory trace processed informally (talk in the car), per unit social support.', default: 0.35, min: 0, max: 1, source: 'Seed 003: the car as "shared office space" to "regroup our thoughts".' }),
  teamProcessing: num({ doc: 'Share of pending trace processed by ongoing team processing, per unit team cohesion.', default: 0.6, min: 0, max: 1, source: 'Seed 003 recommends fixed, proactive team processing; effect "contingent on team cohesion".' }),
  singleSessionProcessing: num({ doc: 'Share of pending trace processed by a mandatory single-session debrief (CISD).', default: 0, min: 0, max: 1, source: 'van Emmerik et al. 2002 (Lancet) meta-analysis; Rose et al. Cochrane review: no benefit over natural recovery.' }),
  singleSessionHarm: num({ doc: 'Extra compassion stress from re-exposure in a mandatory single-session debrief, per unit of the day\'s high-intensity exposure.', default: 0.02, min: 0, max: 1, source: 'Rose et al. Cochrane review: possible harm; kept small.' }),
  griefCheckInProcessing: num({ doc: 'Share of the day\'s client-death trace processed by a grief check-in (crisis and safety traces are not).', default: 0.3, min: 0, max: 1, source: 'Seed 003: dedicated time for processing overdose deaths; size assumed.' }),
  supervisionProcessing: num({ doc: 'Share of pending trace processed on a supervision day, per unit supervision quality.', default: 0.5, min: 0, max: 1, source: 'Assumption, checked against the opt-out-support package (MODEL.md §4.3 names supervision among same- or next-day processing; no source gives a size): at any value from 0 to 1 it changes the package\'s effects by at most 0.02 ProQOL points and 0.2 pp of turnover on every preset, because a session falls on about one workday in 26 and team processing and talk in the car have already processed most of that day\'s trace (docs/ODD.md §7.13).' }),
  supervisionMemoryRelief: num({ doc: 'Share of traumatic memories worked through in one attended supervision session, per unit quality.', default: 0.12, min: 0, max: 1, source: 'Assumption; seed 003 recommends expert clinical supervision.' }),
  supervisionStsRelief: num({ doc: 'Share of STS relieved by one attended session, per unit quality.', default: 0.1, min: 0, max: 1, source: 'Assumption, checked against Panagioti et al. 2017 (organization-directed burnout SMD -0.45, 95% CI -0.28 to -0.62) through opt-out-support (no source gives a per-session size; seed 003 recommends "opt-out supervision"): it carries 16-33% of the package\'s STS effect and 7-12% of its burnout effect, and the package\'s SMD (-0.43, -0.35, -0.61 on ma-outreach, ct-harm-reduction, canada-first-responders) stays in the interval from 0 to twice the value except on canada-first-responders, where twice gives -0.64: the interval bounds it at about 1.3 times this value (docs/ODD.md §7.13).' }),
  therapyMemoryRelief: num({ doc: 'Daily reduction of traumatic memories from full therapy access, for a worker with full help-seeking.', default: 0.004, min: 0, max: 0.1, unit: 'per day', source: 'Seed 002 asks for "quality therapy"; size assumed.' }),

  // §4.4 detachment, numbing, self-care
  boundaryDetachment: num({ doc: 'Detachment added by boundary-setting training.', default: 0.1, min: 0, max: 1, source: 'Seed 002 (boundaries); size assumed.' }),
  phoneOffDetachment: num({ doc: 'Detachment added by switching the work phone off after hours.', default: 0.1, min: 0, max: 1, source: 'Seed 002: turning the work phone off is protective; size assumed.' }),
  guiltDetachment: num({ doc: 'Detachment lost per unit (empathic concern × unmet demand share).', default: 0.4, min: 0, max: 2, source: 'MODEL.md §4.4 (guilt); size assumed.' }),
  cantClockOut: num({ doc: 'Detachment lost by staff with lived experience ("I don\'t clock out").', default: 0.15, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  tailoredClockOutRelief: num({ doc: 'Share of the detachment lost to "I don\'t clock out" that lived-experience-tailored support gives back.', default: 0.5, min: 0, max: 1, source: 'Seeds 002, 003 (support tailored to peers); size assumed, equal to tailoredTriggerRelief.' }),
  intrusionDetachment: num({ doc: 'Detachment lost per unit traumatic memories.', default: 0.3, min: 0, max: 2, source: 'MODEL.md §4.4 (intrusions); size assumed.' }),
  numbingGrowth: num({ doc: 'Daily numbing growth per unit STS above the threshold, per unit poor coping, scaled by numbing propensity.', default: 0.02, min: 0, max: 1, unit: 'per day', source: 'Seed 003 ("that shell", dark humour), seed 000 ("getting numb"); size assumed.' }),
  numbingThreshold: num({ doc: 'STS above which numbing starts to grow.', default: 0.35, min: 0, max: 1, source: 'Assumption.' }),
  numbingRelief: num({ doc: 'Daily numbing reduction per unit social support.', default: 0.01, min: 0, max: 1, unit: 'per day', source: 'MODEL.md §4.4; size assumed.' }),
  supervisionNumbingRelief: num({ doc: 'Share of numbing relieved by one attended supervision session, per unit quality.', default: 0.08, min: 0, max: 1, source: 'Assumption, checked against opt-out-support (MODEL.md §4.4: numbing "shrinks with social support and supervision"; no source gives a size): it carries 12-25% of the package\'s fall in numbing and about a fifth of its care-quality gain, none of its burnout or turnover effect, and trims its STS effect by about 0.2 points (less numbing, more stress felt), so it moves no checked target (docs/ODD.md §7.13).' }),
  stigmaEducationNumbing: num({ doc: 'Share of numbing growth (distancing) prevented by stigma education.', default: 0.3, min: 0, max: 1, source: 'Seed 000: stigma shows up as distancing and apathy; education is its remedy; size assumed.' }),
  selfCareRate: num({ doc: 'Daily speed at which self-care moves to its target.', default: 0.03, min: 0, max: 1, unit: 'per day', source: 'Assumption.' }),
  selfCareErosion: num({ doc: 'Self-care target lost at burnout 1.', default: 0.35, min: 0, max: 1, source: 'Seed 000: "they don\'t even have time to do self-care".' }),
  mindfulnessSelfCare: num({ doc: 'Self-care target added by a mindfulness / self-care programme.', default: 0.45, min: 0, max: 1, source: 'Calibrated to Panagioti et al. 2017 (individual-directed interventions: burnout SMD about -0.2 to -0.45): the individual-resilience package gives about -0.34 on ma-outreach (docs/VALIDATION.md, check ma-outreach/individual-effect, gives the current figure).' }),
  leaveSelfCare: num({ doc: 'Self-care target added while on leave.', default: 0.1, min: 0, max: 1, source: 'MODEL.md §4.4 (time off); size assumed.' }),

  // §4.5 burnout
  overloadBurnout: num({ doc: 'g1: daily burnout per unit of overload (caseload carried per caseload share, present staff plus float cover, after the caseload cap, / sustainable load - 1), on workdays.', default: 0.012, min: 0, max: 1, source: 'Aiken et al. 2002 (burnout odds ×1.23 per extra patient per nurse) gives the direction; the size is tuned to the calibration targets of MODEL.md §8, not fitted to that odds ratio.' }),
  barrierBurnout: num({ doc: 'g2: burnout per failed referral (helplessness against "the system").', default: 0.004, min: 0, max: 1, source: 'Seed 002: "You feel defeated ... it is maddening"; size tuned.' }),
  stigmaBurnout: num({ doc: 'g3: burnout per stigma encounter.', default: 0.004, min: 0, max: 1, source: 'Seed 002 (theme 7: stigma by association, community members hostile to harm reduction and its clients, an added stressor); seed 000 is about stigma held by providers. Size tuned.' }),
  stsBurnout: num({ doc: 'g4: daily burnout per unit STS.', default: 0.004, min: 0, max: 1, source: 'ProQOL: burnout and STS co-occur in compassion fatigue; size tuned.' }),
  unmetBurnout: num({ doc: 'Daily burnout per unit unmet-demand share, on workdays.', default: 0.01, min: 0, max: 1, source: 'MODEL.md §3 (unmet demand felt as helplessness); size assumed.' }),
  burnoutRecovery: num({ doc: 'g5: daily burnout recovery per unit rest.', default: 0.016, min: 0, max: 1, unit: 'per day', source: 'Assumption, checked against MODEL.md §8 only (no source gives a recovery speed; seed 002 names time off as protective against burnout): it removes about 70% of the burnout added (off-duty recovery the rest), and with the burnout inputs as tuned the presets meet §8 only for values from about 0.015 (below it ct-harm-reduction turnover exceeds 35%) to 0.017 (above it ma-outreach burnout falls below 20) (docs/ODD.md §7.8).' }),
  workdayRest: num({ doc: 'Rest on a workday (on a day off or a sick day, rest equals detachment; on leave it is leaveRest).', default: 0.3, min: 0, max: 2, source: 'Assumption.' }),
  affirmationRest: num({ doc: 'Rest added by supervisor affirmation (per unit affirmation).', default: 0.15, min: 0, max: 2, source: 'Seed 002: supervisor affirmation as support; size assumed.' }),
  selfCareRest: num({ doc: 'Rest added per unit self-care.', default: 0.3, min: 0, max: 2, source: 'MODEL.md §4.4: self-care protects; individual-directed effects modest (Panagioti 2017).' }),
  satisfactionRest: num({ doc: 'Rest added per unit compassion satisfaction.', default: 0.3, min: 0, max: 2, source: 'MODEL.md §4.5; size assumed.' }),

  // §4.6 compassion satisfaction
  successSatisfaction: num({ doc: 'Satisfaction per client success, scaled by empathic response and belief in wellness.', default: 0.06, min: 0, max: 1, source: 'Seeds 000, 002, 003: client progress is a main source of compassion satisfaction, on a par with helplessness against the system (000: "not being able to help move people towards recovery" is central to low satisfaction, where "they\'ve done something successfully" it helps; 002: relationships with clients are "a key contributor to job satisfaction and feelings of success", against "You feel defeated" at the system\'s hurdles; 003: "getting [people] to a better place and watching them grow"). The seeds give the order, not a size: assumed so that on ma-outreach the successes channel about equals the failed-referral channel (docs/ODD.md §7.9). 0.02 until 0.4.0, which gave a success half the weight of a failed referral.' }),
  beliefInWellnessBase: num({ doc: 'Belief that recovery is possible, without social-contact programmes.', default: 0.6, min: 0, max: 1, source: 'Seed 000: hopelessness from seeing the same person "10 or 20 times".' }),
  socialContactBelief: num({ doc: 'Belief in wellness added by social contact with people in recovery.', default: 0.25, min: 0, max: 1, source: 'Seed 000: recovery stories and contact "helps an awful lot with my burnout".' }),
  barrierSatisfaction: num({ doc: 'Satisfaction lost per failed referral.', default: 0.003, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  stigmaSatisfaction: num({ doc: 'Satisfaction lost per stigma encounter.', default: 0.004, min: 0, max: 1, source: 'Seed 002 (theme 7: working with a stigmatized population in a stigmatized field); seed 000 links provider-held stigma with low compassion satisfaction. Size assumed.' }),
  stigmaEducationShield: num({ doc: 'Share of the satisfaction loss from stigma prevented by stigma education.', default: 0.4, min: 0, max: 1, source: 'Seed 000; size assumed.' }),
  unmetSatisfaction: num({ doc: 'Daily satisfaction lost per unit unmet-demand share.', default: 0.008, min: 0, max: 1, source: 'MODEL.md §4.6; size assumed.' }),
  affirmationSatisfaction: num({ doc: 'Daily satisfaction from supervisor affirmation (per unit affirmation), on workdays.', default: 0.002, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  supervisionSatisfaction: num({ doc: 'Satisfaction from one attended supervision session, per unit quality.', default: 0.02, min: 0, max: 1, source: 'MODEL.md §5 (affirmation in supervision); size assumed.' }),
  satisfactionReversion: num({ doc: 'Daily reversion of satisfaction toward the worker\'s base.', default: 0.02, min: 0, max: 1, unit: 'per day', source: 'Assumption.' }),

  // §4.7 life demands and compassion fatigue
  lifeDemandsReversion: num({ doc: 'Daily reversion of other life demands toward their base.', default: 0.01, min: 0, max: 1, unit: 'per day', source: 'Assumption.' }),
  payGapDemands: num({ doc: 'Life-demands base added per unit pay inadequacy (1 - pay adequacy): second jobs.', default: 0.3, min: 0, max: 1, source: 'Seed 002: "having to work multiple jobs"; size assumed.' }),
  lifeShockRate: num({ doc: 'Daily probability of a life shock (family, health, money).', default: 0.006, min: 0, max: 1, unit: 'per day', source: 'Assumption: about two shocks a year.' }),
  lifeShockSize: num({ doc: 'Life demands added by a shock with no benefits.', default: 0.2, min: 0, max: 1, source: 'Assumption.' }),
  benefitsShockRelief: num({ doc: 'Share of a shock absorbed by full benefits (health insurance, leave).', default: 0.5, min: 0, max: 1, source: 'Seed 002 asks for health insurance and mental health services; size assumed.' }),
  cfIntercept: num({ doc: 'k0 of the compassion fatigue logistic.', default: -3.2, min: -20, max: 20, source: 'Assumption, not anchored: MODEL.md and the seeds give no level or threshold of compassion fatigue, so its level is checked only together with separationBase and sickBase, through turnover and absence (MODEL.md §8). It moves little else (±1 moves the ProQOL scores by 0.3 points at most); read compassion fatigue as an index whose differences between packages mean something and whose level does not, and so the share of leavers whose main reason is compassion-fatigue (docs/ODD.md §7.11).' }),
  cfSts: num({ doc: 'k1: weight of STS in compassion fatigue.', default: 3, min: 0, max: 20, source: 'Ludick & Figley 2017 (the factor; the model gives no weights); weight assumed.' }),
  cfProlongedExposure: num({ doc: 'k2: weight of prolonged exposure.', default: 1.5, min: 0, max: 20, source: 'Ludick & Figley 2017 (the factor; the model gives no weights); weight assumed.' }),
  cfTraumaticMemories: num({ doc: 'k3: weight of traumatic memories.', default: 2, min: 0, max: 20, source: 'Ludick & Figley 2017 (the factor; the model gives no weights); weight assumed.' }),
  cfLifeDemands: num({ doc: 'k4: weight of other life demands.', default: 1.5, min: 0, max: 20, source: 'Ludick & Figley 2017 (the factor; the model gives no weights); weight assumed.' }),
  cfBurnout: num({ doc: 'k5: weight of burnout.', default: 2, min: 0, max: 20, source: 'ProQOL: compassion fatigue combines burnout and STS.' }),
  cfProtection: num({ doc: 'k6: weight of the mean of self-care, detachment, satisfaction and social support.', default: 3, min: 0, max: 20, source: 'Ludick & Figley 2017 (the factor; the model gives no weights); weight assumed.' }),
  exposureWindowDays: num({ doc: 'Window of the moving average that defines prolonged exposure.', default: 90, min: 1, max: 3650, unit: 'days', source: 'MODEL.md §2 (≈90-day).' }),
  exposureReference: num({ doc: 'Daily exposure that counts as prolonged exposure 1.', default: 2, min: 0.01, max: 100, source: 'Assumption.' }),

  // §4.8 absence and turnover
  sickBase: num({ doc: 'Daily probability of a sick day on a workday at zero burnout and compassion fatigue.', default: 0.012, min: 0, max: 1, unit: 'per workday', source: 'Assumption: total sickness absence of a few percent of workdays, typical of health and social care.' }),
  sickBurnout: num({ doc: 'Log-risk of a sick day per unit burnout.', default: 1.5, min: 0, max: 10, source: 'Assumption.' }),
  sickCf: num({ doc: 'Log-risk of a sick day per unit compassion fatigue.', default: 1.5, min: 0, max: 10, source: 'Assumption; seed 003 lists absenteeism among idioms of distress.' }),
  separationBase: num({ doc: 'h0: daily separation hazard before state effects.', default: 0.00085, min: 0, max: 1, unit: 'per day', source: 'Tuned to annual turnover of 20-35% (Eby et al. 2010: SUD counsellors about 33%/yr; MODEL.md §8: EMS 20-36%, no source given).' }),
  separationBurnout: num({ doc: 'c1: log-hazard of leaving per unit burnout.', default: 1.5, min: 0, max: 20, source: 'Burnout predicts turnover intention (MODEL.md §4.8); size assumed.' }),
  separationCf: num({ doc: 'c2: log-hazard per unit compassion fatigue.', default: 1.5, min: 0, max: 20, source: 'Assumption.' }),
  separationSatisfaction: num({ doc: 'c3: log-hazard reduction per unit satisfaction.', default: 1.5, min: 0, max: 20, source: 'Assumption.' }),
  separationPay: num({ doc: 'c4: log-hazard reduction per unit pay adequacy.', default: 0.3, min: 0, max: 20, source: 'Seed 002: higher wages a key retention need; size assumed.' }),
  newHireHazard: num({ doc: 'Extra relative separation hazard on the first day, fading linearly to 0 at the end of the new-hire period.', default: 1.0, min: 0, max: 20, source: 'Assumption: the first months are fragile (seed 002: 65% under a year in role).' }),
  newHireDays: num({ doc: 'Length of the fragile new-hire period.', default: 180, min: 1, max: 3650, unit: 'days', source: 'Assumption.' }),
  shadowingRelief: num({ doc: 'Share of the extra new-hire separation hazard and of exposure removed while a new hire is shadowing (tenure below policy.training.shadowingDays).', default: 0.5, min: 0, max: 1, source: 'Seed 002 asks for shadowing; size assumed.' }),
  ptoBlockDays: num({ doc: 'Length of one block of paid time off.', default: 5, min: 1, max: 30, unit: 'days', source: 'Seed 002: "I like to take a week off".' }),
  leaveRest: num({ doc: 'Rest while on leave (a day off gives detachment).', default: 1.5, min: 0, max: 5, source: 'Assumption.' }),

  // §4.9 social support and cohesion
  peerSupportWeight: num({ doc: 'Weight of teammates\' wellbeing (mean of 1 - cf, scaled by cohesion) in social support.', default: 0.65, min: 0, max: 1, source: 'Seed 003: reliance on teammates is "contingent on team cohesion"; size assumed.' }),
  supervisorSupportWeight: num({ doc: 'Weight of the supervisor\'s affirmation in social support.', default: 0.2, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  structuredPeerWeight: num({ doc: 'Social support added by structured peer support.', default: 0.15, min: 0, max: 1, source: 'Seeds 002, 003; size assumed.' }),
  cohesionBase: num({ doc: 'Team cohesion a stable team settles at with no cohesion activities.', default: 0.55, min: 0, max: 1, source: 'Assumption.' }),
  cohesionActivitiesGain: num({ doc: 'Cohesion added by cohesion activities.', default: 0.2, min: 0, max: 1, source: 'Seed 003; size assumed.' }),
  cohesionChurnLoss: num({ doc: 'Cohesion lost when a member leaves or a stranger joins, divided by team size.', default: 0.5, min: 0, max: 5, source: 'MODEL.md §4.9: strangers don\'t lean on each other; size assumed.' }),
  cohesionRecovery: num({ doc: 'Daily speed at which cohesion returns to its settled level.', default: 0.01, min: 0, max: 1, unit: 'per day', source: 'Assumption.' }),

  // §5 support take-up
  optOutAttendance: num({
    doc: 'Probability an average worker keeps a pre-booked (opt-out) session.',
    default: 0.55,
    min: 0,
    max: 1,
    source: 'Guldner et al. 2024: 59 of 107 residents (55%) kept their first pre-booked appointment (single pre-booked sessions were kept by 59% and 54% in two other residency programmes, J Grad Med Educ 15(6):734 and 16(5):611); later pre-booked sessions assumed kept as often.',
  }),
  optInSelfReferral: num({
    doc: 'Share of average workers who self-refer at least once over 214 days of opt-in sessions (each offered session then has the chance that gives this share at the interval offered: 1 − (1 − share)^(intervalDays / 214)).',
    default: 0.06,
    min: 0,
    max: 0.99,
    source: 'Guldner et al. 2024: 7 of 114 residents (6%) self-initiated therapy over a 214-day opt-in period (July 2020 to January 2021); residents, not outreach staff.',
  }),
  helpSeekingBurnoutDrop: num({ doc: 'Share of help-seeking lost at burnout 1.', default: 0.5, min: 0, max: 1, source: 'La Manna et al. 2025: help-seeking falls as burnout rises; size assumed.' }),
  helpSeekingReference: num({ doc: 'Help-seeking (after the burnout drop) of the average worker the attendance figures describe.', default: 0.35, min: 0.01, max: 1, source: 'Normalisation so the average worker matches Guldner 2024.' }),
  traumaInformedHelpSeeking: num({ doc: 'Help-seeking added by trauma-informed training (trauma literacy).', default: 0.1, min: 0, max: 1, source: 'Seed 000: "now I get it ... I have vicarious trauma"; size assumed.' }),
  deEscalationSafety: num({ doc: 'Share of safety incidents prevented by de-escalation training.', default: 0.4, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  navigationBarrierRelief: num({ doc: 'Share of failed referrals prevented by system-navigation training.', default: 0.3, min: 0, max: 1, source: 'Seed 002; size assumed.' }),
  navigationSuccessGain: num({ doc: 'Relative gain in successes from system-navigation training.', default: 0.15, min: 0, max: 1, source: 'Assumption.' }),
  payRaiseAdequacy: num({ doc: 'Pay adequacy gained per unit pay raise (as a fraction of salary).', default: 2, min: 0, max: 20, source: 'Assumption: a 10% raise adds 0.2 pay adequacy (40% of the gap at the default adequacy 0.5).' }),

  // §7 measurement
  proqolNoise: num({ doc: 'Standard deviation of ProQOL measurement error per scale.', default: 3, min: 0, max: 10, unit: 'score points', source: 'ProQOL scales: SD about 6-7 with reliability about 0.8, so error SD ≈ 6.5·sqrt(0.2) ≈ 3.' }),
}, {
  optInAttendance:
    'replaced in CFSim 0.3.0 by coefficients.optInSelfReferral, which means something else: the share of workers who self-refer at least once over 214 days (default 0.06), not the chance at each offered session (docs/ODD.md §7.13). 0.06 per monthly offer, as before, is about optInSelfReferral 0.38',
});

export type Coefficients = Resolved<typeof coefficientsField>;
