import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { findAuditEntries } from "@/server/data/audit/find-audit-entries";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { getTable } from "@/server/data/tables/get-table";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { GET as exportRoute } from "../../../app/admin/personnes/[id]/export/route";
import { erasePerson } from "./erase-person";
import { exportPersonData } from "./export-person-data";
import { findPeopleForAdmin } from "./find-people-for-admin";
import { getPersonForAdmin } from "./get-person-for-admin";
import { setPersonVisibility } from "./set-person-visibility";
import { user } from "../../../../tests/helpers/users";
import { signedIn } from "../../../../tests/helpers/session";

// The export route reads the session itself: here, whoever the test says is signed in.
vi.mock("@/server/session", async (original) => (await import("../../../../tests/helpers/session")).mockSession(original));

let admin: Actor;
let rapporteur: Actor;
let parisId: string;
/** Laurence MARI: at table 3 (DGCS) and on the round table's panel. */
let laurenceId: string;

beforeEach(async () => {
  await seedParis2021();
  parisId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
  laurenceId = (await db.person.findFirstOrThrow({ where: { nameKey: "laurence mari" }, select: { id: true } })).id;
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
  // Even invited to Paris, a rapporteur has no access to people's records.
  await setRencontreEditor(admin, parisId, "rapporteur@example.org", true);
  signedIn.user = null;
});

describe("findPeopleForAdmin", () => {
  it("finds people by name whatever the accents and case, with their rencontres", async () => {
    const all = await findPeopleForAdmin(admin, {});
    expect(all.total).toBeGreaterThanOrEqual(45);
    expect(all.people).toHaveLength(Math.min(50, all.total));
    const found = await findPeopleForAdmin(admin, { q: "LAURENCE  marí" });
    expect(found.people.map((p) => p.fullName)).toEqual(["Laurence MARI"]);
    expect(found.people[0]!.rencontres.map((r) => r.city)).toEqual(["Paris"]);
    expect((await findPeopleForAdmin(admin, { q: "personne inconnue" })).total).toBe(0);
  });
});

describe("setPersonVisibility", () => {
  it("hides a name from the public pages, and records it without the name", async () => {
    const before = (await getPersonForAdmin(admin, laurenceId))!;
    expect(before.participations.map((p) => p.table.number)).toEqual([3]);
    expect(before.speakers.map((s) => s.role)).toEqual(["PANELIST"]);
    expect(await setPersonVisibility(admin, laurenceId, { visibility: "HIDDEN", version: before.version })).toEqual({ version: before.version + 1 });
    const table = (await getTable("paris-2021", 3))!;
    expect(table.participants.map((p) => p.name)).not.toContain("Laurence MARI");
    expect(table.participants).toContainEqual({ name: "Participant·e", organisation: { slug: "dgcs", name: "DGCS" }, status: null });
    expect(JSON.stringify(await getRencontre("paris-2021"))).not.toContain("Laurence MARI");
    const audit = await db.auditLog.findFirstOrThrow({ where: { personId: laurenceId }, select: { action: true, summary: true } });
    expect(audit.action).toBe("UPDATE");
    expect(audit.summary).not.toMatch(/laurence|mari\b/i);
    // The log's person filter names her for admins.
    const log = await findAuditEntries(admin, { personId: laurenceId });
    expect([log.total, log.person, log.people]).toEqual([1, { id: laurenceId, name: "Laurence MARI", exists: true }, [{ id: laurenceId, name: "Laurence MARI" }]]);
  });

  it("refuses a stale version and writes nothing", async () => {
    const { version } = (await getPersonForAdmin(admin, laurenceId))!;
    await setPersonVisibility(admin, laurenceId, { visibility: "HIDDEN", version });
    await expect(setPersonVisibility(admin, laurenceId, { visibility: "PUBLIC", version })).rejects.toMatchObject({ code: "CONFLICT" });
    const after = (await getPersonForAdmin(admin, laurenceId))!;
    expect([after.visibility, after.version]).toEqual(["HIDDEN", version + 1]);
    expect(await db.auditLog.count({ where: { personId: laurenceId } })).toBe(1);
  });

  it("refuses rapporteurs, and a missing person is NOT_FOUND", async () => {
    await expect(setPersonVisibility(rapporteur, laurenceId, { visibility: "HIDDEN", version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findPeopleForAdmin(rapporteur, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPersonForAdmin(rapporteur, laurenceId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportPersonData(rapporteur, laurenceId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(erasePerson(rapporteur, laurenceId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setPersonVisibility(admin, "absent", { visibility: "HIDDEN", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getPersonForAdmin(admin, laurenceId))!.visibility).toBe("PUBLIC");
    expect(await db.person.count({ where: { id: laurenceId } })).toBe(1);
    expect(await db.auditLog.count({ where: { personId: laurenceId } })).toBe(0);
  });
});

describe("exportPersonData", () => {
  it("gives everything held about a person as JSON, and records the export", async () => {
    const { version } = (await getPersonForAdmin(admin, laurenceId))!;
    await setPersonVisibility(admin, laurenceId, { visibility: "HIDDEN", version });
    const data = JSON.parse(JSON.stringify(await exportPersonData(admin, laurenceId)));
    expect(data.person).toMatchObject({ id: laurenceId, fullName: "Laurence MARI", visibility: "HIDDEN" });
    expect(data.participations).toEqual([
      { rencontre: expect.objectContaining({ city: "Paris", date: "2021-12-13", slug: "paris-2021" }), table: expect.objectContaining({ number: 3 }), organisation: "DGCS", status: null },
    ]);
    expect(data.speakerRoles).toEqual([expect.objectContaining({ role: "PANELIST" })]);
    expect(data.auditEntries.map((a: { action: string }) => a.action)).toEqual(["UPDATE", "EXPORT"]);
    expect(JSON.stringify(data)).not.toContain("orga@example.org");
  });

  it("is downloaded by admins only, never cached", async () => {
    const get = (id = laurenceId) => exportRoute(new Request(`http://localhost/admin/personnes/${id}/export`), { params: Promise.resolve({ id }) });
    for (const [user, status] of [[null, 401], [{ id: "r", email: "rapporteur@example.org", name: "R", role: "RAPPORTEUR" }, 403]] as const) {
      signedIn.user = user;
      const refused = await get();
      expect(refused.status).toBe(status);
      expect(refused.headers.get("cache-control")).toBe("no-store");
      expect(await refused.text()).not.toContain("MARI");
    }
    signedIn.user = { id: (admin as { id: string }).id, email: "orga@example.org", name: "Orga", role: "ADMIN" };
    expect((await get("absent")).status).toBe(404);
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="personne-/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()).participations).toHaveLength(1);
    expect(await db.auditLog.count({ where: { personId: laurenceId, action: "EXPORT" } })).toBe(1);
  });
});

describe("erasePerson", () => {
  it("deletes the person and every row about them, and the audit log keeps no name", async () => {
    const { version } = (await getTableForEdit(admin, parisId, { number: 3 }))!;
    expect(await erasePerson(admin, laurenceId)).toEqual({ participations: 1, speakers: 1 });
    expect(await db.person.count({ where: { id: laurenceId } })).toBe(0);
    expect(await db.participation.count({ where: { personId: laurenceId } })).toBe(0);
    expect(await db.speaker.count({ where: { personId: laurenceId } })).toBe(0);
    expect(await db.participation.count()).toBe(44);
    // A table form opened before the erasure cannot bring the person back.
    expect((await getTableForEdit(admin, parisId, { number: 3 }))!.version).toBe(version + 1);
    const table = (await getTable("paris-2021", 3))!;
    expect(table.participants).toHaveLength(8);
    expect(JSON.stringify(await getRencontre("paris-2021"))).not.toContain("Laurence MARI");
    const entries = await db.auditLog.findMany({ where: { personId: laurenceId }, select: { action: true, summary: true } });
    expect(entries).toEqual([{ action: "ERASE", summary: "Effacement d’une personne (1 participation, 1 intervention en table ronde)" }]);
    expect(JSON.stringify(await db.auditLog.findMany())).not.toMatch(/laurence|\bmari\b/i);
    const log = await findAuditEntries(admin, { personId: laurenceId });
    expect(log.entries).toHaveLength(1);
    expect(log.person).toEqual({ id: laurenceId, name: expect.stringMatching(/^Personne effacée/), exists: false });
    await expect(erasePerson(admin, laurenceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportPersonData(admin, laurenceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
