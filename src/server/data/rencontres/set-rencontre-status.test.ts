import { beforeEach, describe, expect, it, vi } from "vitest";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { findAuditEntries } from "@/server/data/audit/find-audit-entries";
import { createUser } from "@/server/data/users/create-user";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { findEditableRencontres } from "./find-editable-rencontres";
import { setRencontreStatus } from "./set-rencontre-status";
import { user } from "../../../../tests/helpers/users";

// Server actions read the request's headers: here, a request with no session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }) }));

let paris: { id: string; version: number };
let admin: Actor;
let rapporteur: Actor;

beforeEach(async () => {
  await seedParis2021();
  paris = await db.rencontre.findFirstOrThrow({ select: { id: true, version: true } });
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
});

describe("publishing", () => {
  it("lets an admin unpublish and publish, with the audit log telling who did it", async () => {
    await setRencontreStatus(admin, { id: paris.id, status: "DRAFT", version: paris.version });
    expect(await db.rencontre.findUniqueOrThrow({ where: { id: paris.id }, select: { status: true, version: true } })).toEqual({ status: "DRAFT", version: paris.version + 1 });
    const log = await findAuditEntries(admin, { rencontreId: paris.id });
    expect(log.entries[0]).toMatchObject({ actorLabel: "orga@example.org", action: "UNPUBLISH" });
    expect(log.entries.map((e) => e.action)).toContain("IMPORT");
  });

  it("refuses a rapporteur, and a stale copy, without changing anything", async () => {
    await expect(setRencontreStatus(rapporteur, { id: paris.id, status: "DRAFT", version: paris.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setRencontreStatus(admin, { id: paris.id, status: "DRAFT", version: paris.version - 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setRencontreStatus(admin, { id: "inconnue", status: "DRAFT", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.rencontre.findUniqueOrThrow({ where: { id: paris.id }, select: { status: true } })).status).toBe("PUBLISHED");
    await expect(findAuditEntries(rapporteur, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a rapporteur only the rencontres they are invited to", async () => {
    expect(await findEditableRencontres(rapporteur)).toEqual([]);
    await db.rencontreEditor.create({ data: { rencontreId: paris.id, userId: (rapporteur as { id: string }).id } });
    expect((await findEditableRencontres(rapporteur)).map((r) => r.id)).toEqual([paris.id]);
    expect(await findEditableRencontres(admin)).toHaveLength(1);
  });

  it("refuses the publishing action without a session, whatever the form says", async () => {
    const { setStatusAction } = await import("@/app/admin/actions");
    const form = new FormData();
    form.set("id", paris.id);
    form.set("status", "DRAFT");
    form.set("version", String(paris.version));
    expect(await setStatusAction({ ok: false }, form)).toMatchObject({ ok: false, message: "Votre session a expiré : reconnectez-vous dans un autre onglet, puis enregistrez de nouveau." });
    expect((await db.rencontre.findUniqueOrThrow({ where: { id: paris.id }, select: { status: true } })).status).toBe("PUBLISHED");
  });
});

describe("accounts", () => {
  it("refuses a second account with the same email, and a rapporteur creating accounts", async () => {
    await expect(createUser(systemActor("test"), { email: "ORGA@example.org", name: "Autre", role: "ADMIN", password: "encore un mot de passe" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createUser(rapporteur, { email: "x@example.org", name: "X", role: "ADMIN", password: "encore un mot de passe" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stored = await db.account.findFirstOrThrow({ where: { user: { email: "orga@example.org" } }, select: { password: true } });
    expect(stored.password).not.toContain("un mot de passe sûr");
  });
});
