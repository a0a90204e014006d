import { spawn, type ChildProcess } from "node:child_process";

export type Server = { url: string; stop: () => Promise<void>; pid: number };

/**
 * Starts `next start` on a database (a SQLite file path, or any DATABASE_URL) and waits
 * until it answers; stop() ends it. `launcher` is a command the server runs under (for
 * example `setpriv …`, which execs it in the same process).
 */
export async function startServer(database: string, port: number, env: Record<string, string> = {}, launcher: string[] = []): Promise<Server> {
  if (
    await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Le port ${port} est déjà pris : arrêtez le serveur qui l'occupe avant de mesurer.`);
  }
  const command = [...launcher, "node", "node_modules/next/dist/bin/next", "start", "-p", String(port)];
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    // The benches load the server from one address: the limit of filter addresses per client is off unless asked for.
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: /^[a-z]+:/.test(database) ? database : `file:${database}`,
      CATALOGUE_RATE_LIMIT_PER_MINUTE: "0",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group: `next start` runs the server in a child process, which must stop too.
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid!, "SIGTERM");
      setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000).unref();
    });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) return { url, stop, pid: child.pid! };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`Le serveur n'a pas démarré sur ${url}`);
}

const servers = new Set<Server>();
export async function withServer<T>(database: string, port: number, env: Record<string, string>, fn: (s: Server) => Promise<T>): Promise<T> {
  const server = await startServer(database, port, env);
  servers.add(server);
  try {
    return await fn(server);
  } finally {
    servers.delete(server);
    await server.stop();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void Promise.all([...servers].map((s) => s.stop())).then(() => process.exit(130));
  });
}
