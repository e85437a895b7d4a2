import { describe, expect, it } from 'vitest';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compileSpec } from '../../../viz/report/export';
import { expressionSafeSpec, expressionSafeString, plainForms, plainString } from '../../../viz/specs/expressionSafeStrings';

/** A chart of packages coloured and sorted by name, in a custom order: Vega-Lite puts each name into an expression. */
const chartOf = (names: readonly string[]): TopLevelSpec => ({
  data: { values: names.map((policy, k) => ({ policy, value: k })) },
  mark: 'bar',
  encoding: {
    x: { field: 'policy', type: 'nominal', sort: [...names] },
    y: { field: 'value', type: 'quantitative' },
    color: { field: 'policy', type: 'nominal', legend: { values: [...names] } },
  },
});

const drawn = async (spec: TopLevelSpec) => {
  const view = new vega.View(vega.parse(compileSpec(spec).vega), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
};

describe('expressionSafeSpec', () => {
  const names = ['status-quo', 'constructor', 'toString', '__proto__'];

  it('draws packages named like an object property, which Vega read as identifiers in its expressions', async () => {
    await expect(drawn(chartOf(names))).rejects.toThrow('Operator not defined');
    const svg = await drawn(expressionSafeSpec(chartOf(names)));
    for (const name of names) expect(svg).toContain(`>${expressionSafeString(name)}<`);
  });

  it('changes only such names, and a spec without them not at all', () => {
    expect(expressionSafeString('constructor')).toBe('constructor\u200B');
    expect(expressionSafeString('constructors')).toBe('constructors');
    const plain = chartOf(['status-quo', 'opt-out-support']);
    expect(expressionSafeSpec(plain)).toBe(plain);
  });

  it('keeps a name that already ends in a zero-width space apart from the safe form of the name without it', async () => {
    const twins = ['status-quo', 'constructor', 'constructor\u200B', 'toString\u200B\u200B'];
    const safe = twins.map(expressionSafeString);
    expect(new Set(safe).size).toBe(twins.length);
    const svg = await drawn(expressionSafeSpec(chartOf(twins)));
    // Each drawn under its own name: the two constructors are not drawn as one package.
    for (const name of safe) expect(svg).toContain(`>${name}<`);
  });

  it('gives back each name as it was given, for the tooltips: plainString undoes expressionSafeString', () => {
    const twins = ['status-quo', 'constructor', 'constructor\u200B', 'toString\u200B\u200B', 'plain\u200B'];
    expect(twins.map((name) => plainString(expressionSafeString(name)))).toEqual(twins);
    const spec = expressionSafeSpec(chartOf(twins));
    // Only the names made safe, each once, however often the spec holds it.
    expect(plainForms([spec, null, spec])).toEqual([
      ['constructor\u200B', 'constructor'],
      ['constructor\u200B\u200B', 'constructor\u200B'],
      ['toString\u200B\u200B\u200B', 'toString\u200B\u200B'],
    ]);
    expect(plainForms([chartOf(['status-quo', 'opt-out-support'])])).toEqual([]);
  });
});
