import { describe, expect, it } from 'vitest';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { SessionTakers } from '../../models/validation';
import { STATUS } from '../../models/workforce';
import { resolveScenario } from '../../scenarios/resolve';

// The opt-in self-referral check (docs/ODD.md §1, §7.13) counts people, as Guldner et al. did:
// the staff in post from day 0 to the end, and how many of them attended at least one session.

describe('SessionTakers', () => {
  const result = runReplication(modelParameters(resolveScenario({ overrides: [['days', 30]] })), { seed: 1, point: 0, replication: 0 });
  const w = result.world.w;

  it('counts only the staff in post throughout, and those of them who attended a session', () => {
    // Seat 0: vacant at the end; seat 1: hired during the run; seat 2: in post throughout, attended twice; seat 3: throughout, never.
    w.status[0] = STATUS.vacant;
    w.status[1] = STATUS.working;
    w.hiredOn[1] = 12;
    w.supportAttended[1] = 1;
    for (const seat of [2, 3]) {
      w.status[seat] = STATUS.working;
      w.hiredOn[seat] = -400;
    }
    w.supportAttended[2] = 2;
    w.supportAttended[3] = 0;
    for (let i = 4; i < w.size; i++) w.status[i] = STATUS.vacant;
    const takers = new SessionTakers();
    takers.add(result);
    expect({ throughout: takers.throughout, attended: takers.attended }).toEqual({ throughout: 2, attended: 1 });
    // Pooled over replications: each one adds its own.
    takers.add(result);
    expect({ throughout: takers.throughout, attended: takers.attended }).toEqual({ throughout: 4, attended: 2 });
  });

  it('counts staff off, on leave or sick at the end as in post', () => {
    for (let i = 0; i < w.size; i++) {
      w.status[i] = i % 2 === 0 ? STATUS.sick : STATUS.onLeave;
      w.hiredOn[i] = -1;
      w.supportAttended[i] = i < 3 ? 1 : 0;
    }
    const takers = new SessionTakers();
    takers.add(result);
    expect({ throughout: takers.throughout, attended: takers.attended }).toEqual({ throughout: w.size, attended: 3 });
  });
});
