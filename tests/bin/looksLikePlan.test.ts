import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikePlan, PLAN_SCAN_BYTES } from '../../bin/looksLikePlan';
import { tempFolder } from '../tempFolder';

const dir = tempFolder('cfsim-looks-like-plan-');

const CSV_HEADER = 'run,point,rep,seed,status,error,community.stigma,proqolSTS\n';
const ROW = '0,0,0,1,ok,,0.5,22.25\n';
/** CSV rows of at least `bytes` bytes. */
const csvRows = (bytes: number) => ROW.repeat(Math.ceil(bytes / ROW.length));

describe('looksLikePlan', () => {
  it('finds parameters: far down a long commented plan, in YAML and JSON', () => {
    const comments = '# a long note on why each level was chosen, kept with the plan\n'.repeat(4000);
    const yaml = join(dir, 'late.yaml');
    writeFileSync(yaml, `${comments}design: grid\nparameters:\n  community.stigma: { min: 0, max: 1 }\n`);
    expect(looksLikePlan(yaml)).toBe(true);
    const json = join(dir, 'late');
    writeFileSync(json, `{"name": "${'x'.repeat(300_000)}",\n "parameters" : {}}`);
    expect(looksLikePlan(json)).toBe(true);
  });

  it('finds parameters: cut across the chunks it reads in', () => {
    for (const at of [65_530, 65_536, 131_070]) {
      const file = join(dir, `split-${at}`);
      writeFileSync(file, `${'#'.repeat(at - 1)}\nparameters:\n`);
      expect(looksLikePlan(file), String(at)).toBe(true);
    }
  });

  it('reads no further than its bound: a long runs.csv is no plan, even with a parameters: line beyond the bound', () => {
    const file = join(dir, 'runs.csv');
    writeFileSync(file, `${CSV_HEADER}${csvRows(PLAN_SCAN_BYTES + 1024)}parameters:\n  community.stigma: { min: 0, max: 1 }\n`);
    expect(looksLikePlan(file)).toBe(false);
  });

  it('answers for a file of hundreds of megabytes from its first megabyte (a sparse file, so the test writes little)', () => {
    const file = join(dir, 'huge.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, `${CSV_HEADER}${csvRows(PLAN_SCAN_BYTES * 2)}`);
    // 400 MiB, its middle read as NUL bytes; read whole, the line at its end would make it a plan.
    writeSync(fd, '\nparameters:\n', 400 * 1024 ** 2);
    closeSync(fd);
    expect(looksLikePlan(file)).toBe(false);
  });

  it('stops at a NUL byte, which no plan holds', () => {
    const file = join(dir, 'binary');
    writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(10), Buffer.from('\nparameters:\n')]));
    expect(looksLikePlan(file)).toBe(false);
  });
});
