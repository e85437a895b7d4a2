import { fieldAt } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';
import { METRICS } from '../../models/metrics';
import { LEVERS } from '../app/levers';
import { KEY_METRICS } from './keyMetrics';
import { KEEP_TOGETHER, subtitleLines } from './subtitleLines';

// Readable names for a sweep's charts, from the sources that already describe the fields and the
// metrics: a lever's label in the app (viz/app/levers.ts), else the first phrase of the field's
// doc in the scenario schema (docs/SCENARIO.md's text), with its unit; a key metric's label, else
// the first phrase of the metric's doc (models/metrics.ts). A name neither knows stays as it is.

/**
 * The longest a name taken from a doc runs with a formula that ends its phrase; past it the formula
 * is left out. The name itself is never cut: every chart that shows one breaks it into lines
 * (titleLines, rowLabel), so that a cut name ("… as a multiple of their trauma…") no longer hides
 * what the field is.
 */
const MOST_CHARACTERS = 70;

/** Where a doc's first phrase may end at a colon or semicolon no sooner: "α: STS gained ..." and "Of the cost: ..." read on past a symbol or a short word. */
const FEWEST_CHARACTERS = 12;

/**
 * Where each character of `text` stands: inside a quotation ("Recovery coach (peer)") or inside
 * brackets (depth above 0), so that a phrase is never cut, nor an aside dropped, inside either.
 */
function depths(text: string): { quoted: boolean; depth: number }[] {
  let quoted = false;
  let depth = 0;
  return text.split('').map((c) => {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth += 1;
    const at = { quoted, depth };
    if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    return at;
  });
}

/** `text` up to its first full stop, or colon or semicolon at least FEWEST_CHARACTERS in, outside quotes and brackets. */
function untilFirstStop(text: string): string {
  const where = depths(text);
  const stop = [...text.matchAll(/\.(\s|$)|:\s|;\s/g)].find((m) => {
    const { quoted, depth } = where[m.index];
    return !quoted && depth === 0 && (m[0].startsWith('.') || m.index >= FEWEST_CHARACTERS);
  });
  return (stop === undefined ? text : text.slice(0, stop.index)).trim().replace(/\.$/, '');
}

/** An aside that is part of a formula ("multiplied by (1 + attachment)", "per unit (empathic concern × unmet demand share)"): the phrase needs it. */
const FORMULA = /[+×=]|\s[-−/]\s/;

/**
 * `text` without its bracketed asides outside quotes ("Share of numbing growth (distancing)
 * prevented by ..." → "Share of numbing growth prevented by ..."), but for one that ends the text
 * and holds a formula, where `keepFormula`.
 */
function withoutAsides(text: string, keepFormula: boolean): string {
  const where = depths(text);
  const last = text.endsWith(')') ? text.lastIndexOf('(', text.length - 1) : -1;
  // An outermost bracket opens at depth 1 (the depth counts it).
  const keepLast = keepFormula && last >= 0 && where[last].depth === 1 && !where[last].quoted && FORMULA.test(text.slice(last));
  return text
    .split('')
    .filter((_, i) => where[i].depth === 0 || (keepLast && i >= last))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

/**
 * A doc's first phrase: up to its first full stop, or colon or semicolon at least
 * FEWEST_CHARACTERS in, outside quotes and brackets (a bracket does not end it: "Cost of
 * replacing a leaver (recruitment, ...) as a share of salary" reads on), without its bracketed
 * asides but a formula that ends it where it fits ("Exposure weight of a client death, multiplied by
 * (1 + attachment)"); never cut, however long.
 */
export function firstPhrase(doc: string): string {
  const phrase = untilFirstStop(doc);
  const withFormula = withoutAsides(phrase, true);
  if (withFormula.length <= MOST_CHARACTERS) return withFormula;
  // A formula that would make the name longer still is left out ("(0 = wholly ...").
  return withoutAsides(phrase, false);
}

/**
 * A varied parameter's name for people: `policy.supervision.intervalDays` is "Supervision every
 * (days)", `community.demandPerSeat` "Client contacts per workday per funded
 * full-caseload seat (contacts/seat/workday)", a
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
  const named = unit && !phrase.toLowerCase().includes(unit.toLowerCase()) ? `${phrase} (${unit})` : phrase;
  // A current-practice field without a lever is told from the package's field of the same doc.
  return path.startsWith('practice.') ? `Current practice: ${named}` : named;
}

/** A metric's name for people: a key metric's label ("Turnover per year"), else its doc's first phrase; an unknown name as it is. */
export function metricLabel(name: string): string {
  const key = KEY_METRICS.find((k) => k.metric === name);
  if (key) return key.label;
  const metric = METRICS.find((m) => m.name === name);
  return metric ? firstPhrase(metric.doc) : name;
}

/**
 * A name inside a sentence: its first letter in lower case where its first word is an ordinary one
 * ("Turnover per year" → "turnover per year"; "ProQOL burnout" and "STS" stay); a part of the cost
 * ("Of the cost: replacing leavers, ...") as "the cost of replacing leavers, ...", which reads
 * after "Difference in" ("Difference in of the cost: ..." did not).
 */
export function inSentence(label: string): string {
  const part = /^Of the cost: (.+)$/.exec(label);
  if (part) return `the cost of ${part[1]}`;
  return /^[A-Z][a-z'-]*(\s|$)/.test(label) ? `${label[0].toLowerCase()}${label.slice(1)}` : label;
}

/**
 * The line under a chart's title that names what it draws as the plan and runs.csv do ("x:
 * policy.supervision.intervalDays · colour: turnoverPerYear"), so that a readable name can be
 * traced to its field; undefined where every name is already as written. Each role is held to its name by a no-break
 * space (KEEP_TOGETHER), so that the line's breaking never leaves "y:" at the end of one line and its name on the next.
 */
export function namesLine(roles: readonly (readonly [role: string, name: string, label: string])[]): string | undefined {
  if (roles.every(([, name, label]) => name === label)) return undefined;
  return `As the plan and runs.csv name them: ${roles.map(([role, name]) => `${role}${KEEP_TOGETHER}${name}`).join(' · ')}.`;
}

/** About how wide a character of a bold 12 px title is, in pixels (the axes', legends' and headers' titles: CONFIG). */
const TITLE_CHARACTER_PX = 7;

/**
 * A name as a chart's title over `pixels` (an axis's length, a legend's width): one line where it
 * fits, else lines broken at spaces, so that a long name neither runs past its chart into the
 * next panel's nor is cut short by the legend's limit.
 */
export function titleLines(label: string, pixels: number, characterPx = TITLE_CHARACTER_PX): string | string[] {
  const lines = subtitleLines([label], Math.max(12, Math.floor(pixels / characterPx)));
  return lines.length === 1 ? lines[0] : lines;
}

/**
 * Readable names for the parameters of one chart, by path, each told apart from the others: two
 * paths that would read alike keep their paths after the name ("… (policy.a)"), so that a chart's
 * rows never merge.
 */
export function parameterLabels(paths: readonly string[]): Map<string, string> {
  const distinct = [...new Set(paths)];
  const labels = distinct.map((p) => parameterLabel(p));
  return new Map(distinct.map((p, i) => [p, labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]} (${p})` : labels[i]]));
}

/** The longest line of a name on a chart's row axis, in characters (11 px labels, about 270 pixels). */
const ROW_LABEL_CHARACTERS = 44;

/** A row's name in lines of at most ROW_LABEL_CHARACTERS, joined by newlines for ROW_LABEL_AXIS to draw one under another, rather than cut. */
export function rowLabel(name: string): string {
  return subtitleLines([name], ROW_LABEL_CHARACTERS).join('\n');
}

/** How far apart a row label's lines stand, in pixels: Vega's default for the axes' 11 px labels (CONFIG), font size + 2. */
const ROW_LINE_PX = 13;

/**
 * A row axis that draws rowLabel's lines one under another, none cut short, the block centred on
 * its row: Vega sets a label's first line on the tick and the others below it, so that a name of
 * three lines hung down beside the next row's bar.
 */
export const ROW_LABEL_AXIS = {
  // No axis title: the names say what they are. The encoding's title names the rows in the marks'
  // descriptions for screen readers ("Parameter: ...", where the field's name read "row: ...").
  title: null,
  labelExpr: "split(datum.label, '\\n')",
  labelLimit: 0,
  labelOffset: { expr: `-(length(split(datum.label, '\\n')) - 1) * ${ROW_LINE_PX / 2}` },
} as const;

/** How many lines the longest of `labels` (rowLabel's) takes. */
export function rowLines(labels: readonly string[]): number {
  return labels.reduce((most, l) => Math.max(most, l.split('\n').length), 1);
}

/**
 * A panel's name (a facet's header: a metric on a Sobol, Morris or PRCC chart) in lines of at most
 * `characters`, joined by newlines for PANEL_HEADER to draw one under another, so that a long name
 * neither runs over the next panel's nor widens the figure ("Of the cost: supervision sessions, ...").
 */
export function panelLabel(name: string, characters: number): string {
  return subtitleLines([name], characters).join('\n');
}

/** A facet header that draws panelLabel's lines one under another, none cut short. */
export const PANEL_HEADER = { labelExpr: "split(datum.label, '\\n')", labelLimit: 0 } as const;
