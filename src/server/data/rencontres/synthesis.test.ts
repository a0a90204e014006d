import { beforeEach, describe, expect, it } from "vitest";
import { SynthesisFormSchema, type SynthesisFormInput } from "@/lib/schemas/synthesis-form";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { createUser } from "@/server/data/users/create-user";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { getSynthesisForEdit, updateSynthesis } from "./synthesis";

const admin = systemActor("test");
let parisId: string;

/** The form as it would be sent back unchanged. */
async function formOf(): Promise<SynthesisFormInput> {
  const s = (await getSynthesisForEdit(admin, parisId))!;
  return SynthesisFormSchema.parse({ ...s, themeGroups: s.themeGroups.map((g) => ({ id: g.id, theme: g.theme, entries: g.entries })) });
}

const linkCount = () => db.synthesisEntryItem.count({ where: { entry: { group: { rencontreId: parisId, section: "IDEAS_BY_THEME" } } } });

beforeEach(async () => {
  await seedParis2021();
  parisId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
});

describe("updateSynthesis", () => {
  it("reads the Paris round table and synthesis, and saves them back unchanged without losing a link", async () => {
    const form = await formOf();
    expect(form.speakers.filter((s) => s.role === "MODERATOR")).toHaveLength(1);
    expect(form.speakers.filter((s) => s.role === "PANELIST")).toHaveLength(5);
    expect(form.consolidated).toHaveLength(6);
    expect(form.themeGroups).toHaveLength(5);
    const [links, objectiveLinks] = [await linkCount(), await db.objective.count({ where: { consolidatedObjectiveId: { not: null } } })];
    expect(links).toBeGreaterThan(0);
    await updateSynthesis(admin, parisId, form);
    expect(await formOf()).toEqual({ ...form, version: form.version + 1 });
    expect(await linkCount()).toBe(links);
    expect(await db.objective.count({ where: { consolidatedObjectiveId: { not: null } } })).toBe(objectiveLinks);
  });

  it("renames, removes and adds rows: kept rows keep their links, removed ones release them", async () => {
    const form = await formOf();
    const [first, ...others] = form.consolidated;
    const linkedToFirst = await db.objective.count({ where: { consolidatedObjectiveId: first!.id } });
    const removed = others.at(-1)!;
    const linkedToRemoved = await db.objective.count({ where: { consolidatedObjectiveId: removed.id } });
    const group = form.themeGroups[0]!;
    const groupLinks = await db.synthesisEntryItem.count({ where: { entry: { groupId: group.id! } } });
    await updateSynthesis(admin, parisId, {
      ...form,
      speakers: [...form.speakers, { name: "Camille NOUVELLE", organisation: "Une Association Toute Neuve", role: "PANELIST" }],
      consolidated: [{ ...first!, text: "Se connaître (reformulé)" }, ...others.slice(0, -1), { id: null, text: "Un septième objectif" }],
      themeGroups: [{ ...group, entries: [...group.entries.slice(1), "Une nouvelle piste de synthèse"] }, ...form.themeGroups.slice(1)],
    });
    const after = await formOf();
    expect(after.consolidated.map((c) => c.text)).toContain("Se connaître (reformulé)");
    expect(await db.objective.count({ where: { consolidatedObjectiveId: first!.id } })).toBe(linkedToFirst);
    expect(await db.objective.count({ where: { consolidatedObjectiveId: removed.id } })).toBe(0);
    expect(linkedToRemoved + linkedToFirst).toBeGreaterThan(0);
    expect(after.speakers.at(-1)).toEqual({ name: "Camille NOUVELLE", organisation: "Une Association Toute Neuve", role: "PANELIST" });
    // The first line went (and its links with it); the others kept theirs; the new one has none.
    const remaining = await db.synthesisEntryItem.count({ where: { entry: { groupId: group.id! } } });
    expect(remaining).toBeLessThan(groupLinks);
    expect(remaining).toBeGreaterThan(0);
    expect(after.themeGroups[0]!.entries.at(-1)).toBe("Une nouvelle piste de synthèse");
  });

  it("refuses a stale copy, a person twice in one role and a rapporteur, writing nothing", async () => {
    const form = await formOf();
    await updateSynthesis(admin, parisId, form);
    const snapshot = await getSynthesisForEdit(admin, parisId);
    await expect(updateSynthesis(admin, parisId, { ...form, consolidated: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    const current = await formOf();
    await expect(
      updateSynthesis(admin, parisId, { ...current, consolidated: [], speakers: [...current.speakers, { ...current.speakers[1]!, organisation: null }] }),
    ).rejects.toMatchObject({ code: "INVALID", field: `speakers.${current.speakers.length}.name` });
    const u = await createUser(admin, { email: "r@example.org", name: "R", role: "RAPPORTEUR", password: "un mot de passe sûr" });
    const rapporteur: Actor = { kind: "user", id: u.id, role: "RAPPORTEUR", email: u.email };
    await expect(updateSynthesis(rapporteur, parisId, { ...current, consolidated: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getSynthesisForEdit(admin, parisId)).toEqual(snapshot);
  });

  it("the schema refuses a theme chosen twice and an empty group, next to their fields", () => {
    const result = SynthesisFormSchema.safeParse({
      version: "1",
      themeGroups: [
        { theme: "t1", entries: "- une piste" },
        { theme: "t1", entries: "autre" },
        { theme: "t2", entries: "  \n - " },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual([
      ["themeGroups.2.entries", "Au moins une piste, une par ligne (ou retirez le groupe)."],
      ["themeGroups.1.theme", "Ce thème a déjà un groupe plus haut."],
    ]);
  });
});
