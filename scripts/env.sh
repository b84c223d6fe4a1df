# Sourced by ./dossier, scripts/*.sh and .ci/run: finds a JDK 21+ (this machine's default java is
# 17; a Temurin JDK ships beside it under /usr/lib/jvm) and sets JAVA_HOME and PATH.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    return 0
  fi
  for d in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-2[1-9]-jdk* /usr/lib/jvm/java-2[1-9]-openjdk* /usr/lib/jvm/jdk-2[1-9]*; do
    if [ -x "$d/bin/java" ]; then
      export JAVA_HOME="$d"
      return 0
    fi
  done
  echo "dossier: no JDK 21 or newer found (looked in JAVA_HOME and /usr/lib/jvm/temurin-*)" >&2
  return 1
}
find_jdk || exit 2
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own Guava touches sun.misc.Unsafe; newer JDKs warn about it on every run.
if "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[4-9]|[3-9][0-9])'; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
