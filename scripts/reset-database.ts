/**
 * Empties the database named by DATABASE_URL, for the test servers: deletes a SQLite file
 * (and its -wal/-shm), or drops and creates again a PostgreSQL database.
 * Usage: DATABASE_URL=… tsx scripts/reset-database.ts
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";

const url = resolveDatabaseUrl();
const file = sqliteFilePath(url);
if (file) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
} else {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}
