import { describe, expect, it } from 'vitest';
import { metricHint } from '../../models/metricHint';

describe('the metric a mistyped name meant', () => {
  it('by spelling, and by the words of its description where no spelling is close (a researcher wrote proqolBurnout)', () => {
    expect(metricHint('proqolSts')).toBe('proqolSTS');
    expect(metricHint('proqolBurnout')).toBe('proqolBO');
    expect(metricHint('proqol_compassion_satisfaction')).toBe('proqolCS');
    expect(metricHint('burnoutShare')).toBe('highBOShare');
    expect(metricHint('careQualty')).toBe('careQuality');
  });

  it('names none where the words fit none or several alike', () => {
    expect(metricHint('happiness')).toBeUndefined();
    expect(metricHint('scoreOfTeam')).toBeUndefined();
    expect(metricHint('')).toBeUndefined();
  });
});
