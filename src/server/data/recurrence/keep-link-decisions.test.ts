import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { ItemLinkDecisionSchema } from "@/lib/schemas/item-link";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { importLyon2024 } from "../../../../tests/helpers/import-lyon";
import { SEED_FILE } from "../../../../tests/setup/paths";
import { decideItemLink } from "./decide-item-link";

let admin: Actor;

const importLyon = () => importLyon2024();
const reimportParis = async () => {
  const outcome = await importCompteRendu(systemActor("test"), readFileSync(SEED_FILE), { publish: true });
  if (!outcome.ok) throw new Error(outcome.error);
};

/** The pairs in a state, by their items' slugs (stable across a reimport), and the ItemRelation between them. */
async function pairs(state: "PROPOSED" | "CONFIRMED" | "REJECTED") {
  const links = await db.itemLink.findMany({ where: { state }, select: { fromId: true, toId: true, from: { select: { slug: true } }, to: { select: { slug: true } } } });
  const related = new Set((await db.itemRelation.findMany({ select: { fromId: true, toId: true } })).map((r) => `${r.fromId}|${r.toId}`));
  return links.map((l) => ({ slugs: [l.from.slug, l.to.slug].sort().join(" ↔ "), related: related.has(`${l.fromId}|${l.toId}`) }));
}

/** The proposed pair whose texts start with these words, by ids and slugs. */
async function proposed(lyon: string, paris: string) {
  const side = (p: string) => ({ plainText: { startsWith: p } });
  const link = await db.itemLink.findFirstOrThrow({
    where: { state: "PROPOSED", OR: [{ from: side(lyon), to: side(paris) }, { from: side(paris), to: side(lyon) }] },
    select: { fromId: true, toId: true, from: { select: { slug: true } }, to: { select: { slug: true } } },
  });
  return { pair: { fromId: link.fromId, toId: link.toId }, slugs: [link.from.slug, link.to.slug].sort().join(" ↔ ") };
}

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  await importLyon();
});

describe("a reimport keeps the rapprochements decided", () => {
  it("carries confirmed and rejected pairs over to the new copies of both rencontres, and never proposes a rejected pair again", async () => {
    const observatory = await proposed("Un observatoire qui", "Un observatoire des bonnes");
    const internships = await proposed("Des stages de découverte", "Un stage de découverte");
    await decideItemLink(admin, ItemLinkDecisionSchema.parse({ ...observatory.pair, decision: "confirmer" }));
    await decideItemLink(admin, ItemLinkDecisionSchema.parse({ ...internships.pair, decision: "rejeter" }));
    const before = { confirmed: await pairs("CONFIRMED"), rejected: await pairs("REJECTED") };
    expect(before.confirmed).toEqual([{ slugs: observatory.slugs, related: true }]);
    expect(before.rejected).toEqual([{ slugs: internships.slugs, related: false }]);

    // Each import deletes the rencontre's items and writes them again under new ids.
    await importLyon();
    await reimportParis();
    const oldIds = [observatory.pair.fromId, observatory.pair.toId, internships.pair.fromId, internships.pair.toId];
    expect(await db.item.count({ where: { id: { in: oldIds } } })).toBe(0);

    expect(await pairs("CONFIRMED")).toEqual(before.confirmed);
    expect(await pairs("REJECTED")).toEqual(before.rejected);
    expect((await pairs("PROPOSED")).map((p) => p.slugs)).not.toContain(internships.slugs);
    expect((await pairs("PROPOSED")).map((p) => p.slugs)).not.toContain(observatory.slugs);
    // The reworded pairs not yet decided are proposed again.
    expect(await proposed("Des rendez-vous « Vis", 'Des rendez-vous "Vis ma')).toBeTruthy();
  });
});
