import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./src/lib/database-url";

// The Prisma 6.19 JavaScript schema engine (no native binary to download).
// This file does not read .env: DATABASE_URL comes from the environment or the default.
const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
