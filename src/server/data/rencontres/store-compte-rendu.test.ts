import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import type { CompteRendu } from "@/lib/schemas/compte-rendu";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { importCompteRendu, referenceOrganisations } from "@/server/import/import-compte-rendu";
import { SEED_FILE } from "../../../../tests/setup/paths";
import { storeCompteRendu } from "./store-compte-rendu";

const actor = systemActor("test");
const seedBytes = readFileSync(SEED_FILE);

async function importSeed() {
  const outcome = await importCompteRendu(actor, seedBytes, { publish: true, organisers: ["La Compagnie Générale des Autres"] });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

async function figures() {
  const [rencontres, tables, participations, objectives, consolidated, examples, ideas, themes, organisations, people, speakers] =
    await Promise.all([
      db.rencontre.count(),
      db.table.count(),
      db.participation.count(),
      db.objective.count(),
      db.consolidatedObjective.count(),
      db.item.count({ where: { kind: "EXAMPLE" } }),
      db.item.count({ where: { kind: "IDEA" } }),
      db.theme.count(),
      db.organisation.count(),
      db.person.count(),
      db.speaker.count(),
    ]);
  return { rencontres, tables, participations, objectives, consolidated, examples, ideas, themes, organisations, people, speakers };
}

describe("importing the Paris 2021 compte rendu into SQLite", () => {
  it("stores every table, person, item and link of the document", async () => {
    const { summary } = await importSeed();
    expect(summary).toMatchObject({ slug: "paris-2021", created: true, status: "PUBLISHED" });
    const f = await figures();
    expect(f).toMatchObject({ rencontres: 1, tables: 6, participations: 45, objectives: 18, consolidated: 6, examples: 29, ideas: 42, themes: 5, speakers: 6 });

    const tables = await db.table.findMany({
      orderBy: { number: "asc" },
      select: { number: true, _count: { select: { participations: true } }, items: { select: { kind: true } } },
    });
    expect(tables.map((t) => t._count.participations)).toEqual([8, 6, 9, 7, 8, 7]);
    expect(tables.map((t) => t.items.filter((i) => i.kind === "EXAMPLE").length)).toEqual([7, 6, 5, 3, 5, 3]);
    expect(tables.map((t) => t.items.filter((i) => i.kind === "IDEA").length)).toEqual([6, 8, 7, 5, 8, 8]);

    const speakers = await db.speaker.findMany({ orderBy: { position: "asc" }, select: { role: true, person: { select: { fullName: true } } } });
    expect(speakers.filter((s) => s.role === "MODERATOR").map((s) => s.person.fullName)).toEqual(["Sébastien Poulet-Goffard"]);
    expect(speakers.filter((s) => s.role === "PANELIST")).toHaveLength(5);
    // Laurence MARI sits on the panel and at table 3: one person.
    const mari = await db.person.findMany({ where: { nameKey: "laurence mari" }, select: { _count: { select: { participations: true, speakers: true } } } });
    expect(mari).toEqual([{ _count: { participations: 1, speakers: 1 } }]);
  });

  it("makes one organisation of Tirelires d'Avenir and Tirelires d'avenir, and none of a status", async () => {
    await importSeed();
    const tirelires = await db.organisation.findMany({ where: { nameKey: { startsWith: "tirelires" } }, select: { name: true, _count: { select: { participations: true } } } });
    expect(tirelires).toEqual([{ name: "Tirelires d'Avenir", _count: { participations: 2 } }]);
    const names = (await db.organisation.findMany({ select: { nameKey: true } })).map((o) => o.nameKey);
    expect(names.filter((n) => /creation|freelance|independant|recherche|^\+1$/.test(n))).toEqual([]);
    const statuses = await db.participation.findMany({ where: { statusLabel: { not: null } }, select: { statusLabel: true, organisationId: true } });
    expect(statuses).toHaveLength(5);
    expect(statuses.every((s) => s.organisationId === null)).toBe(true);
    const caracol = await db.organisation.findUniqueOrThrow({ where: { nameKey: "caracol" }, select: { kind: true, _count: { select: { participations: true, mentions: true } } } });
    expect(caracol).toEqual({ kind: "ASSOCIATION", _count: { participations: 2, mentions: 1 } });
    // The CGA is cited by its acronym in three items (tables 2 and 5).
    const cga = await db.organisation.findUniqueOrThrow({ where: { nameKey: "compagnie generale autres" }, select: { _count: { select: { mentions: true } } } });
    expect(cga._count.mentions).toBe(3);
  });

  it("tags the table ideas with the themes of the general synthesis", async () => {
    await importSeed();
    const ideasOf = async (theme: string) =>
      (
        await db.item.findMany({
          where: { themes: { some: { theme: { name: theme } } } },
          select: { plainText: true, table: { select: { number: true } } },
        })
      ).map((i) => `${i.table.number}: ${i.plainText}`);
    expect(await ideasOf("Lieux et espaces de rencontre")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^4: Des machines à café/), expect.stringMatching(/^2: Un système de PTCE spécifiquement/)]),
    );
    expect(await ideasOf("Apprentissage et formation")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2: Des unités d'enseignement/), expect.stringMatching(/^3: Des projets inter-écoles/), expect.stringMatching(/^1: Un stage de découverte terrain/)]),
    );
    expect(await ideasOf("Communication et valorisation")).toEqual(expect.arrayContaining([expect.stringMatching(/^6: .*vocabulaire commun/), expect.stringMatching(/^3: .*séries/)]));
    expect(await ideasOf("Dispositions législatives")).toEqual(expect.arrayContaining([expect.stringMatching(/^5: Un devoir d'alliance/)]));
    // The document's "Instances et outils tierces … monde du travail social" is one theme, whatever its spelling.
    expect(await ideasOf("Instances et outils tierces entre l'ESS et le monde du travail social")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^1: Un observatoire des bonnes pratiques/), expect.stringMatching(/^2: Un observatoire territorial/)]),
    );
    const related = await db.itemRelation.findMany({ select: { from: { select: { plainText: true } }, to: { select: { plainText: true } } } });
    expect(related.some((r) => /Vis ma vie/.test(r.from.plainText) && /Vis ma vie/.test(r.to.plainText))).toBe(true);
  });

  it("updates rather than duplicates when the same document is imported again, keeping the ideas' follow-up", async () => {
    await importSeed();
    const before = await figures();
    const idea = await db.item.findFirstOrThrow({ where: { kind: "IDEA", plainText: { startsWith: "Des machines à café" } }, select: { id: true } });
    await db.item.update({ where: { id: idea.id }, data: { status: "EN_COURS", notes: { create: { date: new Date("2022-03-01"), text: "Essai au CEDIAS", status: "EN_COURS" } } } });

    const again = await importSeed();
    expect(again.summary.created).toBe(false);
    expect(await figures()).toEqual(before);
    const after = await db.item.findFirstOrThrow({
      where: { kind: "IDEA", plainText: { startsWith: "Des machines à café" } },
      select: { status: true, notes: { select: { text: true } } },
    });
    expect(after).toEqual({ status: "EN_COURS", notes: [{ text: "Essai au CEDIAS" }] });
  });

  it("writes nothing when the document cannot be read", async () => {
    const binary = await importCompteRendu(actor, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    expect(binary).toMatchObject({ ok: false, error: expect.stringMatching(/n'est pas un document Word \(\.docx\) lisible/) });
    const png = await importCompteRendu(actor, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(png).toMatchObject({ ok: false, error: expect.stringMatching(/binaire/) });
    const random = await importCompteRendu(actor, Buffer.from("Ceci n'est pas un compte rendu.\n\nJuste du texte."));
    expect(random).toMatchObject({ ok: false, error: expect.stringMatching(/^Aucune table trouvée/) });
    expect(await figures()).toMatchObject({ rencontres: 0, tables: 0, organisations: 0, people: 0 });
  });

  it("leaves the database as it was when a write fails halfway", async () => {
    await importSeed();
    const before = await figures();
    const parsed = parseCompteRendu(seedBytes.toString("utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    // A relation to an item that does not exist fails after tables and items were written.
    const broken: CompteRendu = {
      ...parsed.data,
      date: "2022-06-01",
      relations: [[{ table: 1, kind: "IDEA", index: 0 }, { table: 1, kind: "IDEA", index: 99 }]],
    };
    await expect(storeCompteRendu(actor, broken, { referenceOrganisations })).rejects.toThrow();
    expect(await figures()).toEqual(before);
  });
});
