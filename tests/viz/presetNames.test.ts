import { describe, expect, it } from 'vitest';
import { PACKAGES } from '../../scenarios/presets/packages';
import { POPULATIONS } from '../../scenarios/presets/populations';
import { citedSummary } from '../../viz/app/presetNames';

describe('citedSummary', () => {
  it('cites each seed study by its authors, so no description reads as a run seed', () => {
    expect(citedSummary('what most programs had (seed 003).')).toBe('what most programs had (Schoenberger et al. 2024).');
    expect(citedSummary('(seed 002 recommendations); seed 000')).toBe('(Hill et al. 2023 recommendations); Knaak et al. 2019');
    for (const preset of [...Object.values(POPULATIONS), ...Object.values(PACKAGES)]) expect(citedSummary(preset.summary)).not.toMatch(/\bseeds? \d/i);
  });

  it('leaves an unknown seed number and other text as they are', () => {
    expect(citedSummary('seed 007 and seedling 003')).toBe('seed 007 and seedling 003');
  });
});
