import { beforeEach, describe, expect, it } from "vitest";
import { ItemLinkDecisionSchema } from "@/lib/schemas/item-link";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { recurrenceSpread } from "@/lib/items/recurrence-spread";
import { getItemPage } from "@/server/data/items/get-item-page";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { decideItemLink } from "./decide-item-link";
import { findItemLinkProposals } from "./find-item-link-proposals";
import { importLyon2024 } from "../../../../tests/helpers/import-lyon";

let admin: Actor;
let lyonId: string;

/** The proposed pair of the Lyon idea starting with `lyon` and the Paris idea starting with `paris`. */
async function pairOf(lyon: string, paris: string) {
  const { links } = await findItemLinkProposals(admin, 1);
  const link = links.find((l) =>
    [l.from, l.to].some((i) => i.rencontre.city === "Lyon" && i.plainText.startsWith(lyon)) && [l.from, l.to].some((i) => i.rencontre.city === "Paris" && i.plainText.startsWith(paris)),
  );
  if (!link) throw new Error(`No proposal for ${lyon} ↔ ${paris}`);
  const lyonSide = link.from.rencontre.city === "Lyon" ? link.from : link.to;
  const parisSide = lyonSide === link.from ? link.to : link.from;
  return { fromId: link.fromId, toId: link.toId, lyon: lyonSide, paris: parisSide };
}

const decide = (pair: { fromId: string; toId: string }, decision: string) => decideItemLink(admin, ItemLinkDecisionSchema.parse({ ...pair, decision }));

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  lyonId = await importLyon2024();
});

describe("decideItemLink", () => {
  it("lists the proposals best first with both texts, tables and rencontres, for organisers only", async () => {
    const { total, links } = await findItemLinkProposals(admin, 1);
    expect(total).toBeGreaterThanOrEqual(4);
    expect(links.map((l) => l.score)).toEqual([...links.map((l) => l.score)].sort((a, b) => b - a));
    const pair = await pairOf("Un observatoire qui", "Un observatoire des bonnes");
    expect([pair.lyon.table.number, pair.lyon.rencontre.status, pair.paris.table.number]).toEqual([1, "DRAFT", 1]);
    await expect(findItemLinkProposals(await user("rapporteur@example.org", "RAPPORTEUR"), 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideItemLink(await user("r2@example.org", "RAPPORTEUR"), { ...pair, decision: "rejeter" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("confirms a pair: audited, linked on both public pages once the draft is published, and no longer proposed", async () => {
    const pair = await pairOf("Un observatoire qui", "Un observatoire des bonnes");
    expect(await decide(pair, "confirmer")).toEqual({ confirmed: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "ItemLink" }, select: { action: true, summary: true, actorLabel: true } });
    expect(audit).toMatchObject({ action: "UPDATE", actorLabel: "orga@example.org" });
    expect(audit.summary).toMatch(/^Rapprochement confirmé : « .*Un observatoire qui répertorie/);
    expect((await findItemLinkProposals(admin, 1)).links.some((l) => l.fromId === pair.fromId && l.toId === pair.toId)).toBe(false);
    // While Lyon is a draft, the Paris page shows nothing of it.
    const parisPage = () => getItemPage("IDEA", pair.paris.slug!);
    const draftTime = (await parisPage())!;
    expect(draftTime.related.map((r) => r.rencontre.city)).not.toContain("Lyon");
    expect(recurrenceSpread("IDEA", { rencontre: draftTime.rencontre, table: draftTime.table.number }, draftTime.related) ?? "").not.toContain("2 rencontres");
    const { version } = await db.rencontre.findUniqueOrThrow({ where: { id: lyonId }, select: { version: true } });
    await setRencontreStatus(admin, { id: lyonId, status: "PUBLISHED", version });
    expect((await parisPage())!.related.filter((r) => r.rencontre.city === "Lyon").map((r) => r.slug)).toEqual([pair.lyon.slug]);
    expect((await getItemPage("IDEA", pair.lyon.slug!))!.related.map((r) => r.slug)).toContain(pair.paris.slug);
    // What both pages say under « Aussi évoquée ».
    for (const slug of [pair.paris.slug!, pair.lyon.slug!]) {
      const page = (await getItemPage("IDEA", slug))!;
      expect(recurrenceSpread("IDEA", { rencontre: page.rencontre, table: page.table.number }, page.related)).toMatch(/^Évoquée dans 2 rencontres, \d tables$/);
    }
    await expect(decide(pair, "rejeter")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a pair: audited, never proposed again, and nothing public changes", async () => {
    const pair = await pairOf("Des stages de découverte", "Un stage de découverte");
    const version = (await db.catalogueState.findUnique({ where: { id: 1 }, select: { version: true } }))?.version;
    await decide(pair, "rejeter");
    expect((await db.catalogueState.findUnique({ where: { id: 1 }, select: { version: true } }))?.version).toBe(version);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityType: "ItemLink" }, select: { summary: true } })).summary).toContain("Rapprochement rejeté");
    expect(await db.itemRelation.count({ where: { fromId: pair.fromId, toId: pair.toId } })).toBe(0);
    expect((await findItemLinkProposals(admin, 1)).links.some((l) => l.fromId === pair.fromId && l.toId === pair.toId)).toBe(false);
  });

  it("confirms a family: the other proposals around the pair, joined through the synthesis links", async () => {
    // Paris links "Vis ma vie" at tables 3 and 5; Lyon's is proposed with both.
    const pair = await pairOf("Des rendez-vous « Vis", 'Des rendez-vous "Vis ma vie" entre TS et ES, sur');
    const other = await pairOf("Des rendez-vous « Vis", 'Des rendez-vous "Vis ma vie" entre TS et ES');
    expect(other.paris.id).not.toBe(pair.paris.id);
    const { confirmed } = await decide(pair, "famille");
    expect(confirmed).toBeGreaterThanOrEqual(2);
    expect(await db.itemLink.findUnique({ where: { fromId_toId: { fromId: other.fromId, toId: other.toId } }, select: { state: true } })).toEqual({ state: "CONFIRMED" });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityType: "ItemLink" }, select: { summary: true } })).summary).toContain("Famille confirmée");
  });
});
