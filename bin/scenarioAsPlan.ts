import { basename, dirname, extname, join } from 'node:path';
import { fieldAt } from '../sim/params/fields';
import { InputError } from '../sim/params/issues';
import { andList } from '../sim/text/andList';
import { PLAN_FIELDS } from '../scenarios/plan';
import { isObject } from '../scenarios/resolve';
import { scenarioField } from '../scenarios/schema';
import { commandWord } from '../scenarios/sweepAnalysis';

/** The fields a plan takes and a scenario file does not (name and base are both's). */
const PLAN_ONLY_FIELDS: readonly string[] = PLAN_FIELDS.filter((key) => key !== 'name' && key !== 'base' && fieldAt(scenarioField, [key]) === undefined);

/**
 * Refuses a scenario file given as a sweep plan (what `cfsim show` writes, or a team's own file):
 * no `parameters` nor any other field only a plan has, and two or more of a scenario's top-level
 * fields a plan does not take. Said once, with a plan that builds on the file, rather than once per
 * field as a plan with a stray scenario field (`days: 730` beside its parameters) is told where
 * that field goes.
 */
export function refuseScenarioAsPlan(path: string, input: unknown): void {
  if (!isObject(input) || Object.hasOwn(input, 'parameters')) return;
  // A field only a plan has (reps, design, levels, set, ...): a plan that lacks its parameters, with
  // scenario fields beside them, which the note per field places; not a scenario to build on.
  if (Object.keys(input).some((key) => PLAN_ONLY_FIELDS.includes(key))) return;
  const fields = Object.keys(input).filter((key) => !PLAN_FIELDS.includes(key) && fieldAt(scenarioField, [key]) !== undefined);
  if (fields.length < 2) return;
  const file = basename(path);
  const planFile = `${basename(path, extname(path))}-plan.yaml`;
  const yamlName = /^[\w.-]+$/.test(file) ? file : JSON.stringify(file);
  const example = [`base: ${yamlName}`, 'parameters:', '  community.stigma: { min: 0.1, max: 0.9 }', 'design: grid', 'levels: 3', 'reps: 5'];
  throw new InputError(
    [
      {
        path: '',
        value: path,
        message: [
          `${path} looks like a scenario (it has ${andList(fields)}), not a sweep plan, which names the fields to vary (parameters), the design and the replications. Keep the scenario as it is and build a plan on it with base: write, in ${planFile} beside it, for example`,
          ...example.map((line) => `      ${line}`),
          `    and run cfsim sweep ${commandWord(join(dirname(path), planFile))} --out DIR. Every point is then this scenario with the point's values on top; fix other fields at every point in the plan's set (README, "Sweeps").`,
        ].join('\n'),
      },
    ],
    'sweep plan',
  );
}
