import { describe, expect, it } from 'vitest';
import { finishedByteLength, finishedLines } from '../../bin/sweep';

describe('finishedLines: a runs.csv saved on Windows', () => {
  it('reads CRLF line ends and a byte-order mark as the file cfsim wrote, a torn last row still dropped', () => {
    const written = 'run,point,rep\n0,0,0\n1,0,1\n';
    expect(finishedLines(`\uFEFF${written.replace(/\n/g, '\r\n')}`)).toEqual(finishedLines(written));
    expect(finishedLines('run,point,rep\r\n0,0,0\r\n1,0')).toEqual(['run,point,rep', '0,0,0']);
  });

  it('a resume cuts a torn last row at the byte its finished rows end, a byte-order mark counted as its three bytes', () => {
    const torn = '\uFEFFrun,point,rep\r\n0,0,0\r\n1,0';
    const kept = Buffer.from(torn, 'utf8').subarray(0, finishedByteLength(torn)).toString('utf8');
    expect(kept).toBe('\uFEFFrun,point,rep\r\n0,0,0\r\n');
    expect(finishedByteLength('run\n0\n')).toBe(6);
  });
});
