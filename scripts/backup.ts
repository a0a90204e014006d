/**
 * npm run backup [-- FICHIER]
 * Backs up the database while the app runs, checks the copy and prints its row counts:
 * - SQLite: online backup to FICHIER, by default data/sauvegardes/rencontres-AAAAMMJJ-HHMMSS.db,
 *   then PRAGMA integrity_check;
 * - PostgreSQL: pg_dump (custom format) to FICHIER, by default …/rencontres-AAAAMMJJ-HHMMSS.dump,
 *   the counts taken in the dump's own snapshot.
 */
import path from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { backupPostgres } from "@/server/data/maintenance/postgres-backup";
import { backupSqlite } from "@/server/data/maintenance/sqlite-backup";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const url = resolveDatabaseUrl();
  const source = sqliteFilePath(url);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const destination = path.resolve(process.argv[2] ?? path.join("data", "sauvegardes", `rencontres-${stamp}.${source ? "db" : "dump"}`));
  const { file, counts } = source ? await backupSqlite(source, destination) : await backupPostgres(url, destination);
  console.log(source ? `Sauvegarde écrite et vérifiée (integrity_check : ok) : ${file}` : `Sauvegarde PostgreSQL écrite (pg_dump) : ${file}`);
  for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(count).padStart(8)}`);
  console.log(`Pour la restaurer (serveur arrêté) : npm run restore -- ${path.relative(process.cwd(), file)}`);
  return 0;
}

runCli(main);
