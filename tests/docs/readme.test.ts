import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../models/metrics';
import { DAILY_SERIES } from '../../models/observables';
import { SEPARATION_COLUMNS, WORKER_COLUMNS } from '../../models/outputs';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATION_IDS } from '../../scenarios/presets/populations';
import { parse as parseYaml } from 'yaml';
import { FRESH_TEAM_START } from '../../models/hiring';
import { resolveScenario } from '../../scenarios/resolve';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(METRIC_NAMES)('documents the metric %s', (metric) => {
    expect(readme).toContain(`| \`${metric}\` |`);
  });

  it.each([...POPULATION_IDS, ...PACKAGE_IDS])('names the preset %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });

  it.each(['run', 'compare', 'report', 'app', 'list', 'show', 'validate', 'schema', 'starting-levels', 'validation-report'])('documents the command %s', (command) => {
    expect(readme).toContain(`### \`cfsim ${command}`);
  });

  it.each(DAILY_SERIES.map((d) => d.name).filter((n) => !n.endsWith('Sd')))('lists the daily series %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it.each([...WORKER_COLUMNS, ...SEPARATION_COLUMNS])('documents the results column %s', (column) => {
    expect(readme).toMatch(new RegExp(`\`${column}\``));
  });

  it('gives the scenario of a programme just launched as the model defines it (FRESH_TEAM_START)', () => {
    const block = readme.split('**A programme just launched.**')[1].split('```yaml\n')[1].split('```')[0];
    const population = resolveScenario({ file: parseYaml(block) }).population;
    expect(population.initialTenureMeanDays).toBe(FRESH_TEAM_START.initialTenureMeanDays);
    expect(population.startingLevels).toEqual(FRESH_TEAM_START.startingLevels);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});
