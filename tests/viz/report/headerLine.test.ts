import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHeaderLine } from '../../../viz/report/headerLine';
import { SEPARATIONS_CSV_COLUMNS } from '../../../models/resultsColumns';

const work = mkdtempSync(join(tmpdir(), 'cfsim-header-line-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const written = (name: string, text: string) => {
  writeFileSync(join(work, name), text);
  return join(work, name);
};

describe('fileHeaderLine', () => {
  const header = SEPARATIONS_CSV_COLUMNS.join(',');

  it('reads the whole of the longest header after a byte-order mark and before a CRLF (a file saved on Windows)', () => {
    expect(fileHeaderLine(written('bom.csv', `\uFEFF${header}\r\nstatus-quo,0\r\n`), header.length)).toBe(header);
    expect(fileHeaderLine(written('lf.csv', `${header}\nstatus-quo,0\n`), header.length)).toBe(header);
  });

  it('reads a shorter header without its rows, and a file shorter than the room', () => {
    expect(fileHeaderLine(written('short.csv', 'policy,rep\nstatus-quo,0\n'), header.length)).toBe('policy,rep');
    expect(fileHeaderLine(written('tiny.csv', 'a'), header.length)).toBe('a');
  });
});
