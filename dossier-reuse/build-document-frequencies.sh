#!/usr/bin/env bash
# Rebuilds the background document-frequency table the story clusterer ships with:
#   build-document-frequencies.sh [SHARED_DIR] [SOURCE...]
#   SHARED_DIR  where bench/attribution-polnear and bench/extraction-zyte live (default ../shared)
#   SOURCE      polnear-train, polnear-dev, zyte (default: polnear-train, the split no evaluation uses)
# Writes dossier-reuse/src/main/resources/org/dossier/cluster/document-frequencies.tsv.gz.
# Compiles without `install`: the project's modules come from their target/classes, never ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/env.sh"
shared="${1:-$root/../shared}"
shift || true
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(polnear-train)
cd "$root"
deps="$(mktemp)"
mvn -q -B test-compile dependency:build-classpath -pl dossier-reuse -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$deps" >/dev/null
cp="$root/dossier-reuse/target/test-classes:$root/dossier-reuse/target/classes:$(cat "$deps")"
rm -f "$deps"
exec java -cp "$cp" org.dossier.cluster.BuildDocumentFrequencies \
    "$root/dossier-reuse/src/main/resources/org/dossier/cluster/document-frequencies.tsv.gz" "$shared" "${sources[@]}"
