#!/usr/bin/env bash
# Prints the URL of a PostgreSQL server the test suite may create databases on (with no
# database name), starting one if needed:
# - RENCONTRES_TEST_POSTGRES when set;
# - otherwise, as root on Debian: installs the `postgresql` package if missing, starts its
#   cluster and creates the role `rencontres` (password `rencontres`).
# Prints nothing (and says why on stderr) when no server can be had.
set -euo pipefail

if [[ -n "${RENCONTRES_TEST_POSTGRES:-}" ]]; then
  echo "$RENCONTRES_TEST_POSTGRES"
  exit 0
fi
if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
  echo "PostgreSQL : ni RENCONTRES_TEST_POSTGRES, ni droits root sur Debian pour l'installer." >&2
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null || [[ -z "$(ls /etc/postgresql 2>/dev/null)" ]]; then
  echo "▶ Installation de PostgreSQL (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
if ! pg_ctlcluster --skip-systemctl-redirect "$version" main status >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -tAq -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rencontres') THEN CREATE ROLE rencontres LOGIN SUPERUSER PASSWORD 'rencontres'; END IF; END \\\$\\\$\"" >&2
echo "postgresql://rencontres:rencontres@localhost:5432/postgres"
