// Where the labels of the charts' change rules go: at the top of the plot, each on one of a few
// lines (lanes), and where no lane has room, labels that collide combined, so no two overprint;
// a combined label stands beside every rule it names (a day far from a crowd keeps its own).
// The charts compute this inside Vega on every layout (the rules' positions change with the
// chart's width and with the days shown), through the expression function registered in charts.ts.

/** A day with lever changes, where its rule stands. */
export interface RuleMark {
  readonly day: number;
  /** The rule's x position in the plot, in pixels. */
  readonly px: number;
  /** How many changes the day has. */
  readonly count: number;
  /** What changed ("Day 120: Supervision → opt-out, booked in advance"), for the label's tooltip. */
  readonly change: string;
}

/** A label as drawn: its text starts (align left) or ends (align right) `pad` pixels from `x` (its rule's, or where it fits in the plot). */
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

type Placed = RuleLabel & { readonly from: number; readonly to: number };

function labelOf(rules: readonly RuleMark[], { width, measure, pad }: RuleLabelLayout): Placed {
  const first = rules[0];
  const last = rules[rules.length - 1];
  const changes = rules.reduce((n, r) => n + r.count, 0);
  const text = rules.length === 1 ? ruleText(first.day, first.count) : combinedRuleText(first.day, last.day, changes);
  const w = measure(text);
  const common = { lane: 0, text, change: rules.map((r) => r.change).join('; '), firstDay: first.day, lastDay: last.day };
  // On the right of the first rule if it fits there, else on the left of the last rule; where it fits
  // on neither side, on the side where it sticks out least, moved back inside the plot (over its
  // rules, which its halo hides under the text), or to the plot's left end if it is wider than the plot.
  const pastRight = first.px + pad + w - width;
  const pastLeft = w - (last.px - pad);
  const right = pastRight <= 0 || (pastLeft > 0 && pastRight <= pastLeft);
  const from = Math.min(Math.max(right ? first.px + pad : last.px - pad - w, 0), Math.max(0, width - w));
  return right ? { ...common, x: from - pad, align: 'left', from, to: from + w } : { ...common, x: from + w + pad, align: 'right', from, to: from + w };
}

/** Whether two labels on one line would overprint (closer than `gap`). */
const collide = (a: Placed, b: Placed, gap: number) => !(a.to + gap <= b.from || b.to + gap <= a.from);

/** Whether one label for `rules` sits next to every one of them: each rule within `pad` of its text. */
function nextToAll(rules: readonly RuleMark[], layout: RuleLabelLayout): boolean {
  const label = labelOf(rules, layout);
  return rules.every((r) => r.px >= label.from - layout.pad - 0.5 && r.px <= label.to + layout.pad + 0.5);
}

/** Each group's label on the first line where it collides with none before it; stops at the first group no line has room for. */
function lanesFor(groups: readonly (readonly RuleMark[])[], layout: RuleLabelLayout): { placed: Placed[]; stuck?: number; blockers: number[] } {
  const placed: Placed[] = [];
  for (const [i, group] of groups.entries()) {
    const label = labelOf(group, layout);
    const lane = Array.from({ length: Math.max(1, layout.lanes) }, (_, k) => k).find((k) => placed.every((p) => p.lane !== k || !collide(p, label, layout.gap)));
    if (lane === undefined) return { placed, stuck: i, blockers: placed.flatMap((p, k) => (collide(p, label, layout.gap) ? [k] : [])) };
    placed.push({ ...label, lane });
  }
  return { placed, blockers: [] };
}

/**
 * Lays out the labels of the rules (in any order): in day order, each goes on the first line where
 * it keeps `gap` pixels from the labels already there. Where a label finds no line with room, two
 * neighbouring labels that collide (would overprint on one line) are combined into one ("Days
 * 100–130: 4 changes", on the first rule's right or the last one's left), and the labels are laid
 * out again: the closest two among it and the labels in its way whose combined label still sits
 * next to each of its rules, else the closest such two before it (freeing room on a line). So only
 * labels that collide at the plot's width are combined, and a combined label does not stand far
 * from a rule it names: a day far from a crowd of changes keeps its own label while the crowd's
 * are combined. (Only where no such two are left, the closest two in its way are combined anyway,
 * or it and the label before it: no two labels ever overprint.)
 */
export function layoutRuleLabels(rules: readonly RuleMark[], layout: RuleLabelLayout): RuleLabel[] {
  let groups: RuleMark[][] = [...rules].sort((a, b) => a.day - b.day).map((r) => [r]);
  for (;;) {
    const { placed, stuck, blockers } = lanesFor(groups, layout);
    if (stuck === undefined) return placed.map(({ from, to, ...label }) => label);
    // Neighbouring groups up to the stuck one whose labels collide, closest first: those among it and
    // the labels in its way first, then any (combining them frees room on a line).
    const involved = new Set([...blockers, stuck]);
    const pairs = groups
      .slice(0, stuck)
      .map((_, i) => i)
      .filter((i) => collide(labelOf(groups[i], layout), labelOf(groups[i + 1], layout), layout.gap))
      .sort((i, j) => groups[i + 1][0].px - groups[i].at(-1)!.px - (groups[j + 1][0].px - groups[j].at(-1)!.px));
    const near = pairs.filter((i) => involved.has(i) && involved.has(i + 1));
    const beside = (i: number) => nextToAll([...groups[i], ...groups[i + 1]], layout);
    const pair = near.find(beside) ?? pairs.find(beside) ?? near[0] ?? stuck - 1;
    groups = [...groups.slice(0, pair), [...groups[pair], ...groups[pair + 1]], ...groups.slice(pair + 2)];
  }
}
