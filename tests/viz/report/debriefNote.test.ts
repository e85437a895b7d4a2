import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../scenarios/resolve';
import { singleSessionNote } from '../../../viz/report/debriefNote';

const quo = resolveScenario({ policy: 'status-quo' });
const debrief = resolveScenario({ policy: 'mandatory-debrief' });

describe("the note on single-session debriefs' built-in effect", () => {
  it('says the debriefs process nothing and add a little stress, as the trials found, where the arm runs them and the baseline does not', () => {
    const note = singleSessionNote('mandatory-debrief', debrief, quo);
    expect(note).toContain("mandatory-debrief's single-session debriefs (after a crisis or a client's death) process none of the day's traumatic material (coefficients.singleSessionProcessing 0");
    expect(note).toContain(`(coefficients.singleSessionHarm ${debrief.coefficients.singleSessionHarm}, for the possible harm the Cochrane review reports)`);
    expect(note).toContain('not something this run found');
  });

  it('names the trigger, and leaves out the harm where it is 0', () => {
    const afterDeath = resolveScenario({ policy: 'mandatory-debrief', overrides: [['policy.debrief.after', 'death'], ['coefficients.singleSessionHarm', 0]] });
    const note = singleSessionNote('deaths', afterDeath, quo)!;
    expect(note).toContain("(after a client's death) process none");
    expect(note).not.toContain('singleSessionHarm');
  });

  it('is left out for an arm without them, against a baseline that runs them too, and where processing is set above 0 (the user’s own assumption)', () => {
    expect(singleSessionNote('status-quo', quo, debrief)).toBeUndefined();
    expect(singleSessionNote('a', debrief, debrief)).toBeUndefined();
    expect(singleSessionNote('opt-out-support', resolveScenario({ policy: 'opt-out-support' }), quo)).toBeUndefined();
    const processing = resolveScenario({ policy: 'mandatory-debrief', overrides: [['coefficients.singleSessionProcessing', 0.3]] });
    expect(singleSessionNote('a', processing, quo)).toBeUndefined();
  });
});
