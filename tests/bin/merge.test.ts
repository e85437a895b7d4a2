import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { processSpace } from '../../bin/processSpace';
import { cliScratch } from './cliScratch';

const { work, cfsim, file } = cliScratch('merge');

// Three shards of a 3-run plan, in folders not named shard-I (so no index is read from a name).
const shards = ['t0', 't1', 't2'].map((name) => join(work, name));
const merged = join(work, 'merged');

beforeAll(() => {
  const plan = file(
    'plan.yaml',
    `name: merge-names
base: { population: ct-harm-reduction, policy: status-quo }
set: { days: 20 }
parameters:
  community.stigma: { values: [0.2, 0.5, 0.8] }
design: grid
reps: 1
seed: 1
metrics: [proqolSTS]
`,
  );
  shards.forEach((dir, i) => {
    const r = cfsim('sweep', plan, '--out', dir, '--shard', `${i}/3`);
    expect(r.status, r.stderr).toBe(0);
  });
}, 120_000);

describe('merge of a shard folder that does not exist', () => {
  it('names the one shard no other folder holds, where the folder name does not say it', () => {
    const absent = join(work, 'tt2');
    const r = cfsim('merge', merged, shards[0], shards[1], absent);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`run it (cfsim sweep PLAN --out ${absent} --shard 2/3), then merge again, or merge the others without it (cfsim merge ${merged} ${shards[0]} ${shards[1]} --allow-partial)`);
  });

  it('says a folder beyond every shard is not needed, rather than to run it or merge the others as partial', () => {
    const extra = join(work, 't3');
    const r = cfsim('merge', merged, ...shards, extra);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`SHARD_DIR: ${extra} does not exist, and the other folders named already hold every shard of 3 (0 to 2): it is mistyped or not needed; merge without it (cfsim merge ${merged} ${shards.join(' ')})`);
    expect(r.stderr).not.toContain('--allow-partial');
    expect(cfsim('merge', merged, ...shards).status).toBe(0);
  });

  it('says a folder named shard-I whose shard another folder holds is not needed, rather than to run that shard again', () => {
    const again = join(work, 'elsewhere', 'shard-1');
    const r = cfsim('merge', merged, ...shards, again);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`SHARD_DIR: ${again} does not exist, and the other folders named already hold every shard of 3 (0 to 2): it is mistyped or not needed; merge without it (cfsim merge ${merged} ${shards.join(' ')})`);
    expect(r.stderr).not.toContain('--shard 1/3');
  });
});

describe('merge of a shard cut short', () => {
  it('beside the Slurm scripts that ran it (OUT/shard-I, OUT/slurm), says to resubmit its array task and then merge.sbatch', () => {
    const study = join(work, 'study');
    shards.forEach((dir, i) => cpSync(dir, join(study, `shard-${i}`), { recursive: true }));
    mkdirSync(join(study, 'slurm'));
    writeFileSync(join(study, 'slurm', 'array.sbatch'), `#!/bin/bash\n#SBATCH --job-name=cfsim-merge-names\n#SBATCH --array=0-2\n"$node" 'cfsim.js' sweep 'plan.json' --out '${study}'/shard-"\${SLURM_ARRAY_TASK_ID}" --shard "\${SLURM_ARRAY_TASK_ID}/3" --resume\n`);
    const cut = join(study, 'shard-2', 'runs.csv');
    writeFileSync(cut, `${readFileSync(cut, 'utf8').split('\n')[0]}\n`);
    const named = [0, 1, 2].map((i) => join(study, `shard-${i}`));
    const r = cfsim('merge', join(study, 'merged'), ...named);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${named[2]} (shard 2/3) holds 0 of its 1 runs: resubmit its array task (sbatch --array=2 ${join(study, 'slurm', 'array.sbatch')}, with the options given to submit.sh, such as --time or --account), which resumes it; then merge again (once it has ended, sbatch ${join(study, 'slurm', 'merge.sbatch')})`);
    // Into another folder than merge.sbatch's, merge again by hand; a folder not named shard-I is resumed by hand.
    expect(cfsim('merge', join(study, 'other'), ...named).stderr).toContain(`which resumes it; then merge again (once it has ended, cfsim merge ${join(study, 'other')} ${named.join(' ')})`);
    cpSync(named[2], join(study, 'two'), { recursive: true });
    expect(cfsim('merge', join(study, 'merged'), named[0], named[1], join(study, 'two')).stderr).toContain(`holds 0 of its 1 runs: resume it (cfsim sweep PLAN --out ${join(study, 'two')} --shard 2/3 --resume); then merge again (cfsim merge`);
    // A copy of the study elsewhere: its array tasks would write the original's shards, so it is resumed by hand.
    const moved = join(work, 'moved');
    cpSync(study, moved, { recursive: true });
    const copies = [0, 1, 2].map((i) => join(moved, `shard-${i}`));
    const copied = cfsim('merge', join(moved, 'merged'), ...copies).stderr;
    expect(copied).toContain(`${copies[2]} (shard 2/3) holds 0 of its 1 runs: resume it (cfsim sweep PLAN --out ${copies[2]} --shard 2/3 --resume); then merge again (cfsim merge ${join(moved, 'merged')} ${copies.join(' ')})`);
    // Cut short before its header: its array task resumes it too.
    writeFileSync(cut, '');
    expect(cfsim('merge', join(study, 'merged'), ...named).stderr).toContain(`${cut} has no complete header line (the shard stopped before or while writing it); resubmit its array task (sbatch --array=2 ${join(study, 'slurm', 'array.sbatch')}, with the options given to submit.sh, such as --time or --account), which resumes it, or leave it out and pass --allow-partial`);
  });

  it('with a shard kept elsewhere than beside the Slurm scripts, says to merge the folders as named, not merge.sbatch (which would look for it beside them)', () => {
    const study = join(work, 'split');
    for (const i of [0, 1]) cpSync(shards[i], join(study, `shard-${i}`), { recursive: true });
    mkdirSync(join(study, 'slurm'));
    writeFileSync(join(study, 'slurm', 'array.sbatch'), `#!/bin/bash\n#SBATCH --job-name=cfsim-merge-names\n#SBATCH --array=0-2\n"$node" 'cfsim.js' sweep 'plan.json' --out '${study}'/shard-"\${SLURM_ARRAY_TASK_ID}" --shard "\${SLURM_ARRAY_TASK_ID}/3" --resume\n`);
    const cut = join(study, 'shard-1', 'runs.csv');
    writeFileSync(cut, `${readFileSync(cut, 'utf8').split('\n')[0]}\n`);
    const out = join(study, 'merged');
    // Shard 2 is in t2, not in split/shard-2, where merge.sbatch would look for it.
    const named = [join(study, 'shard-0'), join(study, 'shard-1'), shards[2]];
    const r = cfsim('merge', out, ...named);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${named[1]} (shard 1/3) holds 0 of its 1 runs: resubmit its array task (sbatch --array=1 ${join(study, 'slurm', 'array.sbatch')}, with the options given to submit.sh, such as --time or --account), which resumes it; then merge again (once it has ended, cfsim merge ${out} ${named.join(' ')})`);
    expect(r.stderr).not.toContain('merge.sbatch');
    // A shard not run yet beside the scripts, the others kept elsewhere: the same.
    const absent = join(study, 'shard-2');
    const never = cfsim('merge', out, shards[0], shards[1], absent);
    expect(never.status, never.stderr).toBe(2);
    expect(never.stderr).toContain(`run it with the Slurm scripts (sbatch --array=2 ${join(study, 'slurm', 'array.sbatch')}, with the options given to submit.sh, such as --time or --account), then, once it has ended, merge again (cfsim merge ${out} ${shards[0]} ${shards[1]} ${absent})`);
    expect(never.stderr).not.toContain('merge.sbatch');
    // Every folder named beside the scripts: merge.sbatch merges just those.
    const own = cfsim('merge', out, join(study, 'shard-0'), join(study, 'shard-1'), absent);
    expect(own.stderr).toContain(`then, once it has ended, merge again (sbatch ${join(study, 'slurm', 'merge.sbatch')})`);
  });

  it("of another version, says to finish it, and to run a missing shard, with that version (this one would refuse the one and merge would refuse the other's folder)", () => {
    const study = join(work, 'older');
    const copies = [0, 1, 2].map((i) => join(study, `s${i}`));
    shards.forEach((dir, i) => cpSync(dir, copies[i], { recursive: true }));
    for (const dir of copies) {
      const status = join(dir, 'sweep.json');
      writeFileSync(status, readFileSync(status, 'utf8').replace(/"cfsim": "[^"]+"/, '"cfsim": "0.28.0"'));
    }
    const cut = join(copies[2], 'runs.csv');
    writeFileSync(cut, `${readFileSync(cut, 'utf8').split('\n')[0]}\n`);
    const out = join(study, 'merged');
    const r = cfsim('merge', out, ...copies);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${copies[2]} (shard 2/3) holds 0 of its 1 runs: finish it with CFSim 0.28.0 (cfsim sweep PLAN --out ${copies[2]} --shard 2/3 --resume, run with that version: merge takes the shards of one version, and these are CFSim 0.28.0's); then merge again`);
    expect(r.stderr).not.toContain(': resume it');
    expect(cfsim('merge', out, copies[0], copies[1]).stderr).toContain('no folder named holds shard 2/3: run it (cfsim sweep PLAN --out SHARD_DIR --shard 2/3) with CFSim 0.28.0, which made the others; then merge again');
  });
});

describe('merge of a shard whose lock another process holds', () => {
  // The lock of a process of this host's name in another boot or pid namespace (a container sharing the host's name) is
  // judged by its age, as another host's is: one its killed task left must not stop a merge job for ten minutes.
  it.runIf(processSpace() !== undefined)('refuses only where that process is looked up here, not where it runs in another pid namespace of this host name', () => {
    const study = join(work, 'locked');
    const copies = [0, 1, 2].map((i) => join(study, `s${i}`));
    shards.forEach((dir, i) => cpSync(dir, copies[i], { recursive: true }));
    const lock = (holder: { pid: number; processSpace: string }) =>
      writeFileSync(join(copies[1], '.cfsim-lock'), JSON.stringify({ ...holder, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString() }));
    // This process, live and looked up here: refused.
    lock({ pid: process.pid, processSpace: processSpace()! });
    const refused = cfsim('merge', join(study, 'merged-live'), ...copies);
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain(`${copies[1]} is still being written by process ${process.pid} on ${hostname()}`);
    // Fresh, but of another pid namespace: its process cannot be known to run, so the merge goes ahead (was: refused).
    lock({ pid: process.pid, processSpace: 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]' });
    const merged = cfsim('merge', join(study, 'merged-other'), ...copies);
    expect(merged.status, merged.stderr).toBe(0);
  });
});
