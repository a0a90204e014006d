import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

export type SqliteFileProblem = "missing" | "not-a-file" | "read-only";

/**
 * Why the SQLite database at `file` cannot be used for reading and writing right now, or
 * null. Asked of the file system (stat, access(2)) rather than of the open connection: a
 * connection opened earlier goes on writing through its file descriptor after the file was
 * made read-only or moved away, and one opened while the file was read-only stays so for
 * good. SQLite also needs its `-wal` and `-shm` files writable (it creates them with the
 * database's own permissions), or the directory writable when they do not exist yet.
 * access(2) sees a read-only mount for every user, and file modes for all but root. (The
 * paths are the database's, known only at run time: the build is told not to trace them.)
 */
export function sqliteFileProblem(file: string): SqliteFileProblem | null {
  let isFile: boolean;
  try {
    isFile = statSync(/*turbopackIgnore: true*/ file).isFile();
  } catch {
    return "missing";
  }
  if (!isFile) return "not-a-file";
  const writable = (target: string, mode = constants.R_OK | constants.W_OK) => {
    try {
      accessSync(/*turbopackIgnore: true*/ target, mode);
      return true;
    } catch {
      return false;
    }
  };
  if (!writable(file)) return "read-only";
  let needsDirectory = false;
  for (const companion of [`${file}-wal`, `${file}-shm`]) {
    try {
      statSync(/*turbopackIgnore: true*/ companion);
    } catch {
      needsDirectory = true;
      continue;
    }
    if (!writable(companion)) return "read-only";
  }
  if (needsDirectory && !writable(path.dirname(file), constants.W_OK | constants.X_OK)) return "read-only";
  return null;
}
