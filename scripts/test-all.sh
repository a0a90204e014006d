#!/usr/bin/env bash
# The README's second command: every check, from lint to end-to-end journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d node_modules || package.json -nt node_modules/.package-lock.json ]]; then
  npm install --no-audit --no-fund
fi
npx prisma generate >/dev/null

echo "▶ Lint"
npm run --silent lint
echo "▶ Types"
npm run --silent typecheck
echo "▶ Migrations à jour avec le schéma"
bash scripts/new-migration.sh --check
echo "▶ Tests unitaires et d'intégration (Vitest)"
npx vitest run
echo "▶ Parcours de bout en bout (Playwright)"
npx playwright test
