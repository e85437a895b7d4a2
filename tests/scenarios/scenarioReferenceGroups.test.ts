import { describe, expect, it } from 'vitest';
import { scenarioReference } from '../../bin/scenarioReference';
import type { Field } from '../../sim/params/fields';
import { referenceRows } from '../../sim/params/reference';
import { scenarioField } from '../../scenarios/schema';

/** Every group nested in a section's group (`costs.roleSalaryFactor`, `policy.supervision`), with its path. */
function nestedGroups(field: Field, path = ''): [string, Field][] {
  if (field.kind !== 'object') return [];
  const own: [string, Field][] = path.includes('.') ? [[path, field]] : [];
  return [...own, ...Object.entries(field.properties).flatMap(([key, child]) => nestedGroups(child, path ? `${path}.${key}` : key))];
}

describe('docs/SCENARIO.md: the descriptions of nested groups', () => {
  const groups = nestedGroups(scenarioField).filter(([path]) => !path.startsWith('practice.'));

  it('finds the groups a reader looks for', () => {
    expect(groups.map(([path]) => path)).toEqual(expect.arrayContaining(['population.livedExperience', 'costs.roleSalaryFactor', 'policy.supervision', 'policy.staffing']));
  });

  it('gives each group a row of its own, with its description, before its fields', () => {
    const reference = scenarioReference();
    for (const [path, field] of groups) {
      const row = `| \`${path}.*\` | group |  | `;
      expect(reference, path).toContain(`${row}`);
      const line = reference.split('\n').find((l) => l.startsWith(row))!;
      expect(line, path).toContain(` | ${field.doc.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
      const first = reference.split('\n').findIndex((l) => l.startsWith(`| \`${path}.`) && !l.startsWith(row));
      expect(reference.split('\n').indexOf(line), path).toBeLessThan(first);
    }
  });

  it('counts the fields the group row stands for', () => {
    const rows = referenceRows(scenarioField.properties.costs, 'costs');
    const group = rows.find((r) => r.path === 'costs.roleSalaryFactor.*')!;
    expect(group.allowed).toBe(`the ${rows.filter((r) => r.path.startsWith('costs.roleSalaryFactor.') && r.type !== 'group').length} fields of \`costs.roleSalaryFactor\` below`);
  });
});
