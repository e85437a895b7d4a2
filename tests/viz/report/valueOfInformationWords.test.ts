import { describe, expect, it } from 'vitest';
import { NOISE_ORDERS, NOISE_SHARE_BEYOND, type FieldEvppi, type ValueOfInformation } from '../../../models/valueOfInformation';
import { valueOfInformationRows } from '../../../viz/report/valueOfInformationWords';

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
