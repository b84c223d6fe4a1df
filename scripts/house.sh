#!/usr/bin/env bash
# The house, measured from the sources: each module's share of the main code, the arrows between
# modules (from their imports), class names declared in more than one package, and cycles.
# HouseTest checks the rules; docs/ARCHITECTURE.md shows the table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
exec "$JAVA_HOME/bin/java" "$root/dossier-app/src/test/java/org/dossier/cli/House.java" "$root"
