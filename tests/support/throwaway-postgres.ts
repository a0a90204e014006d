import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of the test's own, on its own port, that the test may stop and start
 * (the shared server must never be stopped). Needs the PostgreSQL server binaries (Debian's
 * /usr/lib/postgresql/<version>/bin); run as root, the server runs as user postgres.
 */
function findBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  for (const version of readdirSync(root).sort().reverse()) {
    const bin = path.join(root, version, "bin");
    if (existsSync(path.join(bin, "initdb")) && existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

export const POSTGRES_BIN = findBinaries();
const isRoot = process.getuid?.() === 0;

function postgresUid(): number | null {
  try {
    return Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  } catch {
    return null;
  }
}

/** Whether a throwaway server can be made here (binaries present; as root, a postgres user to run it). */
export const canRunThrowawayPostgres = POSTGRES_BIN !== null && (!isRoot || postgresUid() !== null);

export type ThrowawayPostgres = {
  /** postgresql:// URL of database `name` (default postgres) as the superuser "rencontres". */
  url: (name?: string) => string;
  start: () => void;
  stop: () => void;
  destroy: () => void;
};

function asServerUser(command: string, args: string[]): void {
  const full = [path.join(POSTGRES_BIN!, command), ...args];
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", ...full], { stdio: "pipe" });
  else execFileSync(full[0]!, full.slice(1), { stdio: "pipe" });
}

/** initdb in a temporary directory, then start on `port` (listening on 127.0.0.1 only). */
export function createThrowawayPostgres(port: number): ThrowawayPostgres {
  if (!POSTGRES_BIN) throw new Error("PostgreSQL binaries not found");
  const dir = mkdtempSync(path.join(tmpdir(), "faults-pg-"));
  if (isRoot) chownSync(dir, postgresUid()!, postgresUid()!);
  const data = path.join(dir, "data");
  asServerUser("initdb", ["-D", data, "-U", "rencontres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => asServerUser("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = () => asServerUser("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: (name = "postgres") => `postgresql://rencontres:rencontres@127.0.0.1:${port}/${name}`,
    start,
    stop,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
