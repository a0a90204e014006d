import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type TableCounts = Record<string, number>;

/** Row counts of every table of a SQLite file (SQLite's own tables and the search index's shadow tables left out). */
export function tableCounts(file: string): TableCounts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name").all() as { name: string; sql: string }[];
    const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    // The search index counts as one table; its shadow tables (ItemSearch_data…) are its own business.
    const tables = all.filter((t) => !virtual.some((v) => t.name.startsWith(`${v}_`)));
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** SQLite's own verdict on a file: "ok", or what is damaged. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/**
 * Copies a live SQLite database to a file with SQLite's online backup: a consistent copy,
 * taken while the app keeps reading and writing.
 */
export async function backupSqlite(sourceFile: string, destinationFile: string): Promise<{ file: string; counts: TableCounts }> {
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  const source = new Database(sourceFile, { fileMustExist: true });
  try {
    await source.backup(destinationFile);
  } finally {
    source.close();
  }
  const verdict = integrityCheck(destinationFile);
  if (verdict !== "ok") throw new Error(`La copie n'est pas intègre (${verdict}).`);
  return { file: destinationFile, counts: tableCounts(destinationFile) };
}

/**
 * Replaces a SQLite database by a backup, page by page with the online backup API (so the
 * file stays valid for any process that has it open). The backup is checked first: a
 * damaged file or one that is not a Rencontres database leaves the target untouched.
 */
export async function restoreSqlite(backupFile: string, targetFile: string): Promise<{ counts: TableCounts; integrity: string }> {
  let verdict: string;
  try {
    verdict = integrityCheck(backupFile);
  } catch {
    throw new Error(`« ${backupFile} » n'est pas une base SQLite lisible.`);
  }
  if (verdict !== "ok") throw new Error(`« ${backupFile} » est endommagé (${verdict}) : rien n'a été restauré.`);
  const counts = tableCounts(backupFile);
  if (!("_prisma_migrations" in counts) || !("Rencontre" in counts)) throw new Error(`« ${backupFile} » n'est pas une sauvegarde de Rencontres : rien n'a été restauré.`);
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(targetFile);
  } finally {
    backup.close();
  }
  return { counts: tableCounts(targetFile), integrity: integrityCheck(targetFile) };
}
