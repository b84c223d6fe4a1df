#!/usr/bin/env bash
# Builds a multi-GB WARC.gz from the Zyte benchmark pages (COPIES × 181 records, default 80: 2.5 GB
# of responses, 0.5 GB on disk) in a temp dir, then reads it with ingest alone under -Xmx128m and
# analyses it end to end under -Xmx256m: WARC reading is streamed, so neither heap grows with the file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/env.sh"
copies="${1:-80}"
bench="${DOSSIER_SHARED:-$root/../shared}/bench/extraction-zyte/html"
(cd "$root" && mvn -q -B package -DskipTests)
cp="$root/dossier-app/target/dossier.jar:$(ls "$root"/dossier-app/target/lib/*.jar | tr '\n' ':')"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -cp "$cp" "$root/scripts/warc-bench/MakeWarc.java" "$bench" "$tmp/big.warc.gz" "$copies"
/usr/bin/time -f "ingest only: %e s wall, %U s user, max RSS %M kB" java -Xmx128m -cp "$cp" "$root/scripts/warc-bench/ReadWarc.java" "$tmp/big.warc.gz"
/usr/bin/time -f "analyze: %e s wall, %U s user, max RSS %M kB" java -Xmx256m -jar "$root/dossier-app/target/dossier.jar" \
  analyze "$tmp/big.warc.gz" --out "$tmp/out" --threads 2 -q || true
