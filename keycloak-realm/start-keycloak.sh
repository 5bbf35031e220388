#!/usr/bin/env bash
# Starts the DEV Keycloak for Cascade in the foreground, with the realm in realm/cascade-realm.json.
#
#   keycloak-realm/start-keycloak.sh            # port 8180 (KEYCLOAK_PORT to change)
#   KEYCLOAK_FRESH=1 keycloak-realm/start-keycloak.sh   # drop the dev H2 database: re-import the realm
#
# DEV ONLY: the admin account (admin/admin by default) and the realm's passwords and client secret
# are public demo values. Production takes its realm from environment-specific configuration.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
kc_version="26.7.3" # keep in step with <keycloak.version> in the parent pom
kc_home="$here/target/keycloak-$kc_version"
port="${KEYCLOAK_PORT:-8180}"

if [ ! -x "$kc_home/bin/kc.sh" ]; then
  echo "Keycloak $kc_version not unpacked yet: building keycloak-realm" >&2
  if [ -x "$root/mvnw" ]; then
    (cd "$root" && ./mvnw -q -pl keycloak-realm package)
  else
    (cd "$root" && mvn -q -pl keycloak-realm package)
  fi
fi

if [ "${KEYCLOAK_FRESH:-0}" = "1" ]; then
  echo "KEYCLOAK_FRESH=1: deleting $kc_home/data/h2 so the realm is imported anew" >&2
  rm -rf "$kc_home/data/h2"
fi

# --import-realm skips a realm that already exists in data/h2, so edits to the JSON need KEYCLOAK_FRESH=1.
mkdir -p "$kc_home/data/import"
cp "$here/realm/cascade-realm.json" "$kc_home/data/import/cascade-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
# kc.sh would otherwise size the heap from the machine's memory (70 % in a container).
export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}"

exec "$kc_home/bin/kc.sh" start-dev \
  --http-port="$port" \
  --health-enabled=true \
  --import-realm \
  "$@"
