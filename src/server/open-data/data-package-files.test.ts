import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Package, validate } from "datapackage";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RESOURCE_NAMES } from "@/lib/open-data/data-package";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { publicOrganisationWhere } from "@/server/data/organisations/public-organisation-where";
import { erasePerson } from "@/server/data/people/erase-person";
import { parseCsv } from "../../../tests/helpers/csv";
import { seedParis2021 } from "../../../tests/helpers/seed";
import { GET } from "../../app/donnees/[fichier]/route";
import { ensureDataPackage } from "./data-package-files";

let dir: string;
let hiddenName: string;
let erasedName: string;
const DRAFT_TEXT = "Une piste secrète du brouillon";

async function file(name: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost:3000/donnees/${name}`, { headers }), { params: Promise.resolve({ fichier: name }) });
}

const rowsOf = (csv: string) => parseCsv(csv, ",").slice(1);

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "donnees-"));
  process.env.RENCONTRES_OPEN_DATA_DIR = dir;
  await seedParis2021();
  // A hidden person, an erased one, a follow-up note, and a draft with its own table, idea and
  // participant: the draft must appear nowhere, nor the erased person, nor the hidden one's name.
  const seated = await db.participation.findMany({
    where: { organisationId: { not: null } },
    orderBy: { id: "asc" },
    take: 2,
    select: { person: true },
  });
  const [hidden, erased] = seated.map((p) => p.person);
  await db.person.update({ where: { id: hidden!.id }, data: { visibility: "HIDDEN" } });
  hiddenName = hidden!.fullName;
  erasedName = erased!.fullName;
  await erasePerson(systemActor("test"), erased!.id);
  const idea = await db.item.findFirstOrThrow({ where: { kind: "IDEA" }, orderBy: { id: "asc" }, select: { id: true } });
  await db.followUpNote.create({
    data: { itemId: idea.id, date: new Date("2022-03-01"), status: "EN_COURS", text: "Premier « rendez-vous », à Paris" },
  });
  const draft = await db.rencontre.create({
    data: { slug: "brouillon-lyon", title: "Brouillon", city: "Lyon", cityKey: "lyon", date: new Date("2026-03-01") },
  });
  const table = await db.table.create({ data: { rencontreId: draft.id, number: 1 } });
  const draftItem = await db.item.create({
    data: { kind: "IDEA", rencontreId: draft.id, tableId: table.id, text: DRAFT_TEXT, plainText: DRAFT_TEXT, searchText: "secrete", position: 0 },
  });
  await db.itemRelation.create({ data: { fromId: idea.id, toId: draftItem.id } });
  const secret = await db.person.create({ data: { lastName: "Secret", fullName: "Alix Secret", nameKey: "alix secret" } });
  await db.participation.create({ data: { tableId: table.id, personId: secret.id, position: 0 } });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.RENCONTRES_OPEN_DATA_DIR;
});

describe("the data package of /donnees", () => {
  it("validates with Frictionless Data's library, descriptor and every resource against its Table Schema and foreign keys", async () => {
    const { dir: packageDir } = await ensureDataPackage();
    const descriptor = JSON.parse(readFileSync(path.join(packageDir, "datapackage.json"), "utf8")) as {
      licenses: { name: string; title: string }[];
      resources: { name: string; path: string; bytes: number; hash: string }[];
    };
    expect(await validate(descriptor)).toMatchObject({ valid: true, errors: [] });
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: "etalab-2.0", title: "Licence Ouverte / Open Licence 2.0" })]);
    const dataPackage = await Package.load(path.join(packageDir, "datapackage.json"), { basePath: packageDir, strict: true });
    expect(dataPackage.errors).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.resources.map((r) => r.name)).toEqual([...RESOURCE_NAMES]);
    for (const resource of dataPackage.resources) {
      // Casts every cell to its field's type and checks constraints, primary and foreign keys.
      await expect(resource.read({ keyed: true, relations: true }), resource.name).resolves.toBeDefined();
    }
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(path.join(packageDir, resource.path));
      expect([bytes.length, `sha256:${createHash("sha256").update(bytes).digest("hex")}`]).toEqual([resource.bytes, resource.hash]);
    }
  });

  it("would be refused by the same check with a dangling link or a cell of the wrong type", async () => {
    const { dir: packageDir } = await ensureDataPackage();
    appendFileSync(path.join(packageDir, "items-lies.csv"), "inconnu,inconnu-aussi\r\n");
    appendFileSync(path.join(packageDir, "tables.csv"), "t-x,inconnue,pas-un-nombre,,\r\n");
    const dataPackage = await Package.load(path.join(packageDir, "datapackage.json"), { basePath: packageDir });
    const resource = (name: string) => dataPackage.resources.find((r) => r.name === name)!;
    await expect(resource("items-lies").read({ relations: true })).rejects.toThrow(/foreign key/i);
    await expect(resource("tables").read({ relations: true })).rejects.toThrow(/type and format mismatch/i);
  });

  it("holds as many rows as the database has published records, drafts and erased people left out, hidden people as « Participant·e »", async () => {
    const read = async (name: string) => rowsOf(await (await file(`${name}.csv`)).text());
    const published = { status: "PUBLISHED" as const };
    const counts = {
      rencontres: await db.rencontre.count({ where: published }),
      tables: await db.table.count({ where: { rencontre: published } }),
      participations:
        (await db.participation.count({ where: { table: { rencontre: published } } })) +
        (await db.speaker.count({ where: { rencontre: published } })),
      items: await db.item.count({ where: { rencontre: published } }),
      themes: await db.theme.count(),
      "items-themes": await db.itemTheme.count({ where: { item: { rencontre: published } } }),
      suivi: await db.followUpNote.count({ where: { item: { rencontre: published } } }),
      "items-lies": await db.itemRelation.count({ where: { from: { rencontre: published }, to: { rencontre: published } } }),
      organisations: await db.organisation.count({ where: publicOrganisationWhere }),
      "rencontres-organisations": await db.rencontreOrganisation.count({ where: { rencontre: published } }),
      "items-mentions": await db.itemMention.count({ where: { item: { rencontre: published } } }),
    };
    expect(counts).toMatchObject({ rencontres: 1, tables: 6, items: 29 + 42, suivi: 1, "rencontres-organisations": 8 });
    expect(counts.organisations).toBeGreaterThan(20);
    for (const [name, count] of Object.entries(counts)) expect([name, (await read(name)).length]).toEqual([name, count]);

    const participations = await read("participations");
    expect(participations.filter((p) => p[3] === "table")).toHaveLength(45 - 1);
    const names = participations.map((p) => p[4]);
    expect(names).not.toContain(hiddenName);
    expect(names).not.toContain(erasedName);
    expect(names).not.toContain("Alix Secret");
    const hiddenRow = participations.find((p) => p[4] === "Participant·e")!;
    expect(hiddenRow[5]).not.toBe("");
    const all = (await Promise.all(RESOURCE_NAMES.map(async (name) => (await file(`${name}.csv`)).text()))).join("\n");
    for (const secret of [hiddenName, erasedName, "Alix Secret", DRAFT_TEXT, "brouillon-lyon"]) expect(all).not.toContain(secret);
    // Accents and quotes come back intact.
    expect((await read("suivi"))[0]!.slice(2)).toEqual(["2022-03-01", "En cours", "Premier « rendez-vous », à Paris"]);
  });

  it("is written once per catalogue version, and again after a change", async () => {
    const first = await file("datapackage.json");
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await file("datapackage.json", { "If-None-Match": etag })).status).toBe(304);
    const before = rowsOf(await (await file("items.csv")).text()).length;
    await db.item.deleteMany({ where: { kind: "EXAMPLE", rencontre: { status: "PUBLISHED" } } });
    // Written without a bump: the files of this version stay as they were.
    expect(rowsOf(await (await file("items.csv")).text())).toHaveLength(before);
    await db.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
    expect((await file("datapackage.json", { "If-None-Match": etag })).status).toBe(200);
    expect(rowsOf(await (await file("items.csv")).text())).toHaveLength(42);
    // Only the current version is kept.
    const state = await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } });
    expect(readdirSync(dir)).toEqual([`${state.version}-${state.updatedAt.getTime()}`]);
    expect((await file("personnes.csv")).status).toBe(404);
  });

  it("never serves the files written for another database at the same version (a reset test database, a restored backup)", async () => {
    expect(rowsOf(await (await file("items.csv")).text())).toHaveLength(71);
    const { version } = await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } });
    await db.item.deleteMany({ where: { kind: "EXAMPLE" } });
    // Same version number, reached at another time.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.catalogueState.update({ where: { id: 1 }, data: { version } });
    expect(rowsOf(await (await file("items.csv")).text())).toHaveLength(42);
  });
});
