import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../models/metrics';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATION_IDS } from '../../scenarios/presets/populations';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(METRIC_NAMES)('documents the metric %s', (metric) => {
    expect(readme).toContain(`| \`${metric}\` |`);
  });

  it.each([...POPULATION_IDS, ...PACKAGE_IDS])('names the preset %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });

  it.each(['run', 'compare', 'list', 'show', 'validate', 'schema', 'validation-report'])('documents the command %s', (command) => {
    expect(readme).toContain(`### \`cfsim ${command}`);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});
