import type { DebriefMode, DebriefTrigger, SupervisionMode } from '../../scenarios/schema';

// What a list lever's options read in the app, for a room of students: the schema's values
// ("crisis-or-death") are for scenario files and links, and stay the options' values. Each label
// starts with the letter its value does, so a list's type-ahead and the letters it takes from the
// shortcuts (main.ts: D steps a day except on a list with an option starting with D) are as they were.

const SUPERVISION_MODE: Readonly<Record<SupervisionMode, string>> = {
  none: 'No supervision',
  'opt-in': 'Opt-in: staff ask for a session',
  'opt-out': 'Opt-out: sessions booked in advance',
};

const DEBRIEF_MODE: Readonly<Record<DebriefMode, string>> = {
  none: 'No formal debrief',
  'single-session': 'Single-session debrief (CISD-style)',
  ongoing: 'Ongoing team processing',
};

const DEBRIEF_AFTER: Readonly<Record<DebriefTrigger, string>> = {
  'crisis-or-death': 'Crisis or death',
  death: 'Death only',
};

/** The options' labels of each list lever (viz/app/levers.ts), by the lever's scenario path and the option's value. */
export const OPTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'policy.supervision.mode': SUPERVISION_MODE,
  'policy.debrief.mode': DEBRIEF_MODE,
  'policy.debrief.after': DEBRIEF_AFTER,
};

/** How a list lever's option reads: its label, or the value itself where it has none (tests/viz/app/optionLabels.test.ts requires one for every value). */
export const optionLabel = (path: string, value: string): string => OPTION_LABELS[path]?.[value] ?? value;
