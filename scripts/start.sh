#!/usr/bin/env bash
# The README's first command: from a fresh clone to the app on http://localhost:3000,
# on the embedded SQLite database (data/rencontres.db unless DATABASE_URL says otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/node-runtime.sh
rencontres_use_node || exit 1
rencontres_install
echo "▶ Client Prisma…"
bash scripts/generate-clients.sh
echo "▶ Base de données (migrations, données de départ)…"
npm run --silent db:setup
echo "▶ Compilation de l'application…"
npx next build >/dev/null
echo "▶ Rencontres : http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
