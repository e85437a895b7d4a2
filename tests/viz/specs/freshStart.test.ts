import { describe, expect, it } from 'vitest';
import { freshStartWords } from '../../../viz/specs/index';
import { resolveScenario } from '../../../scenarios/resolve';
import type { ReportData } from '../../../viz/report/reportData';

const manifest = (policies: string[]) => ({ manifest: { scenarios: policies.map((policy) => resolveScenario({ policy })) } }) as unknown as Pick<ReportData, 'manifest'>;

describe("the time charts' note on packages that add seats", () => {
  it('names the packages whose added seats start with new hires, whose team means therefore start lower', () => {
    expect(freshStartWords(manifest(['status-quo', 'multi-level']))).toBe(
      ' multi-level adds seats, filled by new hires on day 0 who start with less strain than the team, so its team means start lower before the package has had any effect.',
    );
  });

  it('says nothing when no arm adds a seat', () => {
    expect(freshStartWords(manifest(['status-quo', 'opt-out-support']))).toBe('');
  });
});
