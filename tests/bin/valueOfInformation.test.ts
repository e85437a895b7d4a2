import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// `compare --value-per-departure V` where the scenario draws fields: what learning each drawn value
// would be worth (EVPPI), in the text and in the JSON document.

const { work, cfsim, file } = cliScratch('evppi');
const team = file('team.yaml', 'base: { population: ct-harm-reduction }\nuncertainty:\n  coefficients.separationCf: { min: 0, max: 3 }\n  costs.supervisionSession: { min: 60, mode: 100, max: 200 }\n');
const COMPARE = ['compare', team, '--policies', 'status-quo,opt-out-support', '--days', '180', '--threads', '2', '--value-per-departure', '100000'];

describe('compare --value-per-departure with drawn fields: the value of learning them', () => {
  const text = cfsim(...COMPARE, '--reps', '20');
  const out = join(work, 'results');
  const json = cfsim(...COMPARE, '--reps', '20', '--json', '--out', out, '--report', join(out, 'report.html'));

  it('prints a table of each drawn field with its EVPPI a year and noise floor, and a reading', () => {
    expect(text.status, text.stderr).toBe(0);
    const block = text.stdout.slice(text.stdout.indexOf('What learning each drawn value'));
    expect(block).toMatch(/^What learning each drawn value before choosing would be worth at \$100,000 per departure avoided \(EVPPI, the expected value of partial perfect information\): .* From the 20 paired futures sorted by the field's draw and cut into 4 runs/);
    const table = block.split('\n\n')[1].split('\n');
    expect(table[0]).toMatch(/^drawn field +EVPPI a year +noise floor +related beyond chance\?$/);
    expect(table.slice(2).map((row) => row.split(/ {2,}/)[0])).toEqual(['coefficients.separationCf', 'costs.supervisionSession']);
    expect(block.split('\n\n')[2]).toMatch(/^(No field's draws are related to the net benefits beyond chance|Related to the net benefits beyond chance: )/);
  });

  it('adds valueOfInformation to the document, agreeing with the table', () => {
    expect(json.status, json.stderr).toBe(0);
    const voi = JSON.parse(json.stdout).valueOfInformation;
    expect(voi).toMatchObject({ valuePerDeparture: 100000, futures: 20, bins: 4, noiseOrders: 200 });
    expect(voi.fields.map((f: { field: string }) => f.field)).toEqual(['coefficients.separationCf', 'costs.supervisionSession']);
    const dollars = (x: number) => `$${(Math.round(x / 100) * 100).toLocaleString('en-US')}`;
    for (const f of voi.fields as { field: string; evppi: number; noiseFloor: number; beyondNoise: boolean }[]) {
      expect(f.evppi).toBeGreaterThanOrEqual(0);
      const row = text.stdout.split('\n').find((line) => line.startsWith(`${f.field}  `))!;
      expect(row.split(/ {2,}/).slice(1, 4)).toEqual([dollars(f.evppi), dollars(f.noiseFloor), expect.stringMatching(f.beyondNoise ? /^yes/ : /^no/)]);
    }
  });

  it('writes it to summary.json, and the report shows the same table next to the drawn values', () => {
    expect(json.status, json.stderr).toBe(0);
    const voi = JSON.parse(json.stdout).valueOfInformation;
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).valueOfInformation).toEqual(voi);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const section = html.slice(html.indexOf('<h3>What learning a drawn value is worth</h3>'));
    expect(section).toContain('<th>drawn field</th><th>EVPPI a year</th><th>noise floor</th><th>related beyond chance?</th>');
    const table = text.stdout.split('\n').filter((line) => /^(coefficients|costs)\./.test(line));
    for (const line of table) expect(section).toContain(`<tr>${line.split(/ {2,}/).map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  });

  it('says nothing of it from fewer than 20 replications, or without drawn fields', () => {
    const few = cfsim(...COMPARE, '--reps', '19', '--json');
    expect(few.status, few.stderr).toBe(0);
    expect(JSON.parse(few.stdout)).not.toHaveProperty('valueOfInformation');
    const plain = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--days', '180', '--threads', '2', '--value-per-departure', '100000', '--reps', '20');
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('At $100,000 per departure avoided');
    expect(plain.stdout).not.toContain('What learning each drawn value');
  });
});
