#!/usr/bin/env bash
# The supported Node versions other than the one running the test suite (22 and 24; `engines`
# says >=20.19 <25) run the engine's tests (golden values, samplers, portable exp/log, worker
# pool) and the CLI's, and a compare run through two worker threads must give results byte for
# byte equal to the same run on this machine's Node. Each version's official binary comes from
# the npm registry (the node-linux-<arch> packages that the `node` package installs), so this
# needs nothing but npm. Run from the repository root after `npm install`:
#   bash tests/hosts/node-versions.sh [MAJOR...]        (default: 22 24)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Linux ] || { echo "node-versions: needs Linux (the binaries come from node-linux-<arch>)"; exit 1; }
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "node-versions: no node-linux package for $(uname -m)"; exit 1 ;;
esac
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)

work=$(mktemp -d /tmp/cfsim-node-versions.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Outside node_modules, which `npm ci` wipes, so that a machine downloads each version once.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/cfsim/node-versions"
mkdir -p "$cache"

# The reference: this machine's Node (the one `npm test` used), through the CLI built from the
# sources as they are now.
npm run --silent build >/dev/null
echo "node-versions: reference $(node --version)"
run_compare() { # NODE OUT
  "$1" dist/cfsim.js compare --policies status-quo,multi-level --reps 6 --days 365 --threads 2 --out "$2" >/dev/null
}
run_compare node "$work/reference"
results=(summary.json timeseries.csv workers.csv separations.csv)

failed=0
for major in "${majors[@]}"; do
  # The newest release of the major line; the newest one cached when the registry cannot be asked.
  latest=$(npm view "node-linux-$arch@$major" version --json 2>/dev/null | tr -d '[]" ,' | grep -E '^[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -1 || true)
  tarball=""
  if [ -n "$latest" ]; then
    tarball="$cache/node-linux-$arch-$latest.tgz"
    if [ ! -f "$tarball" ]; then
      if ! npm pack "node-linux-$arch@$latest" --pack-destination "$cache" >/dev/null; then
        echo "node-versions: could not download node-linux-$arch@$latest from the npm registry"
        exit 1
      fi
    fi
  else
    tarball=$(ls "$cache"/node-linux-$arch-"$major".*.tgz 2>/dev/null | sort -V | tail -1 || true)
    [ -n "$tarball" ] || { echo "node-versions: the npm registry has no node-linux-$arch@$major (or cannot be reached), and none is cached in $cache"; exit 1; }
    echo "node-versions: the npm registry did not answer; using the cached $(basename "$tarball")"
  fi
  mkdir -p "$work/node-$major"
  tar xzf "$tarball" -C "$work/node-$major"
  bin="$work/node-$major/package/bin"
  version=$("$bin/node" --version)
  [[ "$version" == v$major.* ]] || { echo "node-versions: $tarball holds $version, not Node $major"; exit 1; }
  echo "node-versions: $version"

  # Engine and CLI tests under this version (vitest itself runs on it).
  if ! PATH="$bin:$PATH" npx vitest run tests/sim tests/models tests/scenarios tests/bin/cli.test.ts; then
    echo "node-versions: tests failed on $version"
    failed=1
  fi

  run_compare "$bin/node" "$work/$major"
  same=1
  for file in "${results[@]}"; do
    if ! cmp -s "$work/reference/$file" "$work/$major/$file"; then
      echo "node-versions: $file from $version differs from $(node --version)'s"
      same=0
      failed=1
    fi
  done
  [ $same = 0 ] || echo "node-versions: $version gives the same ${results[*]} as $(node --version)"
done
[ $failed = 0 ] || exit 1
echo "node-versions: passed (${majors[*]})"
