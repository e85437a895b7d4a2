import { describe, expect, it } from 'vitest';
import { layoutRuleLabels, type RuleLabel, type RuleMark } from '../../viz/app/ruleLabels';

// Where the labels of the app charts' change rules go (the browser test draws them; here, the layout alone).

/** 7 px a character, as a 12 px font about measures. */
const layout = { width: 240, measure: (text: string) => 7 * text.length, lanes: 3, pad: 4, gap: 8 };
const rule = (day: number, px: number, count = 1): RuleMark => ({ day, px, count, change: `Day ${day}: Supervision → opt-out` });

/** A label's extent in pixels, as drawn. */
const extent = (l: RuleLabel) => {
  const w = layout.measure(l.text);
  return l.align === 'left' ? [l.x + layout.pad, l.x + layout.pad + w] : [l.x - layout.pad - w, l.x - layout.pad];
};

function expectApart(labels: readonly RuleLabel[]): void {
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      if (a.lane !== b.lane) continue;
      const [a0, a1] = extent(a);
      const [b0, b1] = extent(b);
      expect(a1 + layout.gap <= b0 || b1 + layout.gap <= a0, `"${a.text}" and "${b.text}" on line ${a.lane}`).toBe(true);
    }
  }
}

describe('the labels of the charts\' change rules', () => {
  it('each day has its own label while lines have room: the first free line, right of the rule, or left of it where the plot ends', () => {
    const labels = layoutRuleLabels([rule(280, 200, 2), rule(120, 40), rule(150, 60)], layout);
    expect(labels.map((l) => [l.text, l.lane, l.align])).toEqual([
      ['Day 120: change', 0, 'left'],
      ['Day 150: change', 1, 'left'],
      ['Day 280: 2 changes', 2, 'right'],
    ]);
    expectApart(labels);
  });

  it('a label goes back to the top line once it is clear of the labels there', () => {
    const labels = layoutRuleLabels([rule(10, 0), rule(200, 150)], { ...layout, width: 400 });
    expect(labels.map((l) => l.lane)).toEqual([0, 0]);
  });

  it('where no line has room, nearby days share one label that counts their changes and lists them for the tooltip; no two overprint, and every change counts once', () => {
    const rules = [rule(100, 80), rule(110, 88), rule(120, 96), rule(130, 104), rule(135, 108, 2), rule(200, 160)];
    const labels = layoutRuleLabels(rules, layout);
    expectApart(labels);
    expect(labels.length).toBeLessThan(rules.length);
    expect(labels.every((l) => l.lane < layout.lanes)).toBe(true);
    const counted = labels.map((l) => Number(/(\d+) changes$/.exec(l.text)?.[1] ?? 1));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(7);
    const combined = labels.find((l) => l.text.startsWith('Days '))!;
    expect(combined.text).toBe(`Days ${combined.firstDay}–${combined.lastDay}: ${counted[labels.indexOf(combined)]} changes`);
    expect(combined.change.split('; ').length).toBe(rules.filter((r) => r.day >= combined.firstDay && r.day <= combined.lastDay).length);
    // Each day in exactly one label.
    for (const r of rules) expect(labels.filter((l) => l.firstDay <= r.day && r.day <= l.lastDay), `day ${r.day}`).toHaveLength(1);
  });

  it('labels stay inside the plot when they fit in it', () => {
    for (const px of [0, 60, 120, 180, 240]) {
      for (const l of layoutRuleLabels([rule(px, px)], layout)) {
        const [from, to] = extent(l);
        expect(from >= 0 && to <= layout.width, `a rule at ${px}px`).toBe(true);
      }
    }
  });

  /** Each label's rules within a few pixels of its text: the label sits next to every rule it names. */
  const besideItsRules = (labels: readonly RuleLabel[], rules: readonly RuleMark[], l = layout) =>
    labels.flatMap((label) => {
      const w = l.measure(label.text);
      const [from, to] = label.align === 'left' ? [label.x + l.pad, label.x + l.pad + w] : [label.x - l.pad - w, label.x - l.pad];
      return rules.filter((r) => r.day >= label.firstDay && r.day <= label.lastDay && (r.px < from - l.pad - 0.5 || r.px > to + l.pad + 0.5)).map((r) => `"${label.text}" is ${Math.round(r.px < from ? from - r.px : r.px - to)}px from the rule of day ${r.day}`);
    });

  it('two changes far apart each keep their own label beside their rule (days 30 and 300 of a year on a 1280 px screen\'s plot)', () => {
    const plot = { ...layout, width: 231 };
    const rules = [rule(30, 19), rule(300, 190)];
    const labels = layoutRuleLabels(rules, plot);
    expect(labels.map((l) => [l.text, l.align])).toEqual([
      ['Day 30: change', 'left'],
      ['Day 300: change', 'right'],
    ]);
    expect(besideItsRules(labels, rules, plot)).toEqual([]);
  });

  it('a day far from a crowd of changes keeps its own label beside its rule: the crowd\'s labels are combined, not the far one with the crowd\'s last (found by a review: "Days 30–300: 2 changes" stood at day 30, far from day 300)', () => {
    const plot = { ...layout, width: 231 };
    // Days 20, 25 and 30 take the three lines near the left; day 300's label, on its rule's left, collides with all three.
    const rules = [rule(20, 13), rule(25, 16), rule(30, 19), rule(300, 190)];
    const labels = layoutRuleLabels(rules, plot);
    expectApart(labels);
    expect(labels.find((l) => l.firstDay === 300)).toMatchObject({ text: 'Day 300: change', lastDay: 300, align: 'right', x: 190 });
    expect(labels.map((l) => [l.firstDay, l.lastDay])).toEqual([
      [20, 25],
      [30, 30],
      [300, 300],
    ]);
    expect(besideItsRules(labels, rules, plot)).toEqual([]);
  });

  it('a label that fits on neither side of its rules stays inside the plot, over them (its halo hides them under the text)', () => {
    const plot = { ...layout, width: 200, lanes: 1 };
    const rules = [rule(130, 95), rule(135, 100)];
    const [label, ...others] = layoutRuleLabels(rules, plot);
    expect(others).toEqual([]);
    expect(label.text).toBe('Days 130–135: 2 changes');
    const [from, to] = label.align === 'left' ? [label.x + plot.pad, label.x + plot.pad + plot.measure(label.text)] : [label.x - plot.pad - plot.measure(label.text), label.x - plot.pad];
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeLessThanOrEqual(plot.width);
    expect(besideItsRules([label], rules, plot)).toEqual([]);
  });

  it('labels are combined only where they collide at the plot\'s width: the same days on a wider plot each keep their own', () => {
    const rules = (width: number) => [20, 25, 30, 300].map((day) => rule(day, (day / 365) * width));
    expect(layoutRuleLabels(rules(231), { ...layout, width: 231 }).length).toBe(3);
    expect(layoutRuleLabels(rules(900), { ...layout, width: 900 }).map((l) => l.text)).toEqual(['Day 20: change', 'Day 25: change', 'Day 30: change', 'Day 300: change']);
  });

  it('for many sets of changes on plots of many widths: no two labels overprint, each day is in one label and each change counts once, and every label sits beside each rule it names', () => {
    // A fixed sequence of pseudo-random numbers, the same on every run.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const found: string[] = [];
    for (let k = 0; k < 300; k++) {
      const width = 180 + Math.floor(next() * 800);
      const horizon = 200 + Math.floor(next() * 3450);
      const days = [...new Set(Array.from({ length: 2 + Math.floor(next() * 8) }, () => 1 + Math.floor(next() * (horizon - 1))))];
      const rules = days.map((day) => rule(day, (day / horizon) * width, 1 + Math.floor(next() * 2)));
      const plot = { ...layout, width };
      const labels = layoutRuleLabels(rules, plot);
      expectApart(labels);
      for (const r of rules) expect(labels.filter((l) => l.firstDay <= r.day && r.day <= l.lastDay), `day ${r.day}`).toHaveLength(1);
      expect(labels.reduce((n, l) => n + Number(/(\d+) changes$/.exec(l.text)?.[1] ?? 1), 0)).toBe(rules.reduce((n, r) => n + r.count, 0));
      found.push(...besideItsRules(labels, rules, plot).map((f) => `days ${days.sort((a, b) => a - b)} in ${width}px of ${horizon} days: ${f}`));
    }
    expect(found).toEqual([]);
  });

  it('many rules close together on a narrow plot: no two labels overprint, every change counts once', () => {
    const rules = Array.from({ length: 12 }, (_, i) => rule(100 + i, 50 + i));
    const labels = layoutRuleLabels(rules, { ...layout, width: 180 });
    expectApart(labels);
    expect(labels.reduce((n, l) => n + Number(/(\d+) changes$/.exec(l.text)?.[1] ?? 1), 0)).toBe(12);
  });
});
