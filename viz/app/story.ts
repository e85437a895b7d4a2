import { PROCESSED, type JournalEntry } from '../../models/journal';
import type { SeparationReason } from '../../models/separationAttribution';
import type { PopulationId } from '../../scenarios/presets/populations';
import { isWorse, scoreOf, TILE_MEASURES, type ProqolScores, type TileMeasure } from './tileScale';
import { shownDayOf } from './timeAxis';

/**
 * Why a worker left, to read in "left the job (…)": the largest share of their separation hazard,
 * said as the factor that weighed most, not as the main one, since it is often under half (an
 * educator found "mainly compassion fatigue" for a leaver whose shares were 31%, 23%, 19%, 19%).
 */
export const REASON_WORDS: Readonly<Record<SeparationReason, string>> = {
  burnout: 'burnout weighed most',
  'compassion-fatigue': 'compassion fatigue weighed most',
  'low-satisfaction': 'too little reward from the work weighed most',
  'low-pay': 'pay short of adequate weighed most',
  'new-hire': 'being new in the job weighed most',
  baseline: 'no strain stood out',
};

/**
 * The same reasons as REASON_WORDS in the team view's list of recent departures, one line each: the two longest are
 * said shorter there, so that the longest line ("Day 3650: Counsellor, being new in the job weighed most") keeps one
 * line in a column at 1280 px under Large text (a line that wrapped and unwrapped as leavers came moved the charts by
 * about 50 px during a run). The tooltip and the card give REASON_WORDS.
 */
export const LIST_REASON_WORDS: Readonly<Record<SeparationReason, string>> = {
  ...REASON_WORDS,
  'low-satisfaction': 'little reward weighed most',
  'low-pay': 'low pay weighed most',
};

/** The reason on a departed worker's card: the term of their separation hazard that weighed most. */
export const REASON_WHY: Readonly<Record<SeparationReason, string>> = {
  burnout: 'Burnout: it did most to make them leave',
  'compassion-fatigue': 'Compassion fatigue: it did most to make them leave',
  'low-satisfaction': 'Compassion satisfaction short of full: less reward from the work than a fully satisfied worker gets did most to make them leave',
  'low-pay': 'Pay short of adequate: it did most to make them leave',
  'new-hire': 'The first months in the job: new hires leave more often',
  baseline: 'Reasons any worker has: no single strain weighed as much in their risk of leaving as the risk a worker without strain carries anyway',
};

/** The ProQOL scales that show a strain: compassion fatigue is ProQOL's burnout and secondary traumatic stress together. */
const STRAIN_SCALES: Partial<Readonly<Record<SeparationReason, readonly TileMeasure[]>>> = {
  burnout: ['burnout'],
  'compassion-fatigue': ['sts', 'burnout'],
  'low-satisfaction': ['satisfaction'],
};

/** What the card's "Why they left" reads from: the leaver's reason, shares and last ProQOL scores. */
export interface LeaverReason extends ProqolScores {
  readonly reason: SeparationReason;
  readonly shares: Readonly<Record<SeparationReason, number>>;
}

/**
 * The card's "Why they left": the reason that weighed most (REASON_WHY), unless it is a strain
 * that none of the leaver's ProQOL scores shows in the worse band (high STS or burnout, low
 * satisfaction). Then the reason is only the largest of several pushes (the largest share is
 * seldom over 40%), and the card says so with its share: "No single strain stood out; the largest
 * push was compassion fatigue (31%)" (an educator read "it did most to make them leave" under
 * scores all in the average band), or, where another of their scores is in its worse band, "The
 * largest of several pushes was burnout (30%)".
 */
export function whyTheyLeft(d: LeaverReason): string {
  const scales = STRAIN_SCALES[d.reason];
  if (!scales || scales.some((m) => isWorse(m, scoreOf(d, m)))) return REASON_WHY[d.reason];
  const largest = `${SHARE_NAMES[d.reason]} (${Math.round(100 * d.shares[d.reason])}%)`;
  // Another score in its worse band (burnout the largest push, STS high): that strain did stand out.
  return TILE_MEASURES.some((m) => isWorse(m, scoreOf(d, m))) ? `The largest of several pushes was ${largest}` : `No single strain stood out; the largest push was ${largest}`;
}

/** The reasons' names in a sentence of shares ("burnout 55%, …"). */
const SHARE_NAMES: Readonly<Record<SeparationReason, string>> = {
  burnout: 'burnout',
  'compassion-fatigue': 'compassion fatigue',
  'low-satisfaction': 'satisfaction short of full',
  'low-pay': 'pay short of adequate',
  'new-hire': 'the first months',
  baseline: 'reasons any worker has',
};

/** A leaver's shares in words, largest first, leaving out those under 5% ("burnout 55%, reasons any worker has 30%, …"). */
export function sharesInWords(shares: Readonly<Record<SeparationReason, number>>): string {
  return (Object.entries(shares) as [SeparationReason, number][])
    .filter(([, share]) => share >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, share]) => `${SHARE_NAMES[reason]} ${Math.round(100 * share)}%`)
    .join(', ');
}

/**
 * The words of a population's work in its stories. Outreach teams (harm reduction, post-overdose
 * outreach) meet clients, some of them for years; first responders attend calls and scenes, and
 * the people they attend again and again are regulars. The events are the model's, the same in
 * every population: only their telling differs.
 */
export interface StoryWords {
  readonly death: string;
  /** A death of someone the worker was attached to (a long-term client, or a regular). */
  readonly longTermDeath: string;
  /** A death of someone the worker knew personally. */
  readonly knownDeath: string;
  readonly crisisKnown: string;
  readonly safety: string;
  readonly success: string;
  /** Talking it through with a colleague on the way (the model's "car talk"). */
  readonly carTalk: string;
  /** The worker card's count of deaths ("Client deaths since hire"). */
  readonly deaths: string;
}

const OUTREACH: StoryWords = {
  death: 'a client died',
  longTermDeath: 'a long-term client died',
  knownDeath: 'someone they knew personally died of an overdose',
  crisisKnown: 'responded to an overdose of someone they know',
  safety: 'a safety incident on outreach',
  success: 'a client made progress (treatment, housing or recovery)',
  carTalk: 'debriefed with a colleague in the car',
  deaths: 'Client deaths',
};

const FIRST_RESPONDERS: StoryWords = {
  death: 'a person they attended died',
  longTermDeath: 'a regular they had attended many times died',
  knownDeath: 'attended the overdose death of someone they knew personally',
  crisisKnown: 'attended an overdose of someone they know',
  safety: 'a safety incident at a scene',
  // A success is the model's client progress (it rises with system navigation), not a call's outcome.
  success: 'heard that someone they had attended is doing better',
  carTalk: 'debriefed with their partner on the way back',
  deaths: 'Deaths of people attended',
};

/** Each population's words (the presets': Canadian first responders attend calls; the others do outreach). */
export const STORY_WORDS: Readonly<Record<PopulationId, StoryWords>> = {
  'ma-outreach': OUTREACH,
  'ct-harm-reduction': OUTREACH,
  'canada-first-responders': FIRST_RESPONDERS,
};

/**
 * Calendar days in words, whole weeks as weeks ("a week", "2 weeks", "a day", "5 days"): a block of paid time off
 * is a week only for as many workdays as the week has (5 on a 5-day week), not for every block size and workweek.
 */
function spanInWords(days: number): string {
  if (days % 7 === 0) return days === 7 ? 'a week' : `${days / 7} weeks`;
  return days === 1 ? 'a day' : `${days} days`;
}

/**
 * A block's workdays beside the time it is to keep the worker away (" (1 workday)"), or "" where not known: a workday on
 * a 1-day week is a week away, and read as "away for a week" alone it told of a week's leave (since 0.41.0).
 */
const workdaysInWords = (workdays: number | undefined) => (workdays ? ` (${workdays} workday${workdays === 1 ? '' : 's'})` : '');

/** How the day's trace was (or was not) processed, in words. */
function processing(flags: number, words: StoryWords): string {
  const ways: string[] = [];
  if (flags & PROCESSED.supervision) ways.push('talked it through in supervision');
  if (flags & PROCESSED.griefCheckIn) ways.push('the supervisor checked in');
  if (flags & PROCESSED.teamProcessing) ways.push('the team processed it together');
  if (flags & PROCESSED.singleSessionDebrief) ways.push('sat through a mandatory debrief');
  if (flags & PROCESSED.carTalk) ways.push(words.carTalk);
  return ways.length > 0 ? ways.join('; ') : 'carried it home alone';
}

/**
 * The day of a journal entry as the status line counts days, the day the team view first shows
 * it. The journal numbers an event by the day it happened, from 0, and the status line counts
 * that day as the next (`shownDayOf`: what happens on the 14th day, numbered 13, is shown after 14
 * days run, "Day 14"). A hire is numbered by the day the worker starts: hired the evening before,
 * they are in the seat from the status line's day of that number.
 */
export const entryDay = (e: Pick<JournalEntry, 'kind' | 'day'>) => (e.kind === 'hire' ? e.day : shownDayOf(e.day));

/** One journal entry as a sentence for the worker card ("Day 212: a long-term client died; ..."), in the population's words. */
export function storyOf(e: JournalEntry, words: StoryWords = OUTREACH): string {
  const known = e.flags & PROCESSED.knownPerson;
  const longTerm = e.flags & PROCESSED.longTermClient;
  const text = (() => {
    switch (e.kind) {
      case 'client-death':
        return `${known ? words.knownDeath : longTerm ? words.longTermDeath : words.death}; ${processing(e.flags, words)}`;
      case 'crisis-known':
        return `${words.crisisKnown}; ${processing(e.flags, words)}`;
      case 'safety-incident':
        return words.safety;
      case 'supervision':
        return 'kept a supervision session';
      case 'sick':
        return 'off sick';
      case 'leave':
        // "To be": the worker may leave the job, or the run end, before the block does.
        return e.days ? `started paid time off${workdaysInWords(e.workdays)}, to be away for ${spanInWords(e.days)}` : 'started paid time off';
      case 'grief-leave':
        return 'started grief leave';
      case 'separation':
        return e.reason ? `left the job (${REASON_WORDS[e.reason]})` : 'left the job';
      case 'hire':
        return 'joined the team';
      case 'success':
        return words.success;
    }
  })();
  return `Day ${entryDay(e)}: ${text}.`;
}
