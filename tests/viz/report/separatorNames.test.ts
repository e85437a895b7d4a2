import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cfsim } from '../namedScenarios';

// CFSim 0.40.0 accepted a package name holding a line separator (U+2028); its results drew a report
// whose charts failed ("Unexpected token ILLEGAL") and which never finished drawing. `cfsim report`
// refuses such a folder, naming the file, the field and the character.

const work = mkdtempSync(join(tmpdir(), 'cfsim-separator-names-'));
const out = join(work, 'results');

beforeAll(() => {
  cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '20', '--threads', '1', '--out', out);
  // The name as 0.40.0 wrote it, in every file of the folder, the separator as it is.
  for (const file of readdirSync(out)) writeFileSync(join(out, file), readFileSync(join(out, file), 'utf8').replaceAll('opt-out-support', 'opt-out\u2028support'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('results whose package name holds a line separator (written by CFSim 0.40.0)', () => {
  it('are refused by cfsim report with a message naming the field and the character, rather than drawn as a page that never finishes', () => {
    const r = spawnSync(process.execPath, ['dist/cfsim.js', 'report', out, '-o', join(work, 'report.html')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(out, 'summary.json')}: policies[1].policy: "opt-out\\u2028support" holds a line or paragraph separator (U+2028, U+2029)`);
    expect(r.stderr).toContain('a name is one line of text');
  });
});
