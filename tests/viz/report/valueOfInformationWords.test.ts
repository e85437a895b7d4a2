import { describe, expect, it } from 'vitest';
import { NOISE_ORDERS, NOISE_SHARE_BEYOND, type FieldEvppi, type ValueOfInformation } from '../../../models/valueOfInformation';
import { valueOfInformationLead, valueOfInformationReading, valueOfInformationRows } from '../../../viz/report/valueOfInformationWords';

/** A field whose estimate `count` of the NOISE_ORDERS unrelated orders matched or beat. */
const field = (count: number): FieldEvppi => {
  const noiseShare = (count + 1) / (NOISE_ORDERS + 1);
  return { field: `f${count}`, evppi: 5000, noiseFloor: 1000, noiseShare, beyondNoise: noiseShare < NOISE_SHARE_BEYOND };
};

describe('valueOfInformationRows', () => {
  it('never says a field beyond noise had 5% or more of the unrelated orders give as much, nor one within it fewer', () => {
    const voi: ValueOfInformation = { valuePerDeparture: 100000, futures: 100, bins: 10, noiseOrders: NOISE_ORDERS, fields: Array.from({ length: NOISE_ORDERS + 1 }, (_, count) => field(count)) };
    for (const [name, , , cell] of valueOfInformationRows(voi)) {
      const f = voi.fields.find((x) => x.field === name)!;
      const shown = cell.match(/\((under 1|\d+)% of unrelated orders give as much\)$/)![1];
      const percent = shown === 'under 1' ? 0 : Number(shown);
      if (f.beyondNoise) expect(cell.startsWith('yes') && percent < 5, cell).toBe(true);
      else expect(cell.startsWith('no') && percent >= 5, cell).toBe(true);
    }
  });

  it('shows the README example cells as before: 44% and under 1%', () => {
    const voi: ValueOfInformation = { valuePerDeparture: 100000, futures: 100, bins: 10, noiseOrders: NOISE_ORDERS, fields: [field(0), field(88)] };
    expect(valueOfInformationRows(voi).map((r) => r[3])).toEqual(['yes (under 1% of unrelated orders give as much)', 'no (44% of unrelated orders give as much)']);
  });
});

describe('valueOfInformationReading and valueOfInformationLead', () => {
  // A field flagged by the shuffle test is related to the net benefits; that does not make its EVPPI above 0.
  const voi: ValueOfInformation = { valuePerDeparture: 100000, futures: 100, bins: 10, noiseOrders: NOISE_ORDERS, fields: [field(0), field(88)] };

  it('says what the shuffle test shows (the draws go with the net benefits), not that the field is worth most to learn', () => {
    const reading = valueOfInformationReading(voi);
    expect(reading).toMatch(/^Related to the net benefits beyond chance: f0; f88 is within what chance gives\. /);
    expect(reading).not.toContain('Worth most to learn');
    expect(reading).toContain('not that learning it would change the choice');
    expect(valueOfInformationLead(voi)).toContain('which does not by itself show that learning it is worth anything');
  });

  it('gives the estimate and its floor, not the estimate less the floor to the estimate as a range', () => {
    const reading = valueOfInformationReading(voi);
    expect(reading).toContain("Its estimate, $5,000 a year (noise floor $1,000), is a rough guide");
    expect(reading).toContain('not a range');
    expect(reading).not.toMatch(/\$[\d,]+ to \$[\d,]+/);
  });

  it('warns that with several fields one may be flagged by chance, and not with one', () => {
    expect(valueOfInformationReading(voi)).toContain('With 2 fields each tested at 5%, one may be flagged by chance.');
    expect(valueOfInformationReading({ ...voi, fields: [field(0)] })).not.toContain('may be flagged by chance');
  });
});
