#!/usr/bin/env bash
# The README's second command: every check, from lint to end-to-end journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/node-runtime.sh
rencontres_use_node || exit 1
echo "▶ Node.js $(node --version)"
rencontres_install
bash scripts/generate-clients.sh

echo "▶ Lint"
npm run --silent lint
echo "▶ Types"
npm run --silent typecheck
echo "▶ Migrations à jour avec le schéma"
bash scripts/new-migration.sh --check
echo "▶ Tests unitaires et d'intégration (Vitest, SQLite)"
env -u RENCONTRES_TEST_POSTGRES npx vitest run

# The same integration tests and journeys on PostgreSQL (installed and started if needed,
# see scripts/postgres-test-server.sh).
postgres="$(bash scripts/postgres-test-server.sh)"
if [[ -z "$postgres" && -n "${CI:-}" ]]; then
  echo "PostgreSQL indisponible : les tests ne peuvent pas couvrir les deux bases." >&2
  exit 1
fi
if [[ -n "$postgres" ]]; then
  echo "▶ Tests d'intégration sur PostgreSQL (Vitest)"
  RENCONTRES_TEST_POSTGRES="$postgres" RENCONTRES_TEST_TMP=tests/.tmp/postgres npx vitest run
fi

echo "▶ Parcours de bout en bout (Playwright, SQLite)"
env -u E2E_DATABASE_URL npx playwright test
echo "▶ Pannes de la base : le serveur de production, base injoignable puis revenue"
RENCONTRES_SKIP_BUILD=1 bash scripts/test-faults.sh
if [[ -n "$postgres" ]]; then
  echo "▶ Parcours de bout en bout sur PostgreSQL (Playwright)"
  E2E_DATABASE_URL="${postgres%/*}/rencontres_e2e" npx playwright test
else
  echo "⚠ PostgreSQL non testé : définissez RENCONTRES_TEST_POSTGRES=postgresql://…/postgres" >&2
fi
