#!/usr/bin/env bash
# The production server the Playwright journeys run against, on a database of its own:
# DATABASE_URL (set by playwright.config.ts from E2E_DATABASE_URL), emptied first.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="${DATABASE_URL:-file:$PWD/tests/.tmp/e2e.db}"
export RENCONTRES_DEMO_ADMIN=off
# Every journey comes from 127.0.0.1, several at once: the per-client limit of filter addresses
# (src/lib/page-cache/filter-rate-limit.ts, tested in src/proxy.test.ts) would count them as one.
export CATALOGUE_RATE_LIMIT_PER_MINUTE="${CATALOGUE_RATE_LIMIT_PER_MINUTE:-0}"
mkdir -p tests/.tmp
npx tsx scripts/reset-database.ts
npm run --silent db:setup
npx next build >/dev/null
exec npx next start -p "${E2E_PORT:-3100}"
