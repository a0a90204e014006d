/**
 * npm run db:transfer -- --from <url> --to <url>
 * Copies everything (rencontres, people, accounts, sessions, audit log…) from one database
 * to another, SQLite (file:…) or PostgreSQL (postgresql://…) either way. The target is
 * migrated first and must hold no data; the copy is one transaction on the target. Prints
 * the row count of every model on both sides; they match, or nothing is written.
 * Stop the app on the source first: writes made during the copy would not be copied.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { MODELS_IN_ORDER, TransferError, transferDatabase } from "@/server/data/maintenance/transfer-database";
import { runCli } from "./run-cli";

const hide = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to) {
    console.error("Usage : npm run db:transfer -- --from <url> --to <url>   (file:chemin.db ou postgresql://…)");
    return 2;
  }
  const from = resolveDatabaseUrl({ ...process.env, DATABASE_URL: values.from });
  const to = resolveDatabaseUrl({ ...process.env, DATABASE_URL: values.to });
  const file = sqliteFilePath(to);
  if (file) mkdirSync(path.dirname(file), { recursive: true });

  console.log(`▶ Migrations de la cible ${hide(to)}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: to } });
  if (file) execFileSync("node", ["scripts/prepare-sqlite.mjs", file], { stdio: "inherit" });

  console.log(`▶ Copie depuis ${hide(from)} (une transaction sur la cible)`);
  const started = Date.now();
  try {
    const { source, target } = await transferDatabase(from, to);
    console.log(`\n${"Modèle".padEnd(24)} ${"Source".padStart(9)} ${"Cible".padStart(9)}`);
    for (const model of MODELS_IN_ORDER) {
      console.log(
        `${model.padEnd(24)} ${String(source[model]).padStart(9)} ${String(target[model]).padStart(9)}  ${source[model] === target[model] ? "✓" : "✗"}`,
      );
    }
    const rows = MODELS_IN_ORDER.reduce((sum, model) => sum + target[model], 0);
    console.log(
      `\nTransfert terminé : ${rows} lignes, ${MODELS_IN_ORDER.length} modèles, comptes identiques (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof TransferError) {
      console.error(`Erreur : ${error.message}`);
      return 1;
    }
    throw error;
  }
}

runCli(main, " (rien n'a été écrit dans la cible)");
