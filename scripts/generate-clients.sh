#!/usr/bin/env bash
# Generates both Prisma clients: src/generated/prisma (SQLite, prisma/schema.prisma) and
# src/generated/prisma-pg (PostgreSQL, prisma/postgres/schema.prisma). prisma.config.ts
# picks the schema from DATABASE_URL; generating connects to no database.
set -euo pipefail
cd "$(dirname "$0")/.."
for url in "file:./data/unused-by-generate.db" "postgresql://generate@localhost/unused"; do
  out="$(DATABASE_URL="$url" npx prisma generate 2>&1)" || { echo "$out" >&2; exit 1; }
done
