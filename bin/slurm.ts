import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes a Slurm job array that runs the sweep's shards (one array task per shard, shard index
 * from SLURM_ARRAY_TASK_ID), a merge job that runs after all of them succeed, and submit.sh to
 * submit both. Kubernetes Indexed Jobs follow the same contract with JOB_COMPLETION_INDEX.
 */
export function writeSlurmScripts(options: { plan: string; out: string; shards: number; threads: number; name: string }): string[] {
  const cfsim = fileURLToPath(new URL('./cfsim.js', import.meta.url));
  const out = resolve(options.out);
  const plan = resolve(options.plan);
  const dir = `${out}/slurm`;
  mkdirSync(`${dir}/logs`, { recursive: true });
  const node = process.execPath;
  const job = options.name.replace(/[^A-Za-z0-9_.-]/g, '-');
  const array = `#!/bin/bash
#SBATCH --job-name=cfsim-${job}
#SBATCH --array=0-${options.shards - 1}
#SBATCH --cpus-per-task=${options.threads}
#SBATCH --output=${dir}/logs/shard-%a.out
set -euo pipefail
# One shard per array task; --resume makes a requeued task continue where it stopped.
"${node}" "${cfsim}" sweep "${plan}" --out "${out}/shard-\${SLURM_ARRAY_TASK_ID}" --shard "\${SLURM_ARRAY_TASK_ID}/${options.shards}" --threads "\${SLURM_CPUS_PER_TASK:-1}" --resume
`;
  const shardDirs = Array.from({ length: options.shards }, (_, i) => `"${out}/shard-${i}"`).join(' ');
  const merge = `#!/bin/bash
#SBATCH --job-name=cfsim-${job}-merge
#SBATCH --output=${dir}/logs/merge.out
set -euo pipefail
"${node}" "${cfsim}" merge "${out}/merged" ${shardDirs}
`;
  const submit = `#!/bin/bash
# Submits the shard array, then the merge job to run once every shard has succeeded.
set -euo pipefail
array=$(sbatch --parsable "${dir}/array.sbatch")
sbatch --parsable --dependency=afterok:\${array%%;*} "${dir}/merge.sbatch"
`;
  const files: [string, string][] = [
    [`${dir}/array.sbatch`, array],
    [`${dir}/merge.sbatch`, merge],
    [`${dir}/submit.sh`, submit],
  ];
  for (const [path, text] of files) {
    writeFileSync(path, text);
    chmodSync(path, 0o755);
  }
  return files.map(([p]) => p);
}
