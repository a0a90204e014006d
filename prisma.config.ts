import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./src/lib/database-url";
import { isPostgresUrl, postgresPoolConfig } from "./src/lib/postgres-pool";

// The Prisma 6.19 JavaScript schema engine (no native binary to download).
// This file does not read .env: DATABASE_URL comes from the environment or the default.
// `file:` URLs use prisma/schema.prisma (SQLite, the source of truth); postgresql:// URLs
// use prisma/postgres/schema.prisma, derived from it by scripts/postgres-schema.mjs.
const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;
const postgres = isPostgresUrl(url);
const dir = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: {
    path: path.join(dir, "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  adapter: async () => (postgres ? new PrismaPg(postgresPoolConfig(url, { max: 2, textNames: true })) : new PrismaBetterSQLite3({ url })),
});
