import { show, type InputIssue } from '../../sim/params/issues';

// CFSim 0.40.0 accepted a name holding a line or paragraph separator (U+2028, U+2029), which ends a
// string in a chart's expressions: its report drew almost no chart and never finished drawing.
// Names have refused them since 0.41.0 (CONTROL_CHARACTER_RANGE); such a run's results are refused
// by the report too, rather than drawn as a page that hangs.

const SEPARATOR = /[\u2028\u2029]/;

/** The issue of each package or scenario name in `summary.json` (at `file`) that holds U+2028 or U+2029. */
export function separatorNameIssues(policies: readonly { readonly policy: string }[], file: string): InputIssue[] {
  return policies.flatMap(({ policy }, k) =>
    SEPARATOR.test(policy)
      ? [{
          path: `${file}: policies[${k}].policy`,
          value: policy,
          message: `${show(policy)} holds a line or paragraph separator (U+2028, U+2029), which no chart can draw; a name is one line of text (refused since CFSim 0.41.0): run the scenario again under a name without it`,
        }]
      : [],
  );
}
