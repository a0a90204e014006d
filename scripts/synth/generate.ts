/**
 * npm run db:synth -- [--ideas 12000] [--out data/synth-12000.db] [--force]
 * A separate SQLite database of synthetic rencontres, scaled on the number of ideas
 * (12,000 ideas: 200 rencontres in 30 cities, 1,600 tables, 8,000 examples, 4,000
 * organisations, 12,000 people). Written with better-sqlite3 in one transaction.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { itemTerms } from "@/lib/recurrence/terms";
import { buildSearchText } from "@/lib/search/search-text";
import { foldText, organisationKey, personKey, slugify } from "@/lib/text/normalize";
import { firstFreeSlug, itemSlugBase } from "@/lib/text/item-slug";
import themes from "../../prisma/seed-data/themes.json";
import * as W from "./words";

/** A small seeded PRNG (mulberry32): the same size gives the same data. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const STATUSES = ["PROPOSEE", "PROPOSEE", "PROPOSEE", "EN_COURS", "EN_COURS", "REALISEE", "ABANDONNEE"] as const;

export type SynthCounts = {
  rencontres: number;
  tables: number;
  ideas: number;
  examples: number;
  organisations: number;
  people: number;
  participations: number;
};

export function generateSynthetic(file: string, ideas: number): SynthCounts {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  execFileSync("node", ["scripts/prepare-sqlite.mjs", file], { stdio: "ignore" });

  const r = prng(ideas);
  const db = new Database(file);
  db.pragma("synchronous = OFF");
  const now = iso(new Date());
  const rencontreCount = Math.max(4, Math.round(ideas / 60));
  const orgCount = Math.max(20, Math.round(ideas / 3));
  const peopleCount = Math.max(40, ideas);
  const ins = (sql: string) => db.prepare(sql);
  const insTheme = ins(
    `INSERT INTO "Theme"(id, slug, name, nameKey, description, position, version, createdAt, updatedAt) VALUES (?,?,?,?,?,?,1,?,?)`,
  );
  const insOrg = ins(`INSERT INTO "Organisation"(id, slug, name, nameKey, kind, city, version, createdAt, updatedAt) VALUES (?,?,?,?,?,?,1,?,?)`);
  const insPerson = ins(
    `INSERT INTO "Person"(id, firstName, lastName, fullName, nameKey, visibility, version, createdAt, updatedAt) VALUES (?,?,?,?,?,?,1,?,?)`,
  );
  const insRencontre =
    ins(`INSERT INTO "Rencontre"(id, slug, title, subtitle, edition, city, cityKey, date, venueName, introduction, status, publishedAt, version, createdAt, updatedAt)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)`);
  const insRole = ins(`INSERT INTO "RencontreOrganisation"(rencontreId, organisationId, role, position) VALUES (?,?,?,?)`);
  const insConsolidated = ins(`INSERT INTO "ConsolidatedObjective"(id, rencontreId, text, position) VALUES (?,?,?,?)`);
  const insTable = ins(`INSERT INTO "Table"(id, rencontreId, number, notes, version) VALUES (?,?,?,'',1)`);
  const insPart = ins(`INSERT OR IGNORE INTO "Participation"(id, tableId, personId, organisationId, statusLabel, position) VALUES (?,?,?,?,?,?)`);
  const insObjective = ins(`INSERT INTO "Objective"(id, tableId, text, position, consolidatedObjectiveId) VALUES (?,?,?,?,?)`);
  const insItem = ins(
    `INSERT INTO "Item"(id, kind, rencontreId, tableId, text, plainText, searchText, slug, position, status, version, createdAt, updatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?)`,
  );
  const insKeyword = ins(`INSERT OR IGNORE INTO "ItemKeyword"(id, itemId, term, termKey, position) VALUES (?,?,?,?,?)`);
  const insTerm = ins(`INSERT INTO "ItemTerm"(itemId, term, weight) VALUES (?,?,?)`);
  const insItemTheme = ins(`INSERT OR IGNORE INTO "ItemTheme"(itemId, themeId) VALUES (?,?)`);
  const insMention = ins(`INSERT OR IGNORE INTO "ItemMention"(itemId, organisationId) VALUES (?,?)`);
  const insNote = ins(`INSERT INTO "FollowUpNote"(id, itemId, date, status, text, createdAt) VALUES (?,?,?,?,?,?)`);
  // Item addresses as the app gives them (src/lib/text/item-slug.ts), -2, -3… on repeats.
  const slugs = new Set<string>();
  const nextSlug = (text: string) => {
    const slug = firstFreeSlug(itemSlugBase(text), slugs);
    slugs.add(slug);
    return slug;
  };
  const counts: SynthCounts = { rencontres: 0, tables: 0, ideas: 0, examples: 0, organisations: 0, people: 0, participations: 0 };

  db.transaction(() => {
    const themeIds = [...themes.map((t) => t.name), ...W.EXTRA_THEMES].map((name, position) => {
      const id = randomUUID();
      insTheme.run(id, slugify(name), name, foldText(name), null, position, now, now);
      return id;
    });
    const orgs = Array.from({ length: orgCount }, (_, i) => {
      const name = `${r.pick(W.ORG_PREFIXES)} ${r.pick(W.ORG_NAMES)} ${r.pick(W.CITIES)} ${i + 1}`;
      const id = randomUUID();
      insOrg.run(
        id,
        `${slugify(name)}`,
        name,
        organisationKey(name),
        r.pick(["ASSOCIATION", "COLLECTIVITE", "ENTREPRISE_SOCIALE", "FONDATION", "ECOLE", "RESEAU"]),
        r.pick(W.CITIES),
        now,
        now,
      );
      return { id, name };
    });
    const people = Array.from({ length: peopleCount }, (_, i) => {
      const first = r.pick(W.FIRST_NAMES);
      const last = `${r.pick(W.LAST_NAMES)}${i > W.LAST_NAMES.length ? `-${i}` : ""}`;
      const id = randomUUID();
      insPerson.run(id, first, last, `${first} ${last}`, personKey(`${first} ${last}`), r.next() < 0.05 ? "HIDDEN" : "PUBLIC", now, now);
      return id;
    });
    counts.organisations = orgs.length;
    counts.people = people.length;

    const tablesPerRencontre = 8;
    const ideasPerTable = ideas / (rencontreCount * tablesPerRencontre);
    let ideaBudget = ideas;
    for (let ri = 0; ri < rencontreCount; ri += 1) {
      const city = W.CITIES[ri % W.CITIES.length]!;
      const date = new Date(Date.UTC(2019 + (ri % 8), r.int(12), 1 + r.int(28)));
      const id = randomUUID();
      const published = r.next() < 0.9 ? "PUBLISHED" : "DRAFT";
      insRencontre.run(
        id,
        `${slugify(city)}-${date.getUTCFullYear()}-${ri + 1}`,
        "Grande Rencontre",
        `Entrepreneurs et travailleurs sociaux, ${city}`,
        1 + Math.floor(ri / 30),
        city,
        slugify(city),
        iso(date),
        "Maison des associations",
        `Le ${date.getUTCDate()} de l'année ${date.getUTCFullYear()}, une rencontre à ${city}.`,
        published,
        published === "PUBLISHED" ? iso(date) : null,
        now,
        now,
      );
      insRole.run(id, orgs[r.int(orgs.length)]!.id, "ORGANISER", 0);
      const consolidated = Array.from({ length: 6 }, (_, position) => {
        const cid = randomUUID();
        insConsolidated.run(cid, id, W.OBJECTIVES[(ri + position) % W.OBJECTIVES.length]!, position);
        return cid;
      });
      counts.rencontres += 1;
      for (let tn = 1; tn <= tablesPerRencontre; tn += 1) {
        const tableId = randomUUID();
        insTable.run(tableId, id, tn);
        counts.tables += 1;
        const tableOrgs: string[] = [];
        const size = 7 + r.int(3);
        for (let p = 0; p < size; p += 1) {
          const org = r.next() < 0.9 ? orgs[r.int(orgs.length)]! : null;
          if (org) tableOrgs.push(org.name);
          counts.participations += insPart.run(
            randomUUID(),
            tableId,
            people[r.int(people.length)]!,
            org?.id ?? null,
            org ? null : "Freelance",
            p,
          ).changes;
        }
        for (let o = 0; o < 3; o += 1)
          insObjective.run(randomUUID(), tableId, r.pick(W.OBJECTIVES), o, r.next() < 0.6 ? consolidated[r.int(6)]! : null);
        const ideaN =
          ri === rencontreCount - 1 && tn === tablesPerRencontre
            ? Math.max(0, ideaBudget)
            : Math.min(ideaBudget, Math.round(ideasPerTable + (r.next() - 0.5) * 3));
        ideaBudget -= ideaN;
        const exampleN = Math.max(1, Math.round((ideaN * 2) / 3));
        for (const [kind, n] of [
          ["IDEA", ideaN],
          ["EXAMPLE", exampleN],
        ] as const) {
          for (let position = 0; position < n; position += 1) {
            const topic = r.pick(W.TOPICS);
            const second = r.next() < 0.4 ? r.pick(W.TOPICS) : null;
            const mention = r.next() < 0.15 ? orgs[r.int(orgs.length)]! : null;
            const text =
              `${r.pick(W.ACTIONS)} **${topic}** ${r.pick(W.LINKS)}${second ? `, avec un volet **${second}**` : ""}${mention ? ` comme le fait ${mention.name}` : ""} ${r.pick(W.PLACES)}`.trim();
            const keywords = second && second !== topic ? [topic, second] : [topic];
            const itemId = randomUUID();
            const plain = text.replace(/\*\*/g, "");
            insItem.run(
              itemId,
              kind,
              id,
              tableId,
              text,
              plain,
              buildSearchText({ text, keywords, mentionedOrganisations: mention ? [mention.name] : [], tableOrganisations: tableOrgs }),
              nextSlug(text),
              position,
              kind === "IDEA" ? r.pick(STATUSES) : null,
              now,
              now,
            );
            keywords.forEach((term, k) => insKeyword.run(randomUUID(), itemId, term, foldText(term), k));
            // The recurrence index as a save writes it (src/server/data/recurrence); no pairs are proposed.
            for (const [term, weight] of itemTerms(text, keywords)) insTerm.run(itemId, term, weight);
            insItemTheme.run(itemId, themeIds[r.int(themeIds.length)]!);
            if (r.next() < 0.4) insItemTheme.run(itemId, themeIds[r.int(themeIds.length)]!);
            if (mention) insMention.run(itemId, mention.id);
            if (kind === "IDEA" && r.next() < 0.1)
              insNote.run(randomUUID(), itemId, iso(new Date(date.getTime() + 86_400_000 * 90)), "EN_COURS", "Premier groupe de travail réuni.", now);
            counts[kind === "IDEA" ? "ideas" : "examples"] += 1;
          }
        }
      }
    }
    db.prepare(`INSERT INTO "CatalogueState"(id, version, updatedAt) VALUES (1, 1, ?)`).run(now);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return counts;
}

async function main() {
  const { values } = parseArgs({
    options: { ideas: { type: "string", default: "12000" }, out: { type: "string" }, force: { type: "boolean", default: false } },
  });
  const ideas = Number(values.ideas);
  if (!Number.isInteger(ideas) || ideas < 100 || ideas > 500_000) {
    console.error("Usage : npm run db:synth -- [--ideas 12000] [--out data/synth-12000.db] [--force]");
    process.exit(2);
  }
  const file = path.resolve(values.out ?? path.join("data", `synth-${ideas}.db`));
  if (existsSync(file) && !values.force) {
    console.log(`${file} existe déjà (--force pour le refaire).`);
    return;
  }
  const started = Date.now();
  const counts = generateSynthetic(file, ideas);
  console.log(
    `${file} : ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")} en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
