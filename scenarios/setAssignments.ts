import { isPopulationId } from './presets/populations';

// What `--set` changed, said where nothing else says it. For a preset run the header's departures
// lines name every field a file or --set changed from the preset or package; scenario files (and a
// file with its own name under `run`) have no such reference, so a planner's
// `--set community.fatality=0.025`, which drove every number, appeared only in the reproduce command.

/** An assignment as given: the dotted path and the parsed value. */
export type SetAssignment = readonly [path: string, value: unknown];

/** Whether a value read from a manifest is an assignment ([path, value]). */
export function isSetAssignment(x: unknown): x is SetAssignment {
  return Array.isArray(x) && x.length === 2 && typeof x[0] === 'string';
}

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * "Set by --set in every scenario (results are for the files so changed): community.fatality 0.025",
 * or "" where there is none to say (`days`, which the header gives, and labels, aside) or the departures lines
 * already say it (every arm named after a population preset). `arms`: what the run's arms are.
 */
export function setAssignmentsSentence(set: readonly SetAssignment[], arms: 'packages' | 'scenarios', names: readonly string[]): string {
  // Labels change no result: the outputs show them as the arms' names.
  const listed = set.filter(([path]) => !['days', 'name', 'description', 'policy.name', 'policy.description'].includes(path));
  if (listed.length === 0) return '';
  if (arms === 'packages' && names.every((name) => isPopulationId(name))) return '';
  const where = arms === 'scenarios' ? 'in every scenario (results are for the files so changed)' : names.length > 1 ? 'under every package (results are for the scenario so changed)' : '(results are for the scenario so changed)';
  return `Set by --set ${where}: ${listed.map(([path, value]) => `${path} ${shown(value)}`).join('; ')}`;
}
