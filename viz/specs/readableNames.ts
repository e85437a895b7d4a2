import { fieldAt } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';
import { METRICS } from '../../models/metrics';
import { LEVERS } from '../app/levers';
import { KEY_METRICS } from './keyMetrics';

// Readable names for a sweep's charts, from the sources that already describe the fields and the
// metrics: a lever's label in the app (viz/app/levers.ts), else the first phrase of the field's
// doc in the scenario schema (docs/SCENARIO.md's text), with its unit; a key metric's label, else
// the first phrase of the metric's doc (models/metrics.ts). A name neither knows stays as it is.

/** The longest a name taken from a doc runs before it is cut at a word, with an ellipsis. */
const MOST_CHARACTERS = 70;

/** Where a doc's first phrase may end at a colon, semicolon or bracket no sooner: "α: STS gained ..." and "Typical (median) ..." read on past a symbol or a word. */
const FEWEST_CHARACTERS = 12;

/**
 * A doc's first phrase: up to its first full stop, or colon, semicolon or bracket at least
 * FEWEST_CHARACTERS in (outside quotes: "Recovery coach (peer)"), at most MOST_CHARACTERS long.
 */
export function firstPhrase(doc: string): string {
  const breaks = [...doc.matchAll(/\.(\s|$)|:\s|;\s|\s\(/g)].map((m) => ({ at: m.index, stop: m[0].startsWith('.') }));
  const end = breaks.find(({ at, stop }) => (stop || at >= FEWEST_CHARACTERS) && (doc.slice(0, at).match(/"/g) ?? []).length % 2 === 0)?.at;
  const phrase = (end === undefined ? doc : doc.slice(0, end)).trim().replace(/\.$/, '');
  if (phrase.length <= MOST_CHARACTERS) return phrase;
  const cut = phrase.slice(0, MOST_CHARACTERS);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,\s]+$/, '')}…`;
}

/**
 * A varied parameter's name for people: `policy.supervision.intervalDays` is "Supervision every
 * (days)", `community.demandPerSeat` "Client contacts per workday (contacts/seat/workday)", a
 * current-practice field its lever's label after "Current practice: ", and a role's weight
 * (`population.roleMix.police`) the weights' phrase with the role.
 */
export function parameterLabel(path: string): string {
  const lever = LEVERS.find((l) => l.path === path);
  if (lever) return lever.label;
  const practiced = path.startsWith('practice.') ? LEVERS.find((l) => l.path === `policy.${path.slice('practice.'.length)}`) : undefined;
  if (practiced) return `Current practice: ${practiced.label}`;
  const parts = path.split('.');
  const field = fieldAt(scenarioField, parts);
  if (!field) return path;
  const parent = fieldAt(scenarioField, parts.slice(0, -1));
  const phrase = firstPhrase(field.doc);
  if (parent?.kind === 'weights') return `${phrase}: ${parts[parts.length - 1]}`;
  const unit = field.kind === 'number' ? field.unit : undefined;
  return unit && !phrase.includes(unit) ? `${phrase} (${unit})` : phrase;
}

/** A metric's name for people: a key metric's label ("Turnover per year"), else its doc's first phrase; an unknown name as it is. */
export function metricLabel(name: string): string {
  const key = KEY_METRICS.find((k) => k.metric === name);
  if (key) return key.label;
  const metric = METRICS.find((m) => m.name === name);
  return metric ? firstPhrase(metric.doc) : name;
}

/** A name inside a sentence: its first letter in lower case where its first word is an ordinary one ("Turnover per year" → "turnover per year"; "ProQOL burnout" and "STS" stay). */
export function inSentence(label: string): string {
  return /^[A-Z][a-z'-]*(\s|$)/.test(label) ? `${label[0].toLowerCase()}${label.slice(1)}` : label;
}

/**
 * The line under a chart's title that names what it draws as the plan and runs.csv do ("x:
 * policy.supervision.intervalDays · colour: turnoverPerYear"), so that a readable name can be
 * traced to its field; undefined where every name is already as written.
 */
export function namesLine(roles: readonly (readonly [role: string, name: string, label: string])[]): string | undefined {
  if (roles.every(([, name, label]) => name === label)) return undefined;
  return `As the plan and runs.csv name them: ${roles.map(([role, name]) => `${role} ${name}`).join(' · ')}.`;
}
