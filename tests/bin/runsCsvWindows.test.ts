import { describe, expect, it } from 'vitest';
import { finishedByteLength, finishedLines } from '../../bin/sweep';

describe('finishedLines: a runs.csv saved on Windows', () => {
  it('reads CRLF line ends and a byte-order mark as the file cfsim wrote, a torn last row still dropped', () => {
    const written = 'run,point,rep\n0,0,0\n1,0,1\n';
    expect(finishedLines(`\uFEFF${written.replace(/\n/g, '\r\n')}`)).toEqual(finishedLines(written));
    expect(finishedLines('run,point,rep\r\n0,0,0\r\n1,0')).toEqual(['run,point,rep', '0,0,0']);
  });

  it('a resume cuts a torn last row at the byte its finished rows end, counted in bytes as stored (a byte-order mark is three, a code-page é one)', () => {
    const torn = '\uFEFFrun,point,rep\r\n0,0,0\r\n1,0';
    const bytes = Buffer.from(torn, 'utf8');
    expect(bytes.subarray(0, finishedByteLength(bytes)).toString('utf8')).toBe('\uFEFFrun,point,rep\r\n0,0,0\r\n');
    expect(finishedByteLength(Buffer.from('run\n0\n'))).toBe(6);
    // A file saved in a Windows code page: é is one byte (0xe9), which decoding as UTF-8 would make three.
    const latin1 = Buffer.from('run,note\r\n0,caf\xe9\r\n1,ca', 'latin1');
    expect(finishedByteLength(latin1)).toBe(latin1.length - 4);
  });
});
