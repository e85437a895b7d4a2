#!/usr/bin/env bash
# End-to-end cluster test: a real single-node Slurm (Debian's slurm-wlm and munge, started here
# as root) runs the job array that `cfsim sweep --emit slurm` writes, then its merge job; the
# merged result must equal a local unsharded run byte for byte. Needs root and the packages
# (`.ci/run` installs them). Run from the repository root: bash tests/cluster/slurm-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "slurm-e2e: must run as root (it starts munged, slurmctld and slurmd)"; exit 1; }
for cmd in munged slurmctld slurmd sbatch squeue; do command -v "$cmd" >/dev/null || { echo "slurm-e2e: $cmd is missing (apt-get install slurm-wlm munge)"; exit 1; }; done

work=$(mktemp -d /tmp/cfsim-slurm.XXXXXX)
chmod 755 "$work"
host=$(hostname -s)
cpus=$(nproc)
export SLURM_CONF="$work/slurm.conf"
cleanup() {
  [ -f "$work/slurmd.pid" ] && kill "$(cat "$work/slurmd.pid")" 2>/dev/null || true
  [ -f "$work/slurmctld.pid" ] && kill "$(cat "$work/slurmctld.pid")" 2>/dev/null || true
  [ -f "$work/munged.pid" ] && kill "$(cat "$work/munged.pid")" 2>/dev/null || true
  sleep 1
  pkill -f "slurmd -f $work" 2>/dev/null || true
  pkill -f "slurmctld -f $work" 2>/dev/null || true
  # Only now, with the daemons' pid files read: a passing run leaves nothing behind.
  [ "${passed:-0}" = 1 ] && rm -rf "$work"
  return 0
}
trap cleanup EXIT

# munge: a key, and a daemon with its own socket so a system munged (if any) is left alone.
mkdir -p "$work/munge"
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge && dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  chmod 400 /etc/munge/munge.key
fi
chown munge:munge "$work/munge" 2>/dev/null || true
munged --force --socket="$work/munge/munge.socket" --pid-file="$work/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munge/seed"

cat > "$SLURM_CONF" <<CONF
ClusterName=cfsim-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
mkdir -p "$work/state" "$work/spool"
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
  sinfo -h -o '%T' 2>/dev/null | grep -qE 'idle|mixed' && break
  sleep 1
done
sinfo -h -o '%T' | grep -qE 'idle|mixed' || { echo "slurm-e2e: the node did not come up"; cat "$work/slurmctld.log" "$work/slurmd.log" | tail -40; exit 1; }

plan="$work/plan.yaml"
cat > "$plan" <<'PLAN'
name: slurm-e2e
base: { population: ct-harm-reduction }
set: { days: 90 }
parameters:
  policy.supervision.quality: { min: 0.2, max: 0.9 }
  community.stigma: { min: 0.1, max: 0.9 }
design: lhs
points: 6
reps: 2
seed: 11
metrics: [proqolSTS, turnoverPerYear, costPerWorkerYear]
PLAN

# The cluster run lives under a path with every character bash or sbatch could misread (a space,
# $, a backtick, both quotes, %, #, and a command substitution that must never run).
weird="$work/we\$ird \$(touch PWNED) \`touch PWNED2\` 'q' \"d\" 50% #1"
mkdir -p "$weird"
cp "$plan" "$weird/plan \`x\`.yaml"
cluster="$weird/cluster"
node dist/cfsim.js sweep "$plan" --out "$work/local" --threads 2 2>/dev/null
node dist/cfsim.js sweep "$weird/plan \`x\`.yaml" --out "$cluster" --emit slurm --shards 3 --threads 1 >/dev/null
# Options to submit.sh go to both sbatch calls (a cluster's time limit, say).
merge_job=$(cd "$work" && bash "$cluster/slurm/submit.sh" --time=00:30:00 | tail -1)
for _ in $(seq 1 300); do
  [ -z "$(squeue -h 2>/dev/null)" ] && break
  sleep 1
done
if [ -n "$(squeue -h)" ]; then echo "slurm-e2e: jobs still queued after 5 minutes"; squeue; exit 1; fi
if ! cmp -s "$work/local/runs.csv" "$cluster/merged/runs.csv"; then
  echo "slurm-e2e: FAILED: the merged cluster result differs from the local run (merge job $merge_job)"
  ls -R "$work" | head -40; tail -20 "$cluster/slurm/logs/"*.out 2>/dev/null
  exit 1
fi
cmp -s "$work/local/plan.json" "$cluster/merged/plan.json" || { echo "slurm-e2e: FAILED: plan.json differs"; exit 1; }
for log in shard-0 shard-1 shard-2 merge; do
  [ -f "$cluster/slurm/logs/$log.out" ] || { echo "slurm-e2e: FAILED: no log $log.out where the #SBATCH --output lines put it"; ls -R "$work" | head -40; exit 1; }
done
# The merge job leaves an analysed study: the analysis and the report beside the merged runs, and a log that says so.
for file in analysis.json report.html; do
  [ -s "$cluster/merged/$file" ] || { echo "slurm-e2e: FAILED: the merge job left no $file in the merged folder"; ls "$cluster/merged"; tail -20 "$cluster/slurm/logs/merge.out"; exit 1; }
done
grep -q '"status": "complete"' "$cluster/merged/analysis.json" || { echo "slurm-e2e: FAILED: the merged analysis is not of the complete sweep"; head -12 "$cluster/merged/analysis.json"; exit 1; }
grep -qF "cfsim merge job: done: $cluster/merged holds the merged runs (runs.csv), their analysis (analysis.json) and report (report.html)" "$cluster/slurm/logs/merge.out" || { echo "slurm-e2e: FAILED: the merge job's log does not say it finished"; tail -20 "$cluster/slurm/logs/merge.out"; exit 1; }

# A sweep whose runs fail (every run, injected): its shards exit 1, and the merge job runs all the
# same (afterany) and merges them, but a Sobol design with points without a successful run cannot
# be analysed: the job ends with analyze's exit status 2 and says so, and writes no report.
failing="$work/failing"
cat > "$work/failing.yaml" <<'PLAN'
name: slurm-e2e-failing
set: { days: 10 }
parameters:
  community.stigma: { min: 0.1, max: 0.9 }
design: sobol
points: 4
reps: 1
seed: 11
metrics: [proqolSTS]
PLAN
node dist/cfsim.js sweep "$work/failing.yaml" --out "$failing" --emit slurm --shards 2 --threads 1 >/dev/null
merge_job=$(cd "$work" && CFSIM_TEST_FAIL_REP=0 bash "$failing/slurm/submit.sh" | tail -1)
for _ in $(seq 1 300); do
  [ -z "$(squeue -h 2>/dev/null)" ] && break
  sleep 1
done
ended=$(scontrol show job "$merge_job" | grep -oE 'JobState=[A-Z_]+|ExitCode=[0-9:]+' | tr '\n' ' ')
[ "$ended" = "JobState=FAILED ExitCode=2:0 " ] || { echo "slurm-e2e: FAILED: the merge job of a sweep that cannot be analysed ended $ended, not with analyze's exit status 2"; tail -20 "$failing/slurm/logs/merge.out"; exit 1; }
grep -qF "cfsim merge job: step 2 of 3, cfsim analyze, failed with exit status 2" "$failing/slurm/logs/merge.out" || { echo "slurm-e2e: FAILED: the merge job's log does not say that analyze failed"; tail -20 "$failing/slurm/logs/merge.out"; exit 1; }
[ -f "$failing/merged/runs.csv" ] && [ ! -e "$failing/merged/analysis.json" ] && [ ! -e "$failing/merged/report.html" ] || { echo "slurm-e2e: FAILED: the merged folder of a sweep that cannot be analysed holds $(ls "$failing/merged" | tr '\n' ' ')"; exit 1; }

if [ -n "$(find "$work" "$HOME" / -maxdepth 1 -name 'PWNED*' 2>/dev/null)" ]; then echo "slurm-e2e: FAILED: a command in a path ran"; exit 1; fi
echo "slurm-e2e: a 3-shard job array and its merge job on Slurm $(sinfo -V | cut -d' ' -f2), under a path with spaces, quotes, \$, backticks, % and #, equal the local run byte for byte, and the merge job analysed and reported it; a sweep whose shards failed is merged all the same, and its merge job fails with analyze's exit status when it cannot be analysed"
echo "slurm-e2e: 1 passed, 0 failed"
passed=1
