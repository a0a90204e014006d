/**
 * Prepares the database named by DATABASE_URL (default: data/rencontres.db):
 * applies the committed migrations, turns on write-ahead logging, gives their addresses to
 * the items written before items had one, and loads the seed
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

/** The local demo gets an organiser account, its password printed once. */
async function createDemoAdmin() {
  const { randomBytes } = await import("node:crypto");
  const { countAdmins, createUser } = await import("@/server/data/users/create-user");
  const { systemActor } = await import("@/server/actor");
  if ((await countAdmins()) > 0) return;
  const password = randomBytes(12).toString("base64url");
  const email = "demo@rencontres.local";
  await createUser(systemActor("setup"), { email, name: "Organisateur·rice de démonstration", role: "ADMIN", password });
  console.log(`Compte organisateur de démonstration : ${email} / ${password} (affiché une seule fois ; http://localhost:3000/connexion)`);
}
const { countRencontres } = await import("@/server/data/rencontres/count-rencontres");
try {
  // Items written before they had addresses get them (the migration adds the column empty).
  const { backfillItemSlugs } = await import("@/server/data/items/backfill-item-slugs");
  const { systemActor } = await import("@/server/actor");
  const addressed = await backfillItemSlugs(systemActor("setup"));
  if (addressed > 0) console.log(`Adresses données à ${addressed} exemples et pistes.`);
  // Items written before the recurrence index get their terms and their proposed pairs.
  const { backfillRecurrence } = await import("@/server/data/recurrence/backfill-recurrence");
  const indexed = await backfillRecurrence(systemActor("setup"));
  if (indexed > 0) console.log(`Rapprochements calculés pour ${indexed} exemples et pistes.`);
  if ((await countRencontres()) === 0) {
    const { seed } = await import("../prisma/seed");
    await seed();
  } else {
    console.log("Base de données déjà remplie : pas de nouvel import.");
  }
  if (process.env.NODE_ENV !== "production" && process.env.RENCONTRES_DEMO_ADMIN !== "off") {
    await createDemoAdmin();
  }
} finally {
  await db.$disconnect();
}
