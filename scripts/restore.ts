/**
 * npm run restore -- FICHIER
 * Replaces the database by a backup made with `npm run backup`, after checking the backup;
 * prints the row counts of the restored database. Stop the server first, and start it again
 * afterwards: its in-memory caches describe the data before the restore.
 */
import path from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { restoreSqlite } from "@/server/data/maintenance/sqlite-backup";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage : npm run restore -- FICHIER_DE_SAUVEGARDE");
    return 2;
  }
  const target = sqliteFilePath(resolveDatabaseUrl());
  if (!target) {
    console.error("Erreur : « npm run restore » ne sait restaurer qu'une base SQLite (DATABASE_URL=file:…).");
    return 2;
  }
  try {
    const { counts, integrity } = await restoreSqlite(path.resolve(file), target);
    console.log(`Base restaurée depuis ${file} (integrity_check : ${integrity}) :`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(count).padStart(8)}`);
    return integrity === "ok" ? 0 : 1;
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}`);
    return 1;
  }
}

runCli(main);
