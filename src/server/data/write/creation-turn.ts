import "server-only";
import { databaseKind, type Tx } from "@/server/db";

const CREATION_LOCK = 7_245_610_013;

/**
 * Called by a transaction before it creates a row that others may create too (an organisation
 * or a person of a given name, a theme) or chooses a unique address (a rencontre's, an item's,
 * an organisation's or a theme's slug). On PostgreSQL, two imports each read such a row absent
 * and both inserted it: the second failed on the unique slug (a Playwright journey on
 * PostgreSQL found it), and a person would have been created twice. From this call to its
 * commit, the transaction has the turn (an advisory lock of the transaction); the next one
 * waits, then reads what the first created. Writes that create nothing new never wait. On
 * SQLite a write transaction already has the database to itself (BEGIN IMMEDIATE).
 */
export async function takeCreationTurn(tx: Tx): Promise<void> {
  if (databaseKind === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CREATION_LOCK})`);
}
