/**
 * npm run backup [-- FICHIER]
 * Copies the database (SQLite online backup, while the app runs) to FICHIER, by default
 * data/sauvegardes/rencontres-AAAAMMJJ-HHMMSS.db, checks the copy and prints its row counts.
 */
import path from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { backupSqlite } from "@/server/data/maintenance/sqlite-backup";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const source = sqliteFilePath(resolveDatabaseUrl());
  if (!source) {
    console.error("Erreur : la sauvegarde par « npm run backup » ne sait copier qu'une base SQLite (DATABASE_URL=file:…).");
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const destination = path.resolve(process.argv[2] ?? path.join("data", "sauvegardes", `rencontres-${stamp}.db`));
  const { file, counts } = await backupSqlite(source, destination);
  console.log(`Sauvegarde écrite et vérifiée (integrity_check : ok) : ${file}`);
  for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(count).padStart(8)}`);
  console.log(`Pour la restaurer (serveur arrêté) : npm run restore -- ${path.relative(process.cwd(), file)}`);
  return 0;
}

runCli(main);
