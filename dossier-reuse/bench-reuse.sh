#!/usr/bin/env bash
# Runs the reuse and story scale benchmark: bench-reuse.sh N [SHARED_DIR] [HEAP]
#   N           articles to generate (10000, 100000, ...)
#   SHARED_DIR  where bench/extraction-zyte and bench/attribution-polnear live (default ../shared)
#   HEAP        the JVM's -Xmx (default 6g; 100k articles need about 4g)
# Compiles without `install`: the project's modules come from their target/classes, never ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/env.sh"
n="${1:?usage: bench-reuse.sh N [SHARED_DIR] [HEAP]}"
shared="${2:-$root/../shared}"
heap="${3:-6g}"
cd "$root"
deps="$(mktemp)"
# in one reactor run, so that the project's own modules resolve to their target/classes
mvn -q -B test-compile dependency:build-classpath -pl dossier-reuse -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$deps" >/dev/null
cp="$root/dossier-reuse/target/test-classes:$root/dossier-reuse/target/classes:$(cat "$deps")"
rm -f "$deps"
exec java "-Xmx$heap" --enable-native-access=ALL-UNNAMED -cp "$cp" org.dossier.bench.ReuseBench "$n" "$shared"
