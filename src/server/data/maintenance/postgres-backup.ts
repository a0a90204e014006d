import "server-only";
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { TableCounts } from "./sqlite-backup";

const run = promisify(execFile);

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row counts of every table of the public schema, Prisma's migration history included. */
async function countTables(client: pg.Client): Promise<TableCounts> {
  const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE \"C\"");
  const counts: TableCounts = {};
  for (const { tablename } of rows) {
    const result = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${tablename.replace(/"/g, '""')}"`);
    counts[tablename] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

export async function postgresTableCounts(url: string): Promise<TableCounts> {
  return withClient(url, countTables);
}

function toolError(tool: string, error: unknown): Error {
  const e = error as { code?: string; stderr?: string };
  if (e.code === "ENOENT") return new Error(`${tool} est introuvable : installez le client PostgreSQL (paquet Debian postgresql-client).`);
  return new Error(`${tool} a échoué : ${(e.stderr ?? String(error)).trim()}`);
}

/**
 * Dumps a live PostgreSQL database with pg_dump (custom format) while the app runs. The
 * dump and the printed counts come from one snapshot: the counts are taken in a
 * repeatable-read transaction whose snapshot pg_dump is given (--snapshot).
 */
export async function backupPostgres(url: string, destinationFile: string): Promise<{ file: string; counts: TableCounts }> {
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    try {
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
      const counts = await countTables(client);
      try {
        await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, "--file", destinationFile, "--dbname", url]);
      } catch (error) {
        throw toolError("pg_dump", error);
      }
      return { file: destinationFile, counts };
    } finally {
      await client.query("COMMIT");
    }
  });
}

/**
 * Replaces the content of a PostgreSQL database by a dump made with `npm run backup`, in one
 * transaction (pg_restore --single-transaction --exit-on-error): the dump is read first,
 * and a file that is not a Rencontres dump, or any error while restoring, leaves the target
 * as it was. Stop the app first: it would hold locks on the tables being replaced.
 */
export async function restorePostgres(backupFile: string, url: string): Promise<{ counts: TableCounts }> {
  let listing: string;
  try {
    listing = (await run("pg_restore", ["--list", backupFile], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") throw toolError("pg_restore", error);
    throw new Error(`« ${backupFile} » n'est pas une sauvegarde PostgreSQL lisible : rien n'a été restauré.`);
  }
  if (!/TABLE public "?_prisma_migrations"?/.test(listing) || !/TABLE public "?Rencontre"?/.test(listing)) {
    throw new Error(`« ${backupFile} » n'est pas une sauvegarde de Rencontres : rien n'a été restauré.`);
  }
  try {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url, backupFile]);
  } catch (error) {
    throw toolError("pg_restore", error);
  }
  return { counts: await postgresTableCounts(url) };
}
