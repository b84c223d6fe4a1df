#!/usr/bin/env bash
# Search latency of the OpenSearch store as it grows (SemanticSearchBench): starts its own test node
# (loopback, target/opensearch-node), stores synthetic articles, prints median and p95 per mode.
# Usage: dossier-store-opensearch/bench.sh [SIZES...]   e.g. bench.sh 1000 10000 30000
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
mvn -q -B test-compile dependency:build-classpath -pl dossier-store-opensearch -am \
  -Dmdep.outputFile="$PWD/dossier-store-opensearch/target/test.classpath" -Dmdep.includeScope=test
M=dossier-store-opensearch
exec java -Xmx1g \
  -Ddossier.opensearch.node.classpath="$PWD/$M/test-node/target/node.classpath" \
  -Ddossier.opensearch.node.classes="$PWD/$M/test-node/target/classes" \
  -Ddossier.opensearch.node.home="$PWD/$M/target/opensearch-bench-node" \
  -cp "$M/target/test-classes:$M/target/classes:$(cat $M/target/test.classpath)" \
  org.dossier.store.opensearch.SemanticSearchBench "$@"
