import { beforeEach, describe, expect, it } from "vitest";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { deleteTable } from "@/server/data/tables/delete-table";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { createRencontre } from "./create-rencontre";
import { deleteRencontre } from "./delete-rencontre";

const admin = systemActor("test");

beforeEach(async () => {
  await seedParis2021();
});

describe("deleting", () => {
  it("refuses a published rencontre and a stale copy; deletes a draft with everything in it, and keeps the audit trail", async () => {
    const paris = await db.rencontre.findFirstOrThrow({ select: { id: true, version: true } });
    await expect(deleteRencontre(admin, paris.id, paris.version)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("retirez-la de la publication") });
    const draft = await createRencontre(admin, { title: "Lille", city: "Lille", date: null, territory: null, venueName: null, introduction: "", studyTitle: null, study: "", roundTableText: "", workshopFormat: "", closingText: "" });
    await expect(deleteRencontre(admin, draft.id, 7)).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteRencontre(admin, draft.id, 1);
    expect(await db.rencontre.count()).toBe(1);
    expect(await db.auditLog.count({ where: { rencontreId: draft.id, action: "DELETE" } })).toBe(1);
  });

  it("deletes a table with its items, and the catalogue forgets them at once", async () => {
    const table = await db.table.findFirstOrThrow({ where: { number: 3 }, select: { id: true, version: true, _count: { select: { items: true } } } });
    const before = await db.item.count();
    await expect(deleteTable(admin, table.id, table.version + 1)).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteTable(admin, table.id, table.version);
    expect(await db.item.count()).toBe(before - table._count.items);
    expect(await db.table.count()).toBe(5);
  });
});
