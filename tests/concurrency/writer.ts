/**
 * One of the two processes of the concurrency test: makes WRITES theme creations at once
 * (each one a transaction with its audit entry and a catalogue version bump) and prints, for
 * each, one JSON line: saved, or the error it reported.
 * Usage: tsx --conditions=react-server tests/concurrency/writer.ts PREFIX WRITES
 */
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { createTheme } from "@/server/data/themes/create-theme";

const [prefix = "p", count = "25"] = process.argv.slice(2);
const actor = systemActor(`concurrence-${prefix}`);

const results = await Promise.all(
  Array.from({ length: Number(count) }, async (_, n) => {
    const name = `Thème ${prefix} ${String(n).padStart(3, "0")}`;
    try {
      await createTheme(actor, { name, description: null });
      return { name, saved: true };
    } catch (error) {
      return { name, saved: false, error: error instanceof Error ? error.message : String(error) };
    }
  }),
);
for (const result of results) console.log(JSON.stringify(result));
await db.$disconnect();
