/**
 * Prepares the database named by DATABASE_URL (default: data/rencontres.db):
 * applies the committed migrations, turns on write-ahead logging, and loads the seed
 * (themes, programme page, Paris 2021 compte rendu) when the database holds no rencontre.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";

const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;
const file = sqliteFilePath(url);
if (file) mkdirSync(path.dirname(file), { recursive: true });

execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
if (file) execFileSync("node", ["scripts/prepare-sqlite.mjs", file], { stdio: "inherit" });

const { db } = await import("@/server/db");
const { countRencontres } = await import("@/server/data/rencontres/count-rencontres");
try {
  if ((await countRencontres()) === 0) {
    const { seed } = await import("../prisma/seed");
    await seed();
  } else {
    console.log("Base de données déjà remplie : pas de nouvel import.");
  }
} finally {
  await db.$disconnect();
}
