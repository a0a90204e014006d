/**
 * npm run restore -- FICHIER
 * Replaces the database by a backup made with `npm run backup` (a SQLite file, or a pg_dump
 * archive for PostgreSQL), after checking the backup; prints the row counts of the restored
 * database. Stop the server first, and start it again afterwards: its in-memory caches
 * describe the data before the restore.
 */
import path from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { restorePostgres } from "@/server/data/maintenance/postgres-backup";
import { restoreSqlite } from "@/server/data/maintenance/sqlite-backup";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage : npm run restore -- FICHIER_DE_SAUVEGARDE");
    return 2;
  }
  const url = resolveDatabaseUrl();
  const target = sqliteFilePath(url);
  try {
    if (target) {
      const { counts, integrity } = await restoreSqlite(path.resolve(file), target);
      console.log(`Base restaurée depuis ${file} (integrity_check : ${integrity}) :`);
      for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(count).padStart(8)}`);
      return integrity === "ok" ? 0 : 1;
    }
    const { counts } = await restorePostgres(path.resolve(file), url);
    console.log(`Base PostgreSQL restaurée depuis ${file} (une transaction) :`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(count).padStart(8)}`);
    return 0;
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}`);
    return 1;
  }
}

runCli(main);
