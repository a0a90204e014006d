/**
 * The SQLite file check on real files. File modes are checked in a child process without
 * the capabilities that let root ignore them (setpriv), as the app's own user would be.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNPRIVILEGED } from "../../tests/helpers/sqlite-files";
import { BASE_DB } from "../../tests/setup/paths";
import { sqliteFileProblem } from "./sqlite-file-access";

const MODULE = path.resolve(import.meta.dirname, "sqlite-file-access.ts");

/** sqliteFileProblem(file) as an unprivileged process sees it. */
function problemSeenUnprivileged(file: string): string {
  const script = `import { sqliteFileProblem } from ${JSON.stringify(MODULE)}; console.log(String(sqliteFileProblem(${JSON.stringify(file)})));`;
  const [command, ...args] = [...UNPRIVILEGED, "node", "--import", "tsx", "--input-type=module", "-e", script];
  return execFileSync(command!, args, { encoding: "utf8" }).trim();
}

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rencontres-file-access-"));
  file = path.join(dir, "rencontres.db");
  copyFileSync(BASE_DB, file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqliteFileProblem", () => {
  it("is null for a database the process can read and write", () => {
    expect(sqliteFileProblem(file)).toBeNull();
    expect(problemSeenUnprivileged(file)).toBe("null");
  });

  it("tells a missing file from a path that is not a file", () => {
    expect(sqliteFileProblem(path.join(dir, "absent.db"))).toBe("missing");
    const directory = path.join(dir, "directory.db");
    mkdirSync(directory);
    expect(sqliteFileProblem(directory)).toBe("not-a-file");
  });

  it("sees the file, or its -shm, made read-only, and a directory where -wal cannot be created", () => {
    const copy = path.join(dir, "copy.db");
    copyFileSync(file, copy);
    chmodSync(copy, 0o444);
    expect(problemSeenUnprivileged(copy)).toBe("read-only");
    chmodSync(copy, 0o644);
    expect(problemSeenUnprivileged(copy)).toBe("null");

    // SQLite creates -wal and -shm with the database's mode: a -shm left read-only.
    copyFileSync(file, `${copy}-shm`);
    chmodSync(`${copy}-shm`, 0o444);
    expect(problemSeenUnprivileged(copy)).toBe("read-only");
    rmSync(`${copy}-shm`);

    chmodSync(dir, 0o555);
    try {
      expect(problemSeenUnprivileged(copy)).toBe("read-only");
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
