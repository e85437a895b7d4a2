// Where the labels of the charts' change rules go: at the top of the plot, each on one of a few
// lines (lanes), and those of nearby days combined when no lane has room, so no two overprint.
// The charts compute this inside Vega on every layout (the rules' positions change with the
// chart's width and with the days shown), through the expression function registered in charts.ts.

/** A day with lever changes, where its rule stands. */
export interface RuleMark {
  readonly day: number;
  /** The rule's x position in the plot, in pixels. */
  readonly px: number;
  /** How many changes the day has. */
  readonly count: number;
  /** What changed ("Day 120: Supervision → opt-out"), for the label's tooltip. */
  readonly change: string;
}

/** A label as drawn: its text starts (align left) or ends (align right) `pad` pixels from `x`. */
export interface RuleLabel {
  readonly x: number;
  readonly align: 'left' | 'right';
  /** Its line, from the top: 0, 1, … */
  readonly lane: number;
  readonly text: string;
  /** What changed on its days, for its tooltip. */
  readonly change: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface RuleLabelLayout {
  /** The plot's width in pixels: labels stay inside it. */
  readonly width: number;
  /** A text's width in pixels, as drawn. */
  readonly measure: (text: string) => number;
  /** Lines available at the top of the plot. */
  readonly lanes: number;
  /** Pixels between a label and its rule. */
  readonly pad: number;
  /** Least pixels between two labels on one line. */
  readonly gap: number;
}

/** The short text at a rule: "Day 120: change", "Day 120: 2 changes". */
export const ruleText = (day: number, changes: number) => `Day ${day}: ${changes === 1 ? 'change' : `${changes} changes`}`;

/** The text of a label for several days' rules: "Days 100–130: 4 changes". */
export const combinedRuleText = (first: number, last: number, changes: number) => `Days ${first}–${last}: ${changes} changes`;

function labelOf(rules: readonly RuleMark[], { width, measure, pad }: RuleLabelLayout): RuleLabel & { readonly from: number; readonly to: number } {
  const first = rules[0];
  const last = rules[rules.length - 1];
  const changes = rules.reduce((n, r) => n + r.count, 0);
  const text = rules.length === 1 ? ruleText(first.day, first.count) : combinedRuleText(first.day, last.day, changes);
  const w = measure(text);
  const common = { lane: 0, text, change: rules.map((r) => r.change).join('; '), firstDay: first.day, lastDay: last.day };
  // On the right of the first rule if it fits there, else on the left of the last rule, else where it sticks out least.
  const pastRight = first.px + pad + w - width;
  const pastLeft = w - (last.px - pad);
  if (pastRight <= 0 || (pastLeft > 0 && pastRight <= pastLeft)) return { ...common, x: first.px, align: 'left', from: first.px + pad, to: first.px + pad + w };
  return { ...common, x: last.px, align: 'right', from: last.px - pad - w, to: last.px - pad };
}

/**
 * Lays out the labels of the rules (in any order): in day order, each goes on the first line where
 * it keeps `gap` pixels from the labels already there; where no line has room, it joins the
 * label before it ("Days 100–130: 4 changes", on the first rule's right or the last one's left),
 * and the combined label is placed again, joining further back if need be.
 */
export function layoutRuleLabels(rules: readonly RuleMark[], layout: RuleLabelLayout): RuleLabel[] {
  const sorted = [...rules].sort((a, b) => a.day - b.day);
  const placed: { rules: RuleMark[]; label: ReturnType<typeof labelOf> }[] = [];
  for (const rule of sorted) {
    let group = [rule];
    for (;;) {
      const label = labelOf(group, layout);
      const free = (lane: number) => placed.every((p) => p.label.lane !== lane || p.label.to + layout.gap <= label.from || label.to + layout.gap <= p.label.from);
      const lane = Array.from({ length: layout.lanes }, (_, i) => i).find(free);
      if (lane !== undefined || placed.length === 0) {
        placed.push({ rules: group, label: { ...label, lane: lane ?? 0 } });
        break;
      }
      group = [...placed.pop()!.rules, ...group];
    }
  }
  return placed.map(({ label: { from, to, ...label } }) => label);
}
