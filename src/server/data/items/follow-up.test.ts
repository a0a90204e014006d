import { beforeEach, describe, expect, it } from "vitest";
import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { getTable } from "@/server/data/tables/get-table";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { addFollowUp, deleteFollowUpNote, getIdeaForFollowUp } from "./follow-up";
import { user } from "../../../../tests/helpers/users";

let admin: Actor;
let rapporteur: Actor;
let parisId: string;
/** The first idea of table 3 in Paris. */
let ideaId: string;

beforeEach(async () => {
  await seedParis2021();
  parisId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
  ideaId = (await db.item.findFirstOrThrow({ where: { kind: "IDEA", table: { number: 3 } }, orderBy: { position: "asc" }, select: { id: true } })).id;
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
  const bordeauxId = (
    await createRencontre(admin, { title: "Grande Rencontre de Bordeaux", city: "Bordeaux", date: "2024-03-14", territory: null, venueName: null, introduction: "", studyTitle: null, study: "", roundTableText: "", workshopFormat: "", closingText: "" })
  ).id;
  await setRencontreEditor(admin, bordeauxId, "rapporteur@example.org", true);
});

describe("addFollowUp", () => {
  it("sets the status and adds a dated note that the public table page shows", async () => {
    const idea = (await getIdeaForFollowUp(admin, ideaId))!;
    expect([idea.status, idea.table.number, idea.notes]).toEqual(["PROPOSEE", 3, []]);
    const input = FollowUpSchema.parse({ status: "EN_COURS", date: "2022-03-01", text: "Premier rendez-vous organisé.", version: String(idea.version) });
    expect(await addFollowUp(admin, ideaId, input)).toEqual({ version: idea.version + 1 });
    await addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "REALISEE", date: "2023-01-15", text: "Trois rendez-vous par an.", version: idea.version + 1 }));
    const shown = (await getTable("paris-2021", 3))!.ideas.find((i) => i.id === ideaId)!;
    expect(shown.status).toBe("REALISEE");
    expect(shown.notes.map((n) => [n.date.toISOString().slice(0, 10), n.status, n.text])).toEqual([
      ["2022-03-01", "EN_COURS", "Premier rendez-vous organisé."],
      ["2023-01-15", "REALISEE", "Trois rendez-vous par an."],
    ]);
    // The admin page lists the newest note first.
    expect((await getIdeaForFollowUp(admin, ideaId))!.notes.map((n) => n.text)).toEqual(["Trois rendez-vous par an.", "Premier rendez-vous organisé."]);
    // Each change is kept with its day and author, for the organisers' page.
    expect((await getIdeaForFollowUp(admin, ideaId))!.statusChanges.map((c) => [c.changedAt.toISOString().slice(0, 10), c.status, c.author?.email])).toEqual([
      ["2023-01-15", "REALISEE", "orga@example.org"],
      ["2022-03-01", "EN_COURS", "orga@example.org"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: ideaId }, orderBy: { at: "asc" }, select: { action: true, rencontreId: true, summary: true } });
    expect(audit).toMatchObject({ action: "UPDATE", rencontreId: parisId });
    expect(audit.summary).toContain("En cours");
  });

  it("changes the status alone without a note, and refuses a form that changes nothing", async () => {
    const { version } = (await getIdeaForFollowUp(admin, ideaId))!;
    await addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "ABANDONNEE", date: "", text: "", version }));
    const idea = (await getIdeaForFollowUp(admin, ideaId))!;
    expect([idea.status, idea.notes]).toEqual(["ABANDONNEE", []]);
    await expect(addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "ABANDONNEE", version: idea.version }))).rejects.toMatchObject({ code: "INVALID", field: "text" });
  });

  it("refuses a stale version and writes nothing", async () => {
    const { version } = (await getIdeaForFollowUp(admin, ideaId))!;
    await addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "EN_COURS", version }));
    await expect(addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "REALISEE", date: "2022-01-01", text: "Trop tard", version }))).rejects.toMatchObject({ code: "CONFLICT" });
    const idea = (await getIdeaForFollowUp(admin, ideaId))!;
    expect([idea.status, idea.notes, idea.version]).toEqual(["EN_COURS", [], version + 1]);
  });

  it("lets an invited rapporteur follow up, and treats other rencontres' ideas as missing", async () => {
    expect(await getIdeaForFollowUp(rapporteur, ideaId)).toBeNull();
    await expect(addFollowUp(rapporteur, ideaId, FollowUpSchema.parse({ status: "EN_COURS", version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getIdeaForFollowUp(admin, ideaId))!.status).toBe("PROPOSEE");
    await setRencontreEditor(admin, parisId, "rapporteur@example.org", true);
    const { version } = (await getIdeaForFollowUp(rapporteur, ideaId))!;
    await addFollowUp(rapporteur, ideaId, FollowUpSchema.parse({ status: "EN_COURS", date: "2022-02-02", text: "Lancée.", version }));
    expect((await getIdeaForFollowUp(admin, ideaId))!.status).toBe("EN_COURS");
    // An example is not an idea: no follow-up.
    const example = await db.item.findFirstOrThrow({ where: { kind: "EXAMPLE" }, select: { id: true } });
    expect(await getIdeaForFollowUp(admin, example.id)).toBeNull();
    await expect(addFollowUp(admin, example.id, FollowUpSchema.parse({ status: "EN_COURS", version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deleteFollowUpNote", () => {
  it("deletes a note for admins only", async () => {
    await setRencontreEditor(admin, parisId, "rapporteur@example.org", true);
    const { version } = (await getIdeaForFollowUp(admin, ideaId))!;
    await addFollowUp(admin, ideaId, FollowUpSchema.parse({ status: "EN_COURS", date: "2022-02-02", text: "Une note.", version }));
    const note = (await getIdeaForFollowUp(admin, ideaId))!.notes[0]!;
    await expect(deleteFollowUpNote(rapporteur, note.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await deleteFollowUpNote(admin, note.id)).toEqual({ itemId: ideaId });
    const idea = (await getIdeaForFollowUp(admin, ideaId))!;
    expect([idea.status, idea.notes]).toEqual(["EN_COURS", []]);
    await expect(deleteFollowUpNote(admin, note.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("FollowUpSchema", () => {
  it("checks the date and the text in French", () => {
    const errors = (input: Record<string, unknown>) => FollowUpSchema.safeParse({ status: "EN_COURS", version: "1", ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors({ date: "2030-01-01", text: "x" })).toEqual([["date", "La date ne peut pas être dans le futur."]]);
    expect(errors({ date: "2022-02-30", text: "x" })).toEqual([["date", "Date invalide (jour/mois/année)."]]);
    expect(errors({ date: "", text: "Une note" })).toEqual([["date", "Indiquez la date de la note."]]);
    expect(errors({ text: "x".repeat(2001), date: "2022-01-01" })).toEqual([["text", expect.stringMatching(/^2\s000 caractères au plus\.$/)]]);
    expect(errors({ status: "FINIE" })).toEqual([["status", "Choisissez un statut."]]);
    expect(errors({ date: new Date().toISOString().slice(0, 10), text: "Aujourd’hui" })).toBeUndefined();
  });
});
