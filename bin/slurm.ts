import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, type InputIssue } from '../sim/params/issues';
import { makeFolder, removeFilesDurably, writeFileAtomically } from './outputFiles';

/**
 * The most shards `--emit slurm` writes: Slurm's default MaxArraySize (1001) takes array
 * indices 0 to 1000. It also keeps the merge job's command line (every shard folder) short.
 */
export const MAX_SLURM_SHARDS = 1001;

/** A word for bash that stands for `text` exactly: single-quoted, each `'` written `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The problem with `dir` (given as `flag`) in an `#SBATCH --output=` line, or undefined. sbatch
 * reads those lines itself, not through bash: it takes a double-quoted value with `\"` for a
 * quote, so `$`, backticks, quotes and spaces are safe there; but a line break cannot be written
 * in a directive, and a backslash in an output file name makes Slurm ignore its replacement
 * symbols (every array task would write one log, `shard-%a.out`).
 */
export function slurmDirectiveIssue(flag: string, dir: string): InputIssue | undefined {
  const bad = /[\n\r]/.test(dir) ? 'a line break' : dir.includes('\\') ? 'a backslash (\\)' : undefined;
  if (bad === undefined) return undefined;
  return {
    path: flag,
    value: dir,
    message: `${dir} contains ${bad}, which Slurm cannot take in the scripts' #SBATCH --output lines (their logs go to ${dir}/slurm/logs); choose a folder whose path has no line break or backslash`,
  };
}

/**
 * `folder/pattern` as the value of an `#SBATCH --output` line: double-quoted for sbatch's parser;
 * the folder's own `%` doubled so that only `pattern`'s replacement symbols (`%a`) take effect.
 */
function outputDirective(folder: string, pattern: string): string {
  return `"${`${folder.replace(/%/g, '%%')}/${pattern}`.replace(/"/g, '\\"')}"`;
}

/** The file that marks a set of Slurm scripts being written (or whose writing was cut short): every script refuses to run beside it. */
export const INCOMPLETE_SCRIPTS = 'INCOMPLETE';

/**
 * Writes a copy of the plan, a Slurm job array that runs the sweep's shards from it (one array
 * task per shard, shard index from SLURM_ARRAY_TASK_ID), a merge job that runs after all of them
 * end, and submit.sh to submit both. Kubernetes Indexed Jobs follow the same contract with JOB_COMPLETION_INDEX.
 * Every path is quoted for bash (and for sbatch in directives), whatever characters it holds. The set is written as a
 * whole: an emit cut short (killed, a full disk) leaves the earlier set untouched, or INCOMPLETE_SCRIPTS beside what it
 * wrote of the new one, whose scripts then refuse to run.
 */
export function writeSlurmScripts(options: {
  planText: string;
  out: string;
  shards: number;
  threads: number;
  name: string;
  /** The emit's command line and working folder, which the marker names for the scripts' refusal while the set is incomplete. */
  emittedBy?: { readonly command: string; readonly cwd: string };
}): string[] {
  const cfsim = fileURLToPath(new URL('./cfsim.js', import.meta.url));
  const out = resolve(options.out);
  const issue = slurmDirectiveIssue('--out', out);
  if (issue) throw new InputError([issue], 'command line');
  const dir = `${out}/slurm`;
  makeFolder(`${dir}/logs`);
  const incomplete = `${dir}/${INCOMPLETE_SCRIPTS}`;
  // The jobs run the plan as it was when the scripts were written (resolved, in the plan-file
  // format): a plan file edited while they wait in the queue (the next study prepared) must not
  // change this one's runs.
  const plan = `${dir}/plan.json`;
  const q = shellQuote;
  // Compute nodes often have Node.js at another path than the login node (loaded with `module
  // load`, or a different install): CFSIM_NODE names it, else the Node that wrote the scripts if
  // the node has it, else the first node on PATH; none is a clear error, not "command not found".
  const findNode = `node=\${CFSIM_NODE:-${q(process.execPath)}}
if [ ! -x "$node" ]; then
  node=$(command -v node) || { echo "cfsim: no Node.js on this compute node (\${CFSIM_NODE:-${process.execPath.replace(/["$`\\}]/g, '')}} is missing and node is not on PATH): load it (module load ...) or set CFSIM_NODE" >&2; exit 127; }
fi`;
  const node = '"$node"';
  // First in every script: one of a set whose writing was cut short would run with the others of another set.
  // The emit's command is named in the marker only: the scripts name no plan file but their frozen copy.
  const complete = `[ ! -e ${q(incomplete)} ] || { echo "cfsim: the Slurm scripts in "${q(dir)}" are incomplete (cfsim sweep --emit slurm was cut short while writing them; "${q(incomplete)}" names that command): run it again to write them whole, then submit them" >&2; exit 1; }`;
  const job = options.name.replace(/[^A-Za-z0-9_.-]/g, '-');
  const array = `#!/bin/bash
#SBATCH --job-name=cfsim-${job}
#SBATCH --array=0-${options.shards - 1}
#SBATCH --cpus-per-task=${options.threads}
#SBATCH --output=${outputDirective(`${dir}/logs`, 'shard-%a.out')}
#SBATCH --open-mode=append
set -euo pipefail
${complete}
${findNode}
# One shard per array task; --resume makes a requeued task continue where it stopped.
${node} ${q(cfsim)} sweep ${q(plan)} --out ${q(out)}/shard-"\${SLURM_ARRAY_TASK_ID}" --shard "\${SLURM_ARRAY_TASK_ID}/${options.shards}" --threads "\${SLURM_CPUS_PER_TASK:-1}" --resume
`;
  // The shard folders are listed by a loop, so the script stays short whatever the number of shards.
  // The job leaves an analysed study: merge, then analyze (its tables go to the log) and report
  // the merged folder. Each step says in the log how it ended; the first that fails (shards that
  // cannot be merged, a design that cannot be analysed, such as a Sobol sweep with a point
  // without a successful run) ends the job with its exit status, and the steps after it, which
  // would fail the same way or describe nothing, are not run.
  const merge = `#!/bin/bash
#SBATCH --job-name=cfsim-${job}-merge
#SBATCH --output=${outputDirective(`${dir}/logs`, 'merge.out')}
#SBATCH --open-mode=append
set -euo pipefail
${complete}
${findNode}
shards=()
for ((i = 0; i < ${options.shards}; i++)); do shards+=(${q(out)}/shard-"$i"); done
merged=${q(`${out}/merged`)}
# step N NOTE COMMAND ARGS...: runs cfsim COMMAND ARGS...; if it fails, says so with NOTE and ends the job with its exit status.
step() {
  local n=$1 note=$2 status=0
  shift 2
  echo "cfsim merge job: step $n of 3: cfsim $1"
  ${node} ${q(cfsim)} "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "cfsim merge job: step $n of 3, cfsim $1, failed with exit status $status (see above); $note" >&2
    exit "$status"
  fi
  echo "cfsim merge job: step $n of 3, cfsim $1, done"
}
# The scripts' paths, for the remedy a failed merge prints (expanded as values, never run as code).
array_script=${q(`${dir}/array.sbatch`)}
merge_script=${q(`${dir}/merge.sbatch`)}
step 1 "the shards were not analysed or reported; to run again the shards it names (cut short, say): sbatch --array=I,J,... '$array_script', then sbatch '$merge_script'" merge "$merged" "\${shards[@]}"
step 2 "the merged runs are in $merged/runs.csv, not analysed; the report was not made" analyze "$merged"
step 3 "the merged runs are in $merged/runs.csv, analysed above; the report was not made" report "$merged"
echo "cfsim merge job: done: $merged holds the merged runs (runs.csv), their analysis (analysis.json) and report (report.html)"
`;
  const submit = `#!/bin/bash
# Submits the shard array, then the merge job to run once every shard has ended, failed or not:
# failed runs are rows of runs.csv, which the analysis leaves out (or refuses, saying why), and
# a shard cut short leaves runs missing, which the merge refuses, naming the shards to resume.
# Options given to this script go to both sbatch calls: bash submit.sh --time=04:00:00 --account=ours
set -euo pipefail
${complete}
array=$(sbatch --parsable "$@" ${q(`${dir}/array.sbatch`)})
sbatch --parsable "$@" --dependency=afterany:\${array%%;*} ${q(`${dir}/merge.sbatch`)}
`;
  const files: [string, string][] = [
    [`${dir}/array.sbatch`, array],
    [`${dir}/merge.sbatch`, merge],
    [`${dir}/submit.sh`, submit],
  ];
  // Marked incomplete, and the earlier set's scripts removed (those of a version before 0.41.0 do not look for the mark),
  // before anything of the new set is written; each file whole or absent (writeFileAtomically); unmarked once all are there.
  const by = options.emittedBy;
  const command = by ? `: ${by.command}\n(run in ${by.cwd})\n` : '\n';
  writeFileAtomically(incomplete, `The scripts of this folder refuse to run while this file is here: it marks them being written, or cut short while they were written, by this command; run it again to write them whole, then submit them${command}`);
  removeFilesDurably(files.map(([path]) => path));
  writeFileAtomically(plan, options.planText);
  for (const [path, text] of files) writeFileAtomically(path, text, { mode: 0o755 });
  removeFilesDurably([incomplete]);
  return files.map(([p]) => p);
}
