import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAccountAction } from "@/app/admin/comptes/actions";
import { AccountCreateSchema } from "@/lib/schemas/account-form";
import { systemActor, type Actor } from "@/server/actor";
import { getAuth } from "@/server/auth";
import { db } from "@/server/db";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { createAccount } from "./create-account";
import { deleteAccount } from "./delete-account";
import { findAccounts } from "./find-accounts";
import { setAccountRole } from "./set-account-role";
import { signOutEverywhere } from "./sign-out-everywhere";
import { user } from "../../../../tests/helpers/users";
import { signedIn } from "../../../../tests/helpers/session";

// The actions run as whoever `signedIn.user` says is signed in (null: no session).
vi.mock("@/server/session", async (original) => (await import("../../../../tests/helpers/session")).mockSession(original));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let admin: Actor & { kind: "user" };
let rapporteur: Actor & { kind: "user" };
let rencontreId: string;

async function openSession(userId: string, expiresInMs = 3_600_000) {
  const id = crypto.randomUUID();
  await db.session.create({ data: { id, token: `jeton-${id}`, userId, expiresAt: new Date(Date.now() + expiresInMs) } });
}

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityType: "User", entityId }, orderBy: { at: "asc" }, select: { action: true, summary: true, actorLabel: true } });

beforeEach(async () => {
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
  rencontreId = (await createRencontre(admin, { title: "Grande Rencontre de Bordeaux", city: "Bordeaux", date: "2024-03-14", territory: null, venueName: null, introduction: "", studyTitle: null, study: "", roundTableText: "", workshopFormat: "", closingText: "" })).id;
  await setRencontreEditor(admin, rencontreId, rapporteur.email, true);
  signedIn.user = null;
});

describe("account administration", () => {
  it("lists accounts, organisers first, with their invitations and open sessions only", async () => {
    await openSession(rapporteur.id);
    await openSession(rapporteur.id, -1000);
    const accounts = await findAccounts(admin);
    expect(accounts.map((a) => [a.email, a.role, a.activeSessions])).toEqual([
      ["orga@example.org", "ADMIN", 0],
      ["rapporteur@example.org", "RAPPORTEUR", 1],
    ]);
    expect(accounts[1]!.invitations).toEqual([{ id: rencontreId, city: "Bordeaux", date: new Date("2024-03-14T00:00:00Z") }]);
    expect(Object.keys(accounts[0]!).sort()).toEqual(["activeSessions", "createdAt", "email", "id", "invitations", "name", "role"]);
  });

  it("creates an account that can sign in, with its password hashed and kept out of the log", async () => {
    const input = AccountCreateSchema.parse({ name: " Camille ", email: " Camille@Example.ORG ", role: "RAPPORTEUR", password: "un autre mot de passe" });
    const created = await createAccount(admin, input);
    expect(created.email).toBe("camille@example.org");
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { name: true, role: true } })).toEqual({ name: "Camille", role: "RAPPORTEUR" });
    const { password } = await db.account.findFirstOrThrow({ where: { userId: created.id, providerId: "credential" }, select: { password: true } });
    expect(password).toBeTruthy();
    expect(password).not.toContain("un autre mot de passe");
    const ctx = await getAuth().$context;
    expect(await ctx.password.verify({ hash: password!, password: "un autre mot de passe" })).toBe(true);
    expect(await ctx.password.verify({ hash: password!, password: "un mauvais mot de passe" })).toBe(false);
    const audit = await auditOf(created.id);
    expect(audit).toEqual([{ action: "CREATE", summary: expect.stringContaining("camille@example.org"), actorLabel: "orga@example.org" }]);
    expect(audit[0]!.summary).not.toContain("mot de passe");
  });

  it("refuses an email already in use on the email field, whatever its case", async () => {
    const input = AccountCreateSchema.parse({ name: "Autre", email: "RAPPORTEUR@example.org", role: "ADMIN", password: "un autre mot de passe" });
    await expect(createAccount(admin, input)).rejects.toMatchObject({ code: "INVALID", field: "email" });
    expect(await db.user.count()).toBe(2);
  });

  it("refuses passwords shorter than the shared rule, and a missing role, in French", () => {
    const parsed = AccountCreateSchema.safeParse({ name: "X", email: "pas-une-adresse", password: "court" });
    expect(parsed.success).toBe(false);
    const fields = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toEqual({ email: "Adresse e-mail invalide.", role: "Choisissez un rôle.", password: "Au moins 10 caractères." });
  });

  it("promotes and demotes an account, with an audit entry naming its email", async () => {
    await setAccountRole(admin, rapporteur.id, "ADMIN");
    expect((await db.user.findUniqueOrThrow({ where: { id: rapporteur.id }, select: { role: true } })).role).toBe("ADMIN");
    await setAccountRole(admin, rapporteur.id, "RAPPORTEUR");
    // Unchanged: no audit entry.
    await setAccountRole(admin, rapporteur.id, "RAPPORTEUR");
    expect((await auditOf(rapporteur.id)).filter((e) => e.action === "UPDATE").map((e) => e.summary)).toEqual([
      "Rôle de rapporteur@example.org : rapporteur·e → organisateur·rice",
      "Rôle de rapporteur@example.org : organisateur·rice → rapporteur·e",
    ]);
    // Invitations survive a promotion and a demotion.
    expect(await db.rencontreEditor.count({ where: { userId: rapporteur.id } })).toBe(1);
  });

  it("keeps at least one organiser, and an organiser's own role", async () => {
    await expect(setAccountRole(admin, admin.id, "RAPPORTEUR")).rejects.toMatchObject({ code: "INVALID", field: "role" });
    await expect(setAccountRole(systemActor("cli"), admin.id, "RAPPORTEUR")).rejects.toMatchObject({ code: "INVALID", field: "role", message: expect.stringContaining("dernier compte organisateur") });
    await expect(deleteAccount(systemActor("cli"), admin.id)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("dernier compte organisateur") });
    await expect(deleteAccount(admin, admin.id)).rejects.toMatchObject({ code: "INVALID" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true } })).role).toBe("ADMIN");

    // With a second organiser, the first one may be demoted by them.
    const second = await user("second@example.org", "ADMIN");
    await setAccountRole(second, admin.id, "RAPPORTEUR");
    await expect(setAccountRole(second, second.id, "RAPPORTEUR")).rejects.toMatchObject({ code: "INVALID", field: "role" });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("deletes an account with its sessions, password and invitations; its audit entries lose the link only", async () => {
    await openSession(rapporteur.id);
    await db.auditLog.create({ data: { userId: rapporteur.id, actorLabel: rapporteur.email, action: "UPDATE", entityType: "Table", summary: "Table 1 enregistrée" } });
    expect(await deleteAccount(admin, rapporteur.id)).toEqual({ email: "rapporteur@example.org" });
    expect(await db.user.count({ where: { id: rapporteur.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: rapporteur.id } })).toBe(0);
    expect(await db.account.count({ where: { userId: rapporteur.id } })).toBe(0);
    expect(await db.rencontreEditor.count({ where: { rencontreId } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { summary: "Table 1 enregistrée" }, select: { userId: true, actorLabel: true } })).toEqual({ userId: null, actorLabel: "rapporteur@example.org" });
    expect((await auditOf(rapporteur.id)).at(-1)).toEqual({ action: "DELETE", summary: "Compte rapporteur@example.org supprimé (rapporteur·e, 1 invitation)", actorLabel: "orga@example.org" });
    await expect(deleteAccount(admin, rapporteur.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("signs an account out everywhere, and only that account", async () => {
    await openSession(rapporteur.id);
    await openSession(rapporteur.id);
    await openSession(admin.id);
    expect(await signOutEverywhere(admin, rapporteur.id)).toEqual({ email: "rapporteur@example.org", closed: 2 });
    expect(await db.session.count({ where: { userId: rapporteur.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);
    expect((await auditOf(rapporteur.id)).at(-1)).toMatchObject({ action: "UPDATE", summary: "Déconnexion de rapporteur@example.org partout (2 sessions fermées)" });
    await expect(signOutEverywhere(admin, "inconnu")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses every function to a rapporteur, and writes nothing", async () => {
    await openSession(admin.id);
    const input = AccountCreateSchema.parse({ name: "X", email: "x@example.org", role: "ADMIN", password: "un autre mot de passe" });
    await expect(findAccounts(rapporteur)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAccount(rapporteur, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setAccountRole(rapporteur, rapporteur.id, "ADMIN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAccount(rapporteur, admin.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOutEverywhere(rapporteur, admin.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true } })).toEqual([
      { email: "orga@example.org", role: "ADMIN" },
      { email: "rapporteur@example.org", role: "RAPPORTEUR" },
    ]);
    expect(await db.session.count()).toBe(1);
    expect(await db.auditLog.count({ where: { entityType: "User", actorLabel: rapporteur.email } })).toBe(0);
  });

  it("never sends the password back from the create action, and shows a duplicate email on its field", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Autre", email: "rapporteur@example.org", role: "RAPPORTEUR", password: "un autre mot de passe" })) form.set(k, v);
    expect(await createAccountAction({ ok: false }, form)).toMatchObject({ ok: false, message: expect.stringContaining("session a expiré") });
    signedIn.user = { id: admin.id, email: admin.email, name: "Orga", role: "ADMIN" };
    const refused = await createAccountAction({ ok: false }, form);
    expect(refused).toEqual({ ok: false, fieldErrors: { email: [expect.stringContaining("existe déjà")] }, values: { name: "Autre", email: "rapporteur@example.org", role: "RAPPORTEUR" } });
    form.set("password", "court");
    expect((await createAccountAction({ ok: false }, form)).values).not.toHaveProperty("password");
    form.set("email", "camille@example.org");
    form.set("password", "un autre mot de passe");
    expect(await createAccountAction({ ok: false }, form)).toEqual({ ok: true, message: expect.stringContaining("camille@example.org") });
    signedIn.user = { id: rapporteur.id, email: rapporteur.email, name: "Rappo", role: "RAPPORTEUR" };
    form.set("email", "dominique@example.org");
    expect(await createAccountAction({ ok: false }, form)).toMatchObject({ ok: false, message: "Action réservée aux organisateurs." });
    expect(await db.user.count()).toBe(3);
  });
});
