#!/usr/bin/env bash
# The run command: builds what is missing, then starts the embedded PostgreSQL, Keycloak, the
# provider simulator and WildFly, prints where to log in, and stops all of them on Ctrl-C.
#   ./run.sh            start (builds first when the sources changed since the last build)
#   ./run.sh --rebuild  build again even if nothing changed
#   KEYCLOAK_FRESH=1 ./run.sh   re-import the demo realm from keycloak-realm/realm/
set -euo pipefail
cd "$(dirname "$0")"

launcher=platform-launcher/target/platform-launcher-0.1.0-SNAPSHOT-all.jar
marker=.run/built
mkdir -p .run
changed=$(find pom.xml */pom.xml */src keycloak-realm/realm -newer "$marker" -print -quit 2>/dev/null || echo yes)
if [[ "${1:-}" == "--rebuild" || ! -f "$launcher" || ! -f "$marker" || -n "$changed" ]]; then
  echo "Building the platform (./mvnw install -DskipTests)..."
  ./mvnw -q -B install -DskipTests
  touch "$marker"
fi

exec java -cp "$launcher" io.cascade.launcher.RunPlatform
