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

  it('many rules close together on a narrow plot: no two labels overprint, every change counts once', () => {
    const rules = Array.from({ length: 12 }, (_, i) => rule(100 + i, 50 + i));
    const labels = layoutRuleLabels(rules, { ...layout, width: 180 });
    expectApart(labels);
    expect(labels.reduce((n, l) => n + Number(/(\d+) changes$/.exec(l.text)?.[1] ?? 1), 0)).toBe(12);
  });
});
