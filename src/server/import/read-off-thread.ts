import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ParseOptions, ParseResult } from "@/lib/import/parse-compte-rendu";
import type { SourceFile, SourceText } from "@/server/import/source-text";

export const READ_LIMITS = { memoryMb: 512, timeMs: 15_000 };

export type OffThreadRead = { read: SourceText; parsed: ParseResult | null };

const TOO_HEAVY =
  "Le document est trop lourd à lire : il demande plus de mémoire qu'un compte rendu. Coupez-le en plusieurs documents ou collez son texte.";
const TOO_LONG = "Le document est trop long à lire : sa lecture dépasse 15 secondes. Coupez-le en plusieurs documents ou collez son texte.";

/**
 * The worker's entry, from the project root (where `npm start`, `npm run import` and Vitest
 * run). `next build` (Turbopack) sees this `new Worker(…)` and bundles the entry as its own
 * "[worker thread]" chunk, which it loads instead; under tsx and Vitest the .ts file itself
 * runs, with tsx's loader (TypeScript, the @/ paths) and the react-server condition.
 */
const WORKER_FILE = path.join(process.cwd(), "src/server/import/read-worker.ts");

/**
 * Decodes an upload, or takes a pasted text, and parses it when `parse` is given, in a worker thread with a memory
 * and a time limit: a hostile document costs the worker, never the request thread.
 */
export function readOffThread(source: SourceFile | { text: string }, parse: ParseOptions | null, limits = READ_LIMITS): Promise<OffThreadRead> {
  const job =
    "text" in source ? { name: "texte", bytes: null, text: source.text, parse } : { name: source.name, bytes: source.bytes, text: null, parse };
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: job,
      execArgv: process.env.NEXT_RUNTIME ? [] : ["--import", "tsx", "--conditions=react-server"],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (outcome: OffThreadRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const fail = (error: string) => settle({ read: { ok: false, error }, parsed: null });
    const timer = setTimeout(() => fail(TOO_LONG), limits.timeMs);
    worker.once("message", (message: OffThreadRead) => settle(message));
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") fail(TOO_HEAVY);
      else fail("Le document n'a pas pu être lu (erreur pendant sa lecture). Enregistrez-le de nouveau ou collez son texte.");
    });
    worker.once("exit", () => fail("Le document n'a pas pu être lu (lecture interrompue). Enregistrez-le de nouveau ou collez son texte."));
  });
}
