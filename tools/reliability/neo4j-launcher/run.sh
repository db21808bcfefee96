#!/usr/bin/env bash
# tools/neo4j-local/run.sh, starting ReliabilityLauncher.java (which restarts on a kept data folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
local_dir="$(cd "$here/../../neo4j-local" && pwd)"
if [ ! -d "$local_dir/target/dependency" ]; then
  mvn -q -B -f "$local_dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime >&2
fi
java_home="${NEO4J_LOCAL_JAVA_HOME:-}"
if [ -z "$java_home" ]; then
  for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 /usr/lib/jvm/java-17-openjdk; do
    if [ -x "$candidate/bin/java" ]; then java_home="$candidate"; break; fi
  done
fi
java="${java_home:+$java_home/bin/}java"
exec "$java" -Xms256m "-Xmx${NEO4J_LOCAL_HEAP:-1g}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$local_dir/target/dependency/*" "$here/ReliabilityLauncher.java"
