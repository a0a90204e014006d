#!/usr/bin/env bash
# The production server the Playwright journeys run against, on a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:$PWD/tests/.tmp/e2e.db"
export RENCONTRES_DEMO_ADMIN=off
rm -f tests/.tmp/e2e.db tests/.tmp/e2e.db-wal tests/.tmp/e2e.db-shm
mkdir -p tests/.tmp
npm run --silent db:setup
npx next build >/dev/null
exec npx next start -p "${E2E_PORT:-3100}"
