#!/usr/bin/env bash
# Starts the embedded Neo4j (see Launcher.java for the environment it reads).
# Resolves the Maven dependencies on first use; Neo4j 5.26 needs Java 17 (it does not run on 25).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/target/dependency" ]; then
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime >&2
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
  -cp "$here/target/dependency/*${NEO4J_LOCAL_CLASSPATH:+:$NEO4J_LOCAL_CLASSPATH}" "$here/Launcher.java"
