#!/usr/bin/env bash
# Retrains the quote stage's learned gate (org.dossier.quote.attribution.Gate) on PolNeAR's train split
# and writes it into the stage's resources; prints the five-fold cross-validation it was chosen by.
# Dev is not read. See docs/ATTRIBUTION.md ("The learned gate").
#   scripts/train-attribution-gate.sh [THRESHOLD, default 0.4] [TRAIN DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
threshold="${1:-0.4}"
train="${2:-$root/../shared/bench/attribution-polnear/train}"
(cd "$root" && mvn -q -B -ntp -o package -DskipTests -pl dossier-bench -am)
java -Xmx2g --enable-native-access=ALL-UNNAMED -jar "$root/dossier-bench/target/dossier-bench.jar" eval attribution "$train" \
  --folds 5 --gate "$threshold" \
  --write-gate "$root/dossier-quote/src/main/resources/org/dossier/quote/attribution/gate.tsv"
