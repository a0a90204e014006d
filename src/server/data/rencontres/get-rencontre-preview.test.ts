import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { getRencontre } from "./get-rencontre";
import { getRencontrePreview } from "./get-rencontre-preview";

let paris: { id: string; slug: string };
let admin: Actor;
let rapporteur: Actor;

beforeEach(async () => {
  await seedParis2021();
  paris = await db.rencontre.update({ where: { slug: "paris-2021" }, data: { status: "DRAFT" }, select: { id: true, slug: true } });
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
});

describe("the draft preview", () => {
  it("shows a draft's whole public page to an admin, and the public read still finds nothing", async () => {
    const preview = await getRencontrePreview(admin, paris.id);
    expect(preview).toMatchObject({ slug: "paris-2021", isPublished: false });
    expect(preview!.tables.length).toBeGreaterThan(5);
    expect(preview!.tables[0]!.ideas.length).toBeGreaterThan(0);
    expect(await getRencontre(paris.slug)).toBeNull();
  });

  it("gives a rapporteur only the rencontres they are invited to, and the same null for an unknown id", async () => {
    expect(await getRencontrePreview(rapporteur, paris.id)).toBeNull();
    expect(await getRencontrePreview(admin, "inconnue")).toBeNull();
    await db.rencontreEditor.create({ data: { rencontreId: paris.id, userId: (rapporteur as { id: string }).id } });
    expect(await getRencontrePreview(rapporteur, paris.id)).toMatchObject({ isPublished: false });
  });

  it("names hidden people « Participant·e », as the public page does", async () => {
    const person = await db.person.findFirstOrThrow({ where: { participations: { some: { table: { rencontreId: paris.id } } } }, select: { id: true, fullName: true } });
    await db.person.update({ where: { id: person.id }, data: { visibility: "HIDDEN" } });
    const names = (await getRencontrePreview(admin, paris.id))!.tables.flatMap((t) => t.participants.map((p) => p.name));
    expect(names).not.toContain(person.fullName);
    expect(names).toContain("Participant·e");
  });
});
