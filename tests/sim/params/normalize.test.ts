import { describe, expect, it } from 'vitest';
import { modelParameters } from '../../../models/parameters';
import { ROLE_PROFILES, ROLES } from '../../../models/roles';
import { POPULATIONS } from '../../../scenarios/presets/populations';
import { resolveScenario, type ScenarioRequest } from '../../../scenarios/resolve';
import type { Scenario } from '../../../scenarios/schema';
import { InputError, type InputIssue } from '../../../sim/params/issues';
import { inputErrorOf } from '../../inputErrorOf';

/** The issues of the InputError a request must throw; fails the test if it resolves or throws anything else. */
function issuesOf(request: ScenarioRequest): readonly InputIssue[] {
  return inputErrorOf(() => resolveScenario(request)).issues;
}

/** A mutable deep copy, to build expected scenarios from a resolved one. */
function copy(scenario: Scenario): any {
  return structuredClone(scenario);
}

interface BadCase {
  readonly label: string;
  readonly request: ScenarioRequest;
  /** The path the single issue must name. */
  readonly path: string;
  /** The offending value the issue must carry. */
  readonly value: unknown;
  /** Fragments the message must contain: the value as written and what is allowed. */
  readonly fragments: readonly string[];
  /** Fragments the message must not contain (a note that does not apply). */
  readonly absent?: readonly string[];
}

const TOP_LEVEL = 'name, description, days, population, community, practice, policy, changes, costs, coefficients';
const SUPERVISION = 'mode, intervalDays, quality, affirmation';
const ROLE_LIST = ROLES.join(', ');
const ROLE_LIST_LABELLED = ROLES.map((r) => `${r} ${JSON.stringify(ROLE_PROFILES[r].label)}`).join(', ');

const BAD_INPUTS: readonly BadCase[] = [
  {
    label: 'unknown top-level key, with a suggestion',
    request: { file: { nme: 'mine' } },
    path: 'nme',
    value: 'mine',
    fragments: ['unknown field', 'did you mean "name"?', `allowed here: ${TOP_LEVEL}`],
  },
  {
    label: 'unknown top-level key, no close match',
    request: { file: { zzzzzzzz: 1 } },
    path: 'zzzzzzzz',
    value: 1,
    fragments: ['unknown field', `allowed here: ${TOP_LEVEL}`],
  },
  {
    label: 'unknown nested key, with a did-you-mean naming the full path',
    request: { file: { policy: { supervision: { moed: 'opt-out' } } } },
    path: 'policy.supervision.moed',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy.supervision.mode"?', `allowed here: ${SUPERVISION}`],
  },
  {
    label: 'unknown nested group',
    request: { file: { policy: { supervison: { mode: 'opt-out' } } } },
    path: 'policy.supervison',
    value: { mode: 'opt-out' },
    fragments: ['unknown field', 'did you mean "policy.supervision"?'],
  },
  {
    label: 'unknown coefficient',
    request: { file: { coefficients: { stsGian: 0.1 } } },
    path: 'coefficients.stsGian',
    value: 0.1,
    fragments: ['unknown field', 'did you mean "coefficients.stsGain"?'],
  },
  {
    label: 'string for a number',
    request: { file: { days: '100' } },
    path: 'days',
    value: '100',
    fragments: ['"100" is not a number', 'expected a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y; write 100 (digits only'],
  },
  {
    label: 'a salary written with thousands separators, which YAML reads as a text: the number it writes is named',
    request: { file: { costs: { salary: '62,000' } } },
    path: 'costs.salary',
    value: '62,000',
    fragments: ['"62,000" is not a number; expected a number from 0 to 10000000 ($/year); write 62000 (digits only: no quotes, currency sign or thousands separators)'],
  },
  {
    label: 'a field of digits with no value, as a .json file may hold, is not called a YAML thousands separator (parseScenarioText names those)',
    request: { file: { costs: { '000': null } } },
    path: 'costs.000',
    value: null,
    fragments: ['unknown field; allowed here: salary,'],
    absent: ['thousands separator'],
  },
  {
    label: 'a price with a currency sign and grouped digits',
    request: { file: { costs: { benefits: '$1 250.50' } } },
    path: 'costs.benefits',
    value: '$1 250.50',
    fragments: ['write 1250.5 (digits only'],
  },
  {
    label: 'a text whose number is a guess (a decimal comma, a k) names none',
    request: { file: { costs: { salary: '62k' } } },
    path: 'costs.salary',
    value: '62k',
    fragments: ['"62k" is not a number; expected a number from 0 to 10000000 ($/year)'],
    absent: ['write'],
  },
  {
    label: 'a share written with a decimal comma names none (not 750)',
    request: { file: { population: { payAdequacy: '0,750' } } },
    path: 'population.payAdequacy',
    value: '0,750',
    fragments: ['"0,750" is not a number; expected a number from 0 to 1'],
    absent: ['write'],
  },
  {
    label: 'a quoted number below the field\'s range names none',
    request: { file: { costs: { salary: '-5' } } },
    path: 'costs.salary',
    value: '-5',
    fragments: ['"-5" is not a number; expected a number from 0 to 10000000 ($/year)'],
    absent: ['write'],
  },
  {
    label: 'number for a boolean',
    request: { file: { policy: { grief: { checkIn: 1 } } } },
    path: 'policy.grief.checkIn',
    value: 1,
    fragments: ['1 is not allowed', 'expected true or false'],
  },
  {
    label: 'string for a boolean',
    request: { file: { policy: { afterHours: { phoneOff: 'yes' } } } },
    path: 'policy.afterHours.phoneOff',
    value: 'yes',
    fragments: ['"yes" is not allowed', 'expected true or false'],
  },
  {
    label: 'object for a number',
    request: { file: { population: { seats: { a: 1 } } } },
    path: 'population.seats',
    value: { a: 1 },
    fragments: ['{"a":1} is not a number', 'expected a whole number from 1 to 100000 (seats)'],
  },
  {
    label: 'null for a number',
    request: { file: { community: { stigma: null } } },
    path: 'community.stigma',
    value: null,
    fragments: ['null (a field with no value) is not a number', 'expected a number from 0 to 1'],
  },
  {
    label: 'NaN for a number',
    request: { file: { costs: { salary: Number.NaN } } },
    path: 'costs.salary',
    value: Number.NaN,
    fragments: ['NaN is not a number', 'from 0 to 10000000'],
  },
  {
    label: 'a number too large for a double (YAML reads 1e400 as Infinity)',
    request: { file: { days: Number.POSITIVE_INFINITY } },
    path: 'days',
    value: Number.POSITIVE_INFINITY,
    fragments: ['Infinity is infinite (a number beyond about 1.8e308, such as 1e400, reads as Infinity)', 'expected a whole number from 1 to 36500 (days)'],
  },
  {
    label: 'number above the maximum',
    request: { file: { community: { stigma: 1.5 } } },
    path: 'community.stigma',
    value: 1.5,
    fragments: ['1.5 is out of range', 'expected 0 to 1'],
  },
  {
    label: 'a percentage for a 0-1 share, with the share to write',
    request: { file: { population: { livesInCommunityShare: 35 } } },
    path: 'population.livesInCommunityShare',
    value: 35,
    fragments: ['35 is out of range; expected 0 to 1; if 35 is a percentage, write 0.35'],
  },
  {
    label: 'a percentage for a 0-1 level, with the level to write',
    request: { overrides: [['community.stigma', 7.5]] },
    path: 'community.stigma',
    value: 7.5,
    fragments: ['7.5 is out of range; expected 0 to 1; if 7.5 is a percentage, write 0.075'],
  },
  {
    label: 'a percentage for an end of a 0-1 range drawn under uncertainty, with the share to write',
    request: { file: { uncertainty: { 'coefficients.separationBase': { min: 0.0005, max: 10 } } } },
    path: 'uncertainty.coefficients.separationBase.max',
    value: 10,
    fragments: ['10 is not allowed; expected a number from 0 to 1 (per day); if 10 is a percentage, write 0.1'],
  },
  {
    label: 'just above 1 for a 0-1 field, where a percentage is not the plausible reading (1.5 is a slip more likely than 1.5%)',
    request: { file: { community: { stigma: 1.5 } } },
    path: 'community.stigma',
    value: 1.5,
    fragments: ['1.5 is out of range; expected 0 to 1'],
    absent: ['percentage', 'write'],
  },
  {
    label: 'from 2 up, the percentage reading is given (2 is 0.02)',
    request: { file: { community: { stigma: 2 } } },
    path: 'community.stigma',
    value: 2,
    fragments: ['2 is out of range; expected 0 to 1; if 2 is a percentage, write 0.02'],
  },
  {
    label: 'above 100 for a 0-1 field, which no percentage is',
    request: { file: { community: { stigma: 150 } } },
    path: 'community.stigma',
    value: 150,
    fragments: ['150 is out of range; expected 0 to 1'],
    absent: ['%', 'write'],
  },
  {
    label: 'above the maximum of a field not from 0 to 1, with no percentage',
    request: { file: { policy: { staffing: { caseloadCap: 101 } } } },
    path: 'policy.staffing.caseloadCap',
    value: 101,
    fragments: ['101 is out of range', 'expected 0.1 to 100 (contacts/day)'],
    absent: ['%'],
  },
  {
    label: 'number below the minimum',
    request: { file: { policy: { staffing: { caseloadCap: 0 } } } },
    path: 'policy.staffing.caseloadCap',
    value: 0,
    fragments: ['0 is out of range', 'expected 0.1 to 100 (contacts/day)'],
  },
  {
    label: 'non-integer for an integer field',
    request: { file: { population: { seats: 10.5 } } },
    path: 'population.seats',
    value: 10.5,
    fragments: ['10.5 is not a whole number', 'expected a whole number from 1 to 100000 (seats)'],
  },
  {
    label: 'bad enum value, with the allowed values and a suggestion',
    request: { file: { policy: { supervision: { mode: 'optout' } } } },
    path: 'policy.supervision.mode',
    value: 'optout',
    fragments: ['"optout" is not allowed', 'expected one of "none", "opt-in", "opt-out"', 'did you mean "opt-out"?'],
  },
  {
    label: 'an enum value in a planner\'s own word, pointed to the value whose documentation uses it',
    request: { file: { policy: { supervision: { mode: 'pre-booked' } } } },
    path: 'policy.supervision.mode',
    value: 'pre-booked',
    fragments: ['"pre-booked" is not allowed', 'expected one of "none", "opt-in", "opt-out"', '(did you mean "opt-out"? sessions are pre-booked; staff may cancel'],
  },
  {
    label: 'an enum value like none of the values or their documentation gets no suggestion',
    request: { file: { policy: { supervision: { mode: 'weekly' } } } },
    path: 'policy.supervision.mode',
    value: 'weekly',
    fragments: ['"weekly" is not allowed; expected one of "none", "opt-in", "opt-out"'],
    absent: ['did you mean'],
  },
  {
    label: 'wrong type for an enum',
    request: { file: { policy: { debrief: { mode: true } } } },
    path: 'policy.debrief.mode',
    value: true,
    fragments: ['true is not allowed', 'expected one of "none", "single-session", "ongoing"'],
  },
  {
    label: 'roleMix with an unknown role',
    request: { file: { population: { roleMix: { polise: 1 } } } },
    path: 'population.roleMix.polise',
    value: 1,
    fragments: ['unknown key', 'did you mean "police"?', `allowed keys: ${ROLE_LIST_LABELLED}`],
  },
  {
    label: 'roleMix with a job title that is no role: each role is listed with what it is, so a paramedic finds fire-ems',
    request: { file: { population: { roleMix: { paramedic: 12 } } } },
    path: 'population.roleMix.paramedic',
    value: 12,
    fragments: ['unknown key; allowed keys: police "Police officer", fire-ems "Firefighter / EMS", recovery-coach "Recovery coach (peer)",'],
  },
  {
    label: 'roleMix with one word of a hyphenated role',
    request: { file: { population: { roleMix: { counselor: 1 } } } },
    path: 'population.roleMix.counselor',
    value: 1,
    fragments: ['unknown key', 'did you mean "sud-counselor"?'],
  },
  {
    label: 'negative role weight',
    request: { file: { population: { roleMix: { police: -1, nurse: 1 } } } },
    path: 'population.roleMix.police',
    value: -1,
    fragments: ['-1 is not allowed', 'expected a number from 0 to 1000000'],
  },
  {
    label: 'non-numeric role weight',
    request: { file: { population: { roleMix: { nurse: '1' } } } },
    path: 'population.roleMix.nurse',
    value: '1',
    fragments: ['"1" is not allowed', 'expected a number from 0 to 1000000'],
  },
  {
    label: 'all-zero roleMix',
    request: { file: { population: { roleMix: { police: 0, nurse: 0 } } } },
    path: 'population.roleMix',
    value: { police: 0, nurse: 0 },
    fragments: ['all weights are zero', 'at least one must be positive'],
  },
  {
    label: 'empty roleMix',
    request: { file: { population: { roleMix: {} } } },
    path: 'population.roleMix',
    value: {},
    fragments: ['{} names no role; expected a weight above 0 for at least one of police, fire-ems, recovery-coach,'],
  },
  {
    label: 'roleMix that is not an object',
    request: { file: { population: { roleMix: 'police' } } },
    path: 'population.roleMix',
    value: 'police',
    fragments: ['"police" is not allowed', `expected an object of non-negative weights keyed by ${ROLE_LIST}`],
  },
  {
    label: 'base with an unknown population preset, with a suggestion',
    request: { file: { base: { population: 'ct-harm' } } },
    path: 'base.population',
    value: 'ct-harm',
    fragments: ['"ct-harm" is not a population preset', 'did you mean "ct-harm-reduction"?', 'expected one of ma-outreach, ct-harm-reduction, canada-first-responders'],
  },
  {
    label: 'base with an unknown policy package, with a suggestion',
    request: { file: { base: { policy: 'opt-out' } } },
    path: 'base.policy',
    value: 'opt-out',
    fragments: ['"opt-out" is not a policy package', 'did you mean "opt-out-support"?', 'status-quo, opt-out-support, multi-level, stigma-reduction, individual-resilience, mandatory-debrief'],
  },
  {
    label: 'base with a package id written without its hyphens, with a suggestion',
    request: { file: { base: { policy: 'optout' } } },
    path: 'base.policy',
    value: 'optout',
    fragments: ['"optout" is not a policy package', 'did you mean "opt-out-support"?'],
  },
  {
    label: 'base with an unknown key',
    request: { file: { base: { populaton: 'ct-harm-reduction' } } },
    path: 'base.populaton',
    value: 'ct-harm-reduction',
    fragments: ['unknown field', 'allowed here: population, policy'],
  },
  {
    label: 'base that is not an object',
    request: { file: { base: 'ct-harm-reduction' } },
    path: 'base',
    value: 'ct-harm-reduction',
    fragments: ['"ct-harm-reduction" is not allowed', 'population', 'policy'],
  },
  {
    label: 'request naming an unknown policy package',
    request: { policy: 'opt-out' },
    path: 'policy',
    value: 'opt-out',
    fragments: ['"opt-out" is not a policy package', 'did you mean "opt-out-support"?'],
  },
  {
    label: 'request naming an unknown population preset',
    request: { population: 'canada' },
    path: 'population',
    value: 'canada',
    fragments: ['"canada" is not a population preset', 'did you mean "canada-first-responders"?'],
  },
  {
    label: 'scenario that is an array',
    request: { file: [1, 2] },
    path: '',
    value: [1, 2],
    fragments: ['a scenario must be an object of fields', '[1,2]'],
  },
  {
    label: 'scenario that is a string',
    request: { file: 'hello' },
    path: '',
    value: 'hello',
    fragments: ['a scenario must be an object of fields', '"hello"'],
  },
  {
    label: 'group given a package id: where the id goes',
    request: { file: { policy: 'opt-out-support' } },
    path: 'policy',
    value: 'opt-out-support',
    fragments: ['"opt-out-support" is not allowed', 'expected an object with fields name, description, supervision', '; to build on the policy package opt-out-support, write base: { policy: opt-out-support }'],
  },
  {
    label: 'group given a near population id',
    request: { file: { population: 'ct-harm' } },
    path: 'population',
    value: 'ct-harm',
    fragments: ['"ct-harm" is not allowed', 'expected an object with fields seats, teamSize', '; to build on the population preset ct-harm-reduction, write base: { population: ct-harm-reduction }'],
  },
  {
    label: 'group given a package id beside a base that names another',
    request: { file: { base: { policy: 'multi-level' }, policy: 'optout' } },
    path: 'policy',
    value: 'optout',
    fragments: ['; to build on the policy package opt-out-support, write it in base, which names "multi-level" now'],
  },
  {
    label: 'group given a value',
    request: { file: { policy: 'hello' } },
    path: 'policy',
    value: 'hello',
    fragments: ['"hello" is not allowed', 'expected an object with fields name, description, supervision'],
  },
  {
    label: 'too-long name',
    request: { file: { name: 'x'.repeat(201) } },
    path: 'name',
    value: 'x'.repeat(201),
    fragments: ['is 201 characters long', 'at most 200 are allowed'],
  },
  {
    label: 'number for a string',
    request: { file: { name: 42 } },
    path: 'name',
    value: 42,
    fragments: ['42 is not text', 'expected a string of at most 200 characters (to use it as text, write it in quotes: "42")'],
  },
  {
    label: 'override with an unknown leaf, with a suggestion',
    request: { overrides: [['policy.supervision.mood', 'opt-out']] },
    path: 'policy.supervision.mood',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy.supervision.mode"?', `allowed at policy.supervision: ${SUPERVISION}`],
  },
  {
    label: 'override with an unknown group',
    request: { overrides: [['polcy.supervision.mode', 'opt-out']] },
    path: 'polcy.supervision.mode',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy.supervision.mode"?', `allowed at the top level: ${TOP_LEVEL}`],
  },
  {
    label: 'override with a misspelt group, mended with the rest of the path',
    request: { overrides: [['policy.supervison.mode', 'opt-out']] },
    path: 'policy.supervison.mode',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy.supervision.mode"?'],
  },
  {
    label: 'override written in capitals, mended part by part',
    request: { overrides: [['Community.Stigma', 0.4]] },
    path: 'Community.Stigma',
    value: 0.4,
    fragments: ['unknown field', 'did you mean "community.stigma"?'],
  },
  {
    label: 'override whose rest is close to no field: the group alone',
    request: { overrides: [['polcy.supervision.xyzzy', 'opt-out']] },
    path: 'polcy.supervision.xyzzy',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy"?'],
  },
  {
    label: 'override with an unknown role',
    request: { overrides: [['population.roleMix.polise', 1]] },
    path: 'population.roleMix.polise',
    value: 1,
    fragments: ['unknown field', 'did you mean "population.roleMix.police"?'],
  },
  {
    label: 'override naming a group instead of a value',
    request: { overrides: [['policy.supervision', 'opt-out']] },
    path: 'policy.supervision',
    value: 'opt-out',
    fragments: ['is a group of fields, not a value', 'policy.supervision.mode, policy.supervision.intervalDays, policy.supervision.quality, policy.supervision.affirmation'],
  },
  {
    label: 'override with an empty path segment',
    request: { overrides: [['policy..mode', 'opt-out']] },
    path: 'policy..mode',
    value: 'opt-out',
    fragments: ['is not a field path', 'policy.supervision.mode'],
  },
  {
    label: 'override with an out-of-range value',
    request: { overrides: [['policy.supervision.intervalDays', 0]] },
    path: 'policy.supervision.intervalDays',
    value: 0,
    fragments: ['0 is out of range', 'expected 1 to 365 (days)'],
  },
  {
    label: 'override with a non-integer',
    request: { overrides: [['days', 1.5]] },
    path: 'days',
    value: 1.5,
    fragments: ['1.5 is not a whole number', 'from 1 to 36500'],
  },
  {
    label: 'scheduled change: unknown path, with a did-you-mean naming the full path',
    request: { file: { changes: [{ day: 365, set: { 'policy.supervison.mode': 'opt-out' } }] } },
    path: 'changes[0].set.policy.supervison.mode',
    value: 'opt-out',
    fragments: ['unknown field', 'did you mean "policy.supervision.mode"?', 'allowed: fields of policy.* and community.*'],
  },
  {
    label: 'scheduled change: bad choice value in a later entry',
    request: { file: { changes: [{ day: 100, set: { 'community.stigma': 0.7 } }, { day: 365, set: { 'policy.supervision.mode': 'optout' } }] } },
    path: 'changes[1].set.policy.supervision.mode',
    value: 'optout',
    fragments: ['"optout" is not allowed', 'expected one of "none", "opt-in", "opt-out"', 'did you mean "opt-out"?'],
  },
  {
    label: 'scheduled change: value out of the field\'s range',
    request: { file: { changes: [{ day: 365, set: { 'community.overdoseBurden': 9 } }] } },
    path: 'changes[0].set.community.overdoseBurden',
    value: 9,
    fragments: ['9 is out of range', 'expected 0 to 5'],
  },
  {
    label: 'scheduled change: whole-number field given a fraction',
    request: { file: { changes: [{ day: 365, set: { 'policy.supervision.intervalDays': 7.5 } }] } },
    path: 'changes[0].set.policy.supervision.intervalDays',
    value: 7.5,
    fragments: ['7.5 is not a whole number', 'from 1 to 365 (days)'],
  },
  {
    label: 'scheduled change: a group instead of a field',
    request: { file: { changes: [{ day: 365, set: { 'policy.supervision': 'opt-out' } }] } },
    path: 'changes[0].set.policy.supervision',
    value: 'opt-out',
    fragments: ['is a group of fields, not a value', 'policy.supervision.mode, policy.supervision.intervalDays'],
  },
  {
    label: 'scheduled change: added seats cannot change during a run',
    request: { file: { changes: [{ day: 365, set: { 'policy.staffing.extraSeatShare': 0.2 } }] } },
    path: 'changes[0].set.policy.staffing.extraSeatShare',
    value: 0.2,
    fragments: ['cannot change during a run', 'the number of seats is fixed on day 0', 'policy.staffing.floatPool'],
  },
  {
    label: 'scheduled change: population fields cannot change during a run',
    request: { file: { changes: [{ day: 365, set: { 'population.seats': 50 } }] } },
    path: 'changes[0].set.population.seats',
    value: 50,
    fragments: ['cannot change during a run', 'the workforce is built on day 0'],
  },
  {
    label: 'scheduled change: pay adequacy points to the pay raise',
    request: { file: { changes: [{ day: 365, set: { 'population.payAdequacy': 0.8 } }] } },
    path: 'changes[0].set.population.payAdequacy',
    value: 0.8,
    fragments: ['cannot change during a run', 'set policy.compensation.payRaise'],
  },
  {
    label: 'scheduled change: the horizon cannot change',
    request: { file: { changes: [{ day: 365, set: { days: 2000 } }] } },
    path: 'changes[0].set.days',
    value: 2000,
    fragments: ['cannot change during a run', 'the horizon is fixed'],
  },
  {
    label: 'scheduled change: the seed cannot change',
    request: { file: { changes: [{ day: 365, set: { seed: 2 } }] } },
    path: 'changes[0].set.seed',
    value: 2,
    fragments: ['cannot change during a run', 'random streams are keyed by the run\'s seed'],
  },
  {
    label: 'scheduled change: coefficients cannot change',
    request: { file: { changes: [{ day: 365, set: { 'coefficients.stsGain': 0.1 } }] } },
    path: 'changes[0].set.coefficients.stsGain',
    value: 0.1,
    fragments: ['cannot change during a run', 'model coefficients'],
  },
  {
    label: 'scheduled change: costs cannot change',
    request: { file: { changes: [{ day: 365, set: { 'costs.salary': 60000 } }] } },
    path: 'changes[0].set.costs.salary',
    value: 60000,
    fragments: ['cannot change during a run', 'prices hold for the whole run'],
  },
  {
    label: 'scheduled change: the names cannot change',
    request: { file: { changes: [{ day: 365, set: { 'policy.name': 'later' } }] } },
    path: 'changes[0].set.policy.name',
    value: 'later',
    fragments: ['cannot change during a run', 'labels every output'],
  },
  {
    label: 'scheduled change: empty set',
    request: { file: { changes: [{ day: 365, set: {} }] } },
    path: 'changes[0].set',
    value: {},
    fragments: ['is empty', 'at least one field path and value'],
  },
  {
    label: 'scheduled change: missing set',
    request: { file: { changes: [{ day: 365 }] } },
    path: 'changes[0].set',
    value: undefined,
    fragments: ['is missing', 'every entry needs day and set'],
  },
  {
    label: 'scheduled change: day 0 (the scenario itself holds on day 0)',
    request: { file: { changes: [{ day: 0, set: { 'community.stigma': 0.7 } }] } },
    path: 'changes[0].day',
    value: 0,
    fragments: ['0 is out of range', 'expected 1 to 36499', "day 0 is the start of the run, where the scenario's own fields apply, so set the field itself"],
  },
  {
    label: 'scheduled change: a day beyond any horizon (no word about day 0)',
    request: { file: { changes: [{ day: 40000, set: { 'community.stigma': 0.7 } }] } },
    path: 'changes[0].day',
    value: 40000,
    fragments: ['40000 is out of range; expected 1 to 36499 (day)'],
    absent: ['day 0'],
  },
  {
    label: 'scheduled change: day at or past the horizon',
    request: { file: { changes: [{ day: 1095, set: { 'community.stigma': 0.7 } }] } },
    path: 'changes[0].day',
    value: 1095,
    fragments: ['1095 is out of range', 'expected a day from 1 to 1094 (days − 1', 'set by the scenario\'s days or by --days'],
  },
  {
    label: 'scheduled change: day past a horizon shortened by an override',
    request: { file: { changes: [{ day: 365, set: { 'community.stigma': 0.7 } }] }, overrides: [['days', 300]] },
    path: 'changes[0].day',
    value: 365,
    fragments: ['365 is out of range', 'expected a day from 1 to 299'],
  },
  {
    label: 'scheduled change: days not increasing',
    request: { file: { changes: [{ day: 365, set: { 'community.stigma': 0.7 } }, { day: 365, set: { 'community.stigma': 0.5 } }] } },
    path: 'changes[1].day',
    value: 365,
    fragments: ['365 is not after changes[0].day (365)', 'days strictly increase'],
  },
  {
    label: 'scheduled changes that are not a list',
    request: { file: { changes: { day: 365, set: { 'community.stigma': 0.7 } } } },
    path: 'changes',
    value: { day: 365, set: { 'community.stigma': 0.7 } },
    fragments: ['is not allowed', 'expected a list', 'each with day and set'],
  },
  {
    label: 'override with a wrong type',
    request: { overrides: [['policy.training.traumaInformed', 'true']] },
    path: 'policy.training.traumaInformed',
    value: 'true',
    fragments: ['"true" is not allowed', 'expected true or false'],
  },
];

describe('resolveScenario rejects bad input with the path, the value and what is allowed', () => {
  it('has a broad table of cases', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(BAD_INPUTS)('$label', ({ request, path, value, fragments, absent = [] }) => {
    const issues = issuesOf(request);
    // One problem in, one issue out: no cascade of follow-on complaints.
    expect(issues.map((i) => i.path)).toEqual([path]);
    const [issue] = issues;
    expect(issue.value).toEqual(value);
    for (const fragment of fragments) expect(issue.message).toContain(fragment);
    for (const fragment of absent) expect(issue.message).not.toContain(fragment);
  });

  it('puts every issue, with its path, in the error message', () => {
    let message = '';
    try {
      resolveScenario({ file: { days: 0, policy: { supervision: { mode: 'weekly' } } } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('days: 0 is out of range');
    expect(message).toContain('policy.supervision.mode: "weekly" is not allowed');
  });
});

describe('resolveScenario reports several problems together', () => {
  it('lists every problem of a file, its base and its overrides in one error', () => {
    const issues = issuesOf({
      file: {
        base: { policy: 'nope' },
        nme: 'x',
        days: 0,
        population: { seats: 2.5, roleMix: { polise: 1 } },
        policy: { supervision: { mode: 'weekly' }, grief: { checkIn: 'yes' } },
      },
      overrides: [
        ['foo', 1],
        ['costs.salary', -5],
        ['policy.debrief', 'none'],
      ],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'base.policy',
        'nme',
        'days',
        'population.seats',
        'population.roleMix.polise',
        'policy.supervision.mode',
        'policy.grief.checkIn',
        'foo',
        'costs.salary',
        'policy.debrief',
      ].sort(),
    );
  });

  it('still checks the file when the requested presets are unknown', () => {
    const issues = issuesOf({ population: 'nowhere', policy: 'nothing', file: { days: -3 } });
    expect(issues.map((i) => i.path).sort()).toEqual(['days', 'policy', 'population']);
  });

  it('reports two bad overrides of the same field separately', () => {
    const issues = issuesOf({
      overrides: [
        ['days', 0],
        ['days', 'many'],
      ],
    });
    expect(issues.map((i) => [i.path, i.value])).toEqual([
      ['days', 0],
      ['days', 'many'],
    ]);
  });
});

describe('resolveScenario accepts valid input', () => {
  it('a base preset plus a nested override keeps the preset\'s other fields', () => {
    const scenario = resolveScenario({
      file: {
        base: { population: 'ct-harm-reduction' },
        policy: { supervision: { intervalDays: 7 } },
        community: { stigma: 0.9 },
      },
    });
    const expected = copy(resolveScenario({ population: 'ct-harm-reduction' }));
    expected.policy.supervision.intervalDays = 7;
    expected.community.stigma = 0.9;
    expect(scenario).toEqual(expected);
    // The preset's own values survive next to the override.
    expect(scenario.population.seats).toBe(17);
    expect(scenario.community.systemBarriers).toBe(0.75);
    expect(scenario.policy.supervision.mode).toBe('opt-in');
    expect(scenario.policy.supervision.quality).toBe(0.6);
  });

  it('a roleMix in a file replaces the whole mix: roles left out get weight 0', () => {
    const scenario = resolveScenario({ file: { base: { population: 'ct-harm-reduction' }, population: { roleMix: { nurse: 2, police: 1 } } } });
    const expected = Object.fromEntries(ROLES.map((r) => [r, r === 'nurse' ? 2 : r === 'police' ? 1 : 0]));
    expect(scenario.population.roleMix).toEqual(expected);
    // The rest of the population is still the preset's.
    expect(scenario.population.seats).toBe(17);
  });

  it('a preset\'s roleMix replaces the default mix', () => {
    const scenario = resolveScenario({ population: 'ct-harm-reduction' });
    const patch = POPULATIONS['ct-harm-reduction'].patch.population?.roleMix ?? {};
    expect(scenario.population.roleMix).toEqual(Object.fromEntries(ROLES.map((r) => [r, (patch as Record<string, number>)[r] ?? 0])));
  });

  it('accepts every boundary value', () => {
    const scenario = resolveScenario({
      file: { days: 1, community: { stigma: 0, fatality: 1 }, policy: { staffing: { caseloadCap: 0.1, workdaysPerWeek: 7 } }, name: 'x'.repeat(200) },
    });
    expect(scenario.days).toBe(1);
    expect(scenario.community.stigma).toBe(0);
    expect(scenario.community.fatality).toBe(1);
    expect(scenario.policy.staffing.caseloadCap).toBe(0.1);
    expect(scenario.policy.staffing.workdaysPerWeek).toBe(7);
    expect(scenario.name).toHaveLength(200);
  });

  it('does not modify the input it is given', () => {
    const file = {
      base: { population: 'ct-harm-reduction', policy: 'opt-out-support' },
      population: { roleMix: { nurse: 1 } },
      policy: { supervision: { intervalDays: 7 } },
    };
    const before = structuredClone(file);
    const deepFreeze = (o: object): void => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
    };
    deepFreeze(file);
    resolveScenario({ file, overrides: [['population.seats', 20]] });
    expect(file).toEqual(before);
  });

  it('rejects or safely normalises role weights whose sum overflows', () => {
    // Each weight is finite and non-negative, but their sum is Infinity: normalising by it gives NaN
    // shares. Either the input is refused, or the model's role shares are still finite and sum to 1.
    let scenario: Scenario | undefined;
    try {
      scenario = resolveScenario({ file: { population: { roleMix: { police: 1e308, nurse: 1e308 } } } });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.every((i) => i.path.startsWith('population.roleMix'))).toBe(true);
      return;
    }
    const shares = Array.from(modelParameters(scenario).roleWeights);
    expect(shares.every(Number.isFinite)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
