#!/usr/bin/env bash
# Writes the next migration (`prisma migrate dev` needs a native engine this project does not use).
# Each migration folder keeps a copy of the schema it leads to (schema.prisma); the next
# migration is the SQL from the latest copy to prisma/schema.prisma.
# The PostgreSQL schema and migrations (prisma/postgres/) are then derived from them.
# Usage: npm run db:new-migration -- <name>     write prisma/migrations/<timestamp>_<name>/ and prisma/postgres/
#        npm run db:new-migration -- --check    exit 1 if schema.prisma changed without a migration,
#                                               or prisma/postgres/ is not derived from the current ones
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:-}"
if [[ -z "$name" ]]; then
  echo "Usage : npm run db:new-migration -- <nom_en_snake_case> | --check" >&2
  exit 2
fi
if [[ "$name" != "--check" && ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "Nom de migration invalide (lettres minuscules, chiffres et _) : $name" >&2
  exit 2
fi

latest="$(ls -d prisma/migrations/*/ 2>/dev/null | sort | tail -n 1 || true)"
if [[ -n "$latest" ]]; then
  [[ -f "$latest/schema.prisma" ]] || { echo "$latest n'a pas de copie schema.prisma" >&2; exit 1; }
  from=(--from-schema-datamodel "$latest/schema.prisma")
else
  from=(--from-empty)
fi

sql="$(mktemp)"
trap 'rm -f "$sql"' EXIT
DATABASE_URL="file:./data/unused-by-diff.db" npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script >"$sql" 2>/dev/null

if ! grep -qv '^[[:space:]]*\(--.*\)\?$' "$sql"; then
  echo "Les migrations sont à jour avec prisma/schema.prisma."
  # The PostgreSQL schema and migrations are derived from these (scripts/postgres-schema.mjs).
  if [[ "$name" == "--check" ]]; then exec node scripts/postgres-schema.mjs --check; fi
  exit 0
fi
if [[ "$name" == "--check" ]]; then
  echo "prisma/schema.prisma a changé sans migration ; lancez : npm run db:new-migration -- <nom>" >&2
  cat "$sql" >&2
  exit 1
fi

dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
mkdir -p "$dir"
cp "$sql" "$dir/migration.sql"
cp prisma/schema.prisma "$dir/schema.prisma"
[[ -f prisma/migrations/migration_lock.toml ]] || printf 'provider = "sqlite"\n' >prisma/migrations/migration_lock.toml
echo "Migration écrite : $dir/migration.sql"
node scripts/postgres-schema.mjs
