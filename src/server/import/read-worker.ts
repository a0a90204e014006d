/**
 * Worker thread entry (see read-off-thread.ts): decodes an upload and parses it, away from
 * the request thread. Run by tsx's loader (CLI, Vitest) or bundled by Turbopack (next build).
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseCompteRendu, type ParseOptions } from "@/lib/import/parse-compte-rendu";
import { sourceTextOf } from "@/server/import/source-text";

/** An upload to decode (`bytes`) or a pasted text (`text`), parsed when `parse` is given. */
type Job = { name: string; bytes: Uint8Array | null; text: string | null; parse: ParseOptions | null };

const job = workerData as Job;
const read = job.text !== null ? { ok: true as const, text: job.text } : await sourceTextOf({ name: job.name, bytes: job.bytes ?? new Uint8Array() });
const parsed = read.ok && job.parse ? parseCompteRendu(read.text, job.parse) : null;
parentPort!.postMessage({ read, parsed });
