import { PROCESSED, type JournalEntry } from '../../models/journal';
import type { SeparationReason } from '../../models/turnover';

/** Why a worker left, in the glossary's words (Separation: "burnout, compassion fatigue, the first months, or other reasons"), to read in "left the job (…)". */
export const REASON_WORDS: Readonly<Record<SeparationReason, string>> = {
  burnout: 'burnout',
  'compassion-fatigue': 'compassion fatigue',
  'new-hire': 'in the first months',
  other: 'other reasons',
};

/** The reason on a departed worker's card: what the model's `separationReason` found weighed most. */
export const REASON_WHY: Readonly<Record<SeparationReason, string>> = {
  burnout: 'Burnout: it did most to make them leave',
  'compassion-fatigue': 'Compassion fatigue: it did most to make them leave',
  'new-hire': 'The first months in the job: new hires leave more often',
  other: 'Other reasons: no one strain stood out',
};

/** How the day's trace was (or was not) processed, in words. */
function processing(flags: number): string {
  const ways: string[] = [];
  if (flags & PROCESSED.supervision) ways.push('talked it through in supervision');
  if (flags & PROCESSED.griefCheckIn) ways.push('the supervisor checked in');
  if (flags & PROCESSED.teamProcessing) ways.push('the team processed it together');
  if (flags & PROCESSED.singleSessionDebrief) ways.push('sat through a mandatory debrief');
  if (flags & PROCESSED.carTalk) ways.push('debriefed with a colleague in the car');
  return ways.length > 0 ? ways.join('; ') : 'carried it home alone';
}

/** One journal entry as a sentence for the worker card ("Day 212: a long-term client died; ..."). */
export function storyOf(e: JournalEntry): string {
  const known = e.flags & PROCESSED.knownPerson;
  const longTerm = e.flags & PROCESSED.longTermClient;
  const text = (() => {
    switch (e.kind) {
      case 'client-death':
        return `${known ? 'someone they knew personally died of an overdose' : longTerm ? 'a long-term client died' : 'a client died'}; ${processing(e.flags)}`;
      case 'crisis-known':
        return `responded to an overdose of someone they know; ${processing(e.flags)}`;
      case 'safety-incident':
        return 'a safety incident on outreach';
      case 'supervision':
        return 'kept a supervision session';
      case 'sick':
        return 'off sick';
      case 'leave':
        return 'started a week of paid time off';
      case 'grief-leave':
        return 'started grief leave';
      case 'separation':
        return e.reason ? `left the job (${REASON_WORDS[e.reason]})` : 'left the job';
      case 'hire':
        return 'joined the team';
      case 'success':
        return 'a client made progress (treatment, housing or recovery)';
    }
  })();
  return `Day ${e.day}: ${text}.`;
}
