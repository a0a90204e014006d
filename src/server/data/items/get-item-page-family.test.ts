import { beforeEach, describe, expect, it } from "vitest";
import { recurrenceSpread } from "@/lib/items/recurrence-spread";
import { ItemLinkDecisionSchema } from "@/lib/schemas/item-link";
import { db } from "@/server/db";
import { decideItemLink } from "@/server/data/recurrence/decide-item-link";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { importLyon2024 } from "../../../../tests/helpers/import-lyon";
import { getItemPage } from "./get-item-page";

const spread = async (slug: string) => {
  const page = (await getItemPage("IDEA", slug))!;
  return recurrenceSpread("IDEA", { rencontre: page.rencontre, table: page.table.number }, page.family);
};

beforeEach(async () => {
  await seedParis2021();
  await importLyon2024({ publish: true });
});

describe("the family an item page counts", () => {
  it("counts every table the idea's family reached, through the links of the items it is linked to", async () => {
    // Paris's "Vis ma vie", raised at tables 3, 5 and 6 (its synthesis links them).
    const side = (p: string) => ({ plainText: { startsWith: p } });
    const lyon = side("Des rendez-vous « Vis");
    const paris = side('Des rendez-vous "Vis ma');
    const link = await db.itemLink.findFirstOrThrow({
      where: { state: "PROPOSED", OR: [{ from: lyon, to: paris }, { from: paris, to: lyon }] },
      select: { fromId: true, toId: true, from: { select: { slug: true, rencontre: { select: { city: true } } } }, to: { select: { slug: true } } },
    });
    const [lyonSlug, parisSlug] = link.from.rencontre.city === "Lyon" ? [link.from.slug!, link.to.slug!] : [link.to.slug!, link.from.slug!];
    expect(await spread(parisSlug)).toBe("Évoquée dans 1 rencontre, 3 tables");
    await decideItemLink(await user("orga@example.org", "ADMIN"), ItemLinkDecisionSchema.parse({ fromId: link.fromId, toId: link.toId, decision: "confirmer" }));
    expect(await spread(parisSlug)).toBe("Évoquée dans 2 rencontres, 4 tables");
    // Lyon's idea is linked to one Paris table only, and its family reaches the two others too.
    const lyonPage = (await getItemPage("IDEA", lyonSlug))!;
    expect(lyonPage.related).toHaveLength(1);
    expect(lyonPage.family.map((p) => `${p.rencontre.slug} ${p.table}`).sort()).toEqual(["paris-2021 3", "paris-2021 5", "paris-2021 6"]);
    expect(await spread(lyonSlug)).toBe("Évoquée dans 2 rencontres, 4 tables");
  });
});
