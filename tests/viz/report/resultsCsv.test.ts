import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../viz/report/resultsCsv';

const work = mkdtempSync(join(tmpdir(), 'cfsim-results-csv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rowsOf(name: string, text: string): Promise<string[][]> {
  const path = join(work, name);
  writeFileSync(path, text);
  const rows: string[][] = [];
  for await (const row of csvRows(path, ['policy', 'rep', 'proqolSTS'])) rows.push(row);
  return rows;
}

describe('csvRows', () => {
  it('reads a file saved on Windows (CRLF line ends, a byte-order mark) as the one cfsim wrote', async () => {
    const expected = [['status-quo', '0', '21.5'], ['status-quo', '1', '22']];
    expect(await rowsOf('lf.csv', 'policy,rep,proqolSTS\nstatus-quo,0,21.5\nstatus-quo,1,22\n')).toEqual(expected);
    expect(await rowsOf('crlf.csv', '\uFEFFpolicy,rep,proqolSTS\r\nstatus-quo,0,21.5\r\nstatus-quo,1,22\r\n')).toEqual(expected);
  });

  it('refuses a header that only looks like the right one, showing the difference', async () => {
    await expect(rowsOf('tab.csv', 'policy,rep,proqolSTS\t\nstatus-quo,0,21.5\n')).rejects.toThrow(/first differ at character 21: the file has "policy,rep,proqolSTS\\t" where the header ends/);
  });

  it('quotes a short header once: the difference shows it whole', async () => {
    const message = await rowsOf('short.csv', 'policy,rep,proqolBO\nstatus-quo,0,21.5\n').then(() => '', (e: Error) => e.message);
    expect(message).toContain('its first line is not the header; they first differ at character 18');
    expect(message.split('"policy,rep,proqolBO"').length - 1, message).toBe(1);
    expect(message.split('"policy,rep,proqolSTS"').length - 1, message).toBe(1);
  });
});
