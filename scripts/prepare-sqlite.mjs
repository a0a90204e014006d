// Sets the persistent settings of a SQLite database file: write-ahead logging, so that
// readers never block the writer and a second process can write after a short wait.
// Usage: node scripts/prepare-sqlite.mjs FILE
import Database from "better-sqlite3";

const file = process.argv[2];
if (!file) {
  console.error("Usage : node scripts/prepare-sqlite.mjs FICHIER");
  process.exit(2);
}
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("wal_checkpoint(TRUNCATE)");
db.close();
