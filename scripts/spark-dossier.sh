#!/usr/bin/env bash
# Runs the Dossier Spark job (org.dossier.spark.DossierJob); arguments are the job's:
#   scripts/spark-dossier.sh INPUT... --out DIR [--master local[2]] [--slices N] [--no-embeddings]
# With SPARK_HOME set it goes through "$SPARK_HOME/bin/spark-submit" (master from SPARK_MASTER,
# default local[*]; extra spark-submit options in SPARK_SUBMIT_OPTS_EXTRA). Without it, the job runs
# on this machine in one JVM with the Spark jars Maven fetched (dossier-spark/target/spark-lib).
# Builds first when the jar is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/env.sh"
target="$root/dossier-spark/target"
if [ ! -f "$target/dossier-spark.jar" ] || [ ! -d "$target/spark-lib" ]; then
  echo "spark-dossier: building..." >&2
  (cd "$root" && mvn -q -B package -DskipTests -pl dossier-spark -am >"$root/.build-spark.log" 2>&1) || {
    echo "spark-dossier: the build failed; see $root/.build-spark.log" >&2
    exit 2
  }
fi
if [ -n "${SPARK_HOME:-}" ]; then
  jars=$(ls "$target"/lib/*.jar | paste -sd, -)
  # shellcheck disable=SC2086
  exec "$SPARK_HOME/bin/spark-submit" --master "${SPARK_MASTER:-local[*]}" --class org.dossier.spark.DossierJob \
    --jars "$jars" ${SPARK_SUBMIT_OPTS_EXTRA:-} "$target/dossier-spark.jar" "$@"
fi
# what spark-submit adds to every Spark JVM (its JavaModuleOptions)
opens="-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${DOSSIER_JAVA_OPTS:--Xmx3g} $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.level=WARN \
  -cp "$target/dossier-spark.jar:$target/lib/*:$target/spark-lib/*" org.dossier.spark.DossierJob "$@"
