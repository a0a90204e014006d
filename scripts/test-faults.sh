#!/usr/bin/env bash
# npm run test:faults — the production server while its database is out of reach (SQLite,
# and PostgreSQL on a throwaway server when its binaries are installed), and while a CLI
# import writes to its SQLite file. Builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="${RENCONTRES_TEST_TMP:-tests/.tmp/faults}"
mkdir -p "$tmp"
export DATABASE_URL="file:$(cd "$tmp" && pwd)/build.db" RENCONTRES_DEMO_ADMIN=off
rm -f "${DATABASE_URL#file:}"*
npm run --silent db:setup
# npm test has just built the app for the journeys: RENCONTRES_SKIP_BUILD=1 reuses that build.
[[ "${RENCONTRES_SKIP_BUILD:-}" == 1 && -f .next/BUILD_ID ]] || npx next build >/dev/null
npx vitest run --config vitest.faults.config.ts
