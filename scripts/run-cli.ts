import { db } from "@/server/db";

/** Runs a command-line entry point: closes the database and exits with its code, or 1 on an unexpected error. */
export function runCli(main: () => Promise<number>, unexpected = ""): void {
  main()
    .then(async (code) => {
      await db.$disconnect();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}${unexpected}`);
      await db.$disconnect();
      process.exit(1);
    });
}
