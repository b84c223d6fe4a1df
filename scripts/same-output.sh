#!/usr/bin/env bash
# Checks that a change leaves Dossier's output as it was: builds REV (default: main's first parent,
# HEAD~1) in a temporary worktree and the working tree as it is, runs `dossier analyze` with both on
# the sample pages (../shared/corpus/seeds) and on a 189-article mix (examples/corpus and the Zyte
# pages), and compares every file of the two dossiers byte for byte (run.json aside, which holds no
# analysis). Prints one line per corpus and file kind; exits 0 when all are identical, 1 otherwise.
#
#   scripts/same-output.sh [REV] [--keep DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
rev="HEAD~1"
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) rev="$1"; shift ;;
  esac
done
shared="$root/../shared"
[ -d "$shared/corpus/seeds" ] || { echo "same-output: needs ../shared beside the repository" >&2; exit 2; }
work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "$keep" ] || trap 'git -C "$root" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# the mix: the example corpus and the Zyte pages in one directory
mix="$work/mix"
mkdir -p "$mix"
cp "$root"/examples/corpus/* "$mix/"
cp "$shared"/bench/extraction-zyte/html/*.html.gz "$mix/"

build() { # $1: source tree, $2: where the runnable jar and its lib/ go
  (cd "$1" && mvn -q -B -ntp package -DskipTests -pl dossier-app -am >"$2.build.log" 2>&1) \
    || { echo "same-output: the build of $1 failed, see $2.build.log" >&2; exit 2; }
  mkdir -p "$2" && cp -r "$1/dossier-app/target/dossier.jar" "$1/dossier-app/target/lib" "$2/"
}
echo "same-output: building $rev and the working tree..." >&2
git -C "$root" worktree add -q --detach "$work/before-src" "$rev"
build "$work/before-src" "$work/before-jar"
build "$root" "$work/after-jar"

status=0
for corpus in seeds mix; do
  input="$mix"; [ "$corpus" = seeds ] && input="$shared/corpus/seeds"
  for side in before after; do
    "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -jar "$work/$side-jar/dossier.jar" \
      analyze "$input" --out "$work/$corpus-$side" -q >/dev/null 2>"$work/$corpus-$side.err" || true
  done
  for f in $(cd "$work/$corpus-before" && ls | grep -v '^run.json$'); do
    if [ ! -f "$work/$corpus-after/$f" ]; then
      echo "$corpus $f: missing after"; status=1
    elif cmp -s "$work/$corpus-before/$f" "$work/$corpus-after/$f"; then
      echo "$corpus $f: identical"
    else
      echo "$corpus $f: DIFFERENT ($(diff "$work/$corpus-before/$f" "$work/$corpus-after/$f" | grep -c '^[<>]') lines)"; status=1
    fi
  done
done
[ -n "$keep" ] && echo "same-output: dossiers kept in $work" >&2
exit $status
