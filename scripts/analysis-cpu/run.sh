#!/usr/bin/env bash
# Per-article CPU time of NLP + quotes on one thread (see AnalysisCpu.java and docs/BENCHMARKS.md),
# for the working tree and, given REV, for that revision too (built in a temporary worktree):
#   scripts/analysis-cpu/run.sh [REV] [DIR of .txt articles, default the PolNeAR dev split]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/env.sh"
rev="${1:-}"
dir="${2:-$root/../shared/bench/attribution-polnear/dev/text}"
measure() { # $1: source tree
  (cd "$1" && mvn -q -B -ntp -o package -DskipTests -pl dossier-app -am) >/dev/null
  # the jar's manifest lists its libraries: a stale jar left in lib/ stays off the class path
  java -Xmx2g -cp "$1/dossier-app/target/dossier.jar" "$root/scripts/analysis-cpu/AnalysisCpu.java" "$dir"
}
if [ -n "$rev" ]; then
  tmp="$(mktemp -d)"
  trap 'git -C "$root" worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
  git -C "$root" worktree add -q --detach "$tmp/src" "$rev"
  echo "== $rev"
  measure "$tmp/src"
fi
echo "== working tree"
measure "$root"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
