import type { DebriefMode, DebriefTrigger, SupervisionMode } from '../../scenarios/schema';

// What a list lever's options read in the app, for a room of students: the schema's values
// ("crisis-or-death") are for scenario files and links, and stay the options' values. Each label
// starts with the letter its value does, so a list's type-ahead and the letters it takes from the
// shortcuts (main.ts: D steps a day except on a list with an option starting with D) are as they were.
//
// Each option also has a short form, for inside a sentence: "Changed (package: opt-in, when staff
// ask)" under a changed lever, "Day 120: Supervision → opt-out, booked in advance" in the changes
// during the run, on the charts and in the messages. It starts in lower case and has no colon and no
// parentheses, which would clash with the sentence's own ("Changed (package: …)", "… (team B)").

/** How an option reads: in its list (`label`) and inside a sentence (`short`). */
export interface OptionWords {
  readonly label: string;
  readonly short: string;
}

const SUPERVISION_MODE: Readonly<Record<SupervisionMode, OptionWords>> = {
  none: { label: 'No supervision', short: 'no supervision' },
  'opt-in': { label: 'Opt-in: staff ask for a session', short: 'opt-in, when staff ask' },
  'opt-out': { label: 'Opt-out: sessions booked in advance', short: 'opt-out, booked in advance' },
};

const DEBRIEF_MODE: Readonly<Record<DebriefMode, OptionWords>> = {
  none: { label: 'No formal debrief', short: 'no formal debrief' },
  'single-session': { label: 'Single-session debrief (CISD-style)', short: 'single-session debrief' },
  ongoing: { label: 'Ongoing team processing', short: 'ongoing team processing' },
};

const DEBRIEF_AFTER: Readonly<Record<DebriefTrigger, OptionWords>> = {
  'crisis-or-death': { label: 'Crisis or death', short: 'crisis or death' },
  death: { label: 'Death only', short: 'death only' },
};

/** The words of each list lever's options (viz/app/levers.ts), by the lever's scenario path and the option's value. */
export const OPTION_WORDS: Readonly<Record<string, Readonly<Record<string, OptionWords>>>> = {
  'policy.supervision.mode': SUPERVISION_MODE,
  'policy.debrief.mode': DEBRIEF_MODE,
  'policy.debrief.after': DEBRIEF_AFTER,
};

/** How a list lever's option reads in its list: its label, or the value itself where it has none (tests/viz/app/optionLabels.test.ts requires one for every value). */
export const optionLabel = (path: string, value: string): string => OPTION_WORDS[path]?.[value]?.label ?? value;

/** How a list lever's option reads inside a sentence ("Supervision → opt-out, booked in advance"): its short form, or the value itself where it has none. */
export const optionShort = (path: string, value: string): string => OPTION_WORDS[path]?.[value]?.short ?? value;
