import pg from "pg";
import { TEST_POSTGRES_PREFIX, postgresDatabaseUrl } from "./paths";

/** Runs `work` with a client on database `name` of the server at `serverUrl`. */
export async function withPostgres<T>(serverUrl: string, name: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresDatabaseUrl(serverUrl, name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Drops every database of earlier test runs (`${prefix}_…`). */
export async function dropTestDatabases(serverUrl: string): Promise<void> {
  await withPostgres(serverUrl, "postgres", async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEST_POSTGRES_PREFIX}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
  });
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withPostgres(serverUrl, "postgres", async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return;
    // A template in use by another CREATE DATABASE is refused for a moment: try again.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === "42P04") return; // created meanwhile
        if (code !== "55006" || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

/** Empties every table of the app (not Prisma's migration history), as a fresh copy of the base would be. */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => quote(r.tablename)).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

export const baseDatabase = () => `${TEST_POSTGRES_PREFIX}_base`;
export const workerDatabase = (poolId: string) => `${TEST_POSTGRES_PREFIX}_w${poolId}`;
