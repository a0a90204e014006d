import Database from "better-sqlite3";

/**
 * A command prefix under which a process sees file modes as an unprivileged user would:
 * as root, none bind, so the process runs without the capabilities that bypass them
 * (setpriv, from util-linux). Empty when not root.
 */
export const UNPRIVILEGED = process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] : [];

/** Whether another process holds the SQLite file's write lock (a writing transaction is open). */
export function writeLockHeld(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    db.close();
  }
}
