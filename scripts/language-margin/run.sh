#!/usr/bin/env bash
# Measures LinguaIdentifier's English margin on little running text (docs/NER.md). Needs the bench jar built:
#   mvn -B -ntp -o -q package -pl dossier-bench -am -DskipTests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/env.sh"
cp="$root/dossier-nlp/target/classes:$(ls "$root"/dossier-bench/target/lib/*.jar | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$root/scripts/language-margin/LanguageMargin.java" \
  "${1:-$root/../shared/bench/ner-conll2003/eng.train}" "${2:-$root/../shared/bench/extraction-zyte/ground-truth.json}"
