#!/usr/bin/env bash
# Measures the NLP stage (see docs/BENCHMARKS.md): scripts/bench-nlp.sh [DIR of .txt articles] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
cd "$root"
mvn -q -B test-compile -pl dossier-nlp -am
mvn -q -B dependency:build-classpath -pl dossier-nlp -Dmdep.outputFile="$root/dossier-nlp/target/bench.classpath" >/dev/null
cp="dossier-nlp/target/test-classes:dossier-nlp/target/classes:dossier-model/target/classes:$(cat dossier-nlp/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" org.dossier.nlp.bench.NlpBench "${1:-../shared/corpus/seeds}" "${2:-20}"
