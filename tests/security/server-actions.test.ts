/**
 * Every server action, called directly as an attacker would (a forged POST needs no form):
 * without a session, and as a rapporteur invited to another rencontre. Each call must be
 * refused and leave the database exactly as it was. The same call made by an admin must go
 * through, which proves the refusal comes from the checks and not from a bad fixture: remove
 * a check in an action or in the data layer, and a test here fails.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/forms/action-state";
import { accessOf } from "@/server/actions/form-action";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { addFollowUp } from "@/server/data/items/follow-up";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { createTable } from "@/server/data/tables/create-table";
import { createUser } from "@/server/data/users/create-user";
import type { SessionUser } from "@/server/session";
import { seedParis2021 } from "../helpers/seed";
import { ROOT, SEED_FILE } from "../setup/paths";
import { readFileSync } from "node:fs";
import { signedIn } from "../helpers/session";

vi.mock("@/server/session", async (original) => (await import("../helpers/session")).mockSession(original));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

/** Actions anyone may call: signing in, and signing out (which needs nothing to refuse). */
const PUBLIC_ACTIONS = new Set(["connexion/actions.ts#signInAction", "admin/actions.ts#signOutAction"]);

type Ids = {
  paris: string;
  parisVersion: number;
  table1: string;
  table1Version: number;
  idea: string;
  ideaVersion: number;
  note: string;
  themes: [string, string];
  organisations: [string, string];
  person: string;
  personVersion: number;
  /** A draft rencontre (only drafts may be deleted), out of the rapporteur's reach. */
  draft: string;
  /** A third account, with a session, for the account actions. */
  account: string;
  /** A pair of Paris items proposed by the recurrence. */
  link: { fromId: string; toId: string };
};

type Call = {
  /** Who may legitimately make this call: "admin" (the default), or "self" for one's own password. */
  scope?: "admin" | "self";
  args: (ids: Ids) => unknown[];
  form: (ids: Ids) => Record<string, string | string[]>;
};

const seed = readFileSync(SEED_FILE, "utf8");

/** One valid call per action, against Paris 2021 (out of the test rapporteur's reach). */
const CALLS: Record<string, Call> = {
  "admin/actions.ts#setStatusAction": { args: () => [], form: (i) => ({ id: i.paris, status: "DRAFT", version: String(i.parisVersion) }) },
  "admin/rencontres/actions.ts#createRencontreAction": {
    args: () => [],
    form: () => ({ title: "Grande Rencontre de Lyon", city: "Lyon", date: "2025-05-01" }),
  },
  "admin/rencontres/actions.ts#updateRencontreAction": {
    args: (i) => [i.paris],
    form: (i) => ({ title: "Paris modifié", city: "Paris", date: "2021-12-13", version: String(i.parisVersion) }),
  },
  "admin/rencontres/actions.ts#createTableAction": { args: (i) => [i.paris], form: () => ({ number: "7" }) },
  "admin/rencontres/actions.ts#updateTableAction": {
    args: (i) => [i.table1, i.paris],
    form: (i) => ({ number: "1", version: String(i.table1Version), "objectives.0.text": "Un objectif réécrit" }),
  },
  "admin/rencontres/actions.ts#deleteTableAction": {
    args: (i) => [i.table1, i.paris],
    form: (i) => ({ version: String(i.table1Version), confirm: "oui" }),
  },
  "admin/rencontres/actions.ts#deleteRencontreAction": { args: (i) => [i.draft], form: () => ({ version: "1", confirm: "oui" }) },
  "admin/rencontres/actions.ts#setEditorAction": { args: (i) => [i.paris], form: () => ({ email: "rapporteur@example.org", invite: "oui" }) },
  "admin/rencontres/actions.ts#updateSynthesisAction": {
    args: (i) => [i.paris],
    form: (i) => ({ version: String(i.parisVersion), "consolidated.0.text": "Un seul objectif consolidé" }),
  },
  "admin/import/actions.ts#importAction": { args: () => [], form: () => ({ intent: "creer", source: seed }) },
  "admin/themes/actions.ts#createThemeAction": { args: () => [], form: () => ({ name: "Un nouveau thème" }) },
  "admin/themes/actions.ts#updateThemeAction": { args: (i) => [i.themes[0]], form: () => ({ name: "Thème renommé", version: "1" }) },
  "admin/rapprochements/actions.ts#decideItemLinkAction": { args: () => [], form: (i) => ({ ...i.link, decision: "famille" }) },
  "admin/a-thematiser/actions.ts#addItemThemeAction": { args: () => [], form: (i) => ({ itemId: i.idea, themeId: i.themes[1] }) },
  "admin/themes/actions.ts#mergeThemesAction": {
    args: (i) => [i.themes[0]],
    form: (i) => ({ sourceId: i.themes[0], targetId: i.themes[1], confirm: "oui" }),
  },
  "admin/organisations/actions.ts#updateOrganisationAction": {
    args: (i) => [i.organisations[0]],
    form: () => ({ name: "Caracol (renommée)", kind: "ASSOCIATION", version: "1" }),
  },
  "admin/organisations/actions.ts#mergeOrganisationsAction": {
    args: (i) => [i.organisations[0]],
    form: (i) => ({ duplicateId: i.organisations[0], keepId: i.organisations[1], confirm: "oui" }),
  },
  "admin/personnes/actions.ts#setPersonVisibilityAction": {
    args: (i) => [i.person],
    form: (i) => ({ visibility: "HIDDEN", version: String(i.personVersion) }),
  },
  "admin/personnes/actions.ts#erasePersonAction": { args: (i) => [i.person], form: () => ({ confirmation: "EFFACER" }) },
  "admin/pistes/actions.ts#addFollowUpAction": {
    args: (i) => [i.idea],
    form: (i) => ({ status: "EN_COURS", date: "2024-01-15", text: "Premier stage organisé", version: String(i.ideaVersion) }),
  },
  "admin/pistes/actions.ts#deleteFollowUpNoteAction": { args: (i) => [i.note], form: () => ({}) },
  "admin/comptes/actions.ts#createAccountAction": {
    args: () => [],
    form: () => ({ name: "Nouvelle personne", email: "nouvelle@example.org", role: "ADMIN", password: "un mot de passe sûr" }),
  },
  "admin/comptes/actions.ts#setAccountRoleAction": { args: (i) => [i.account], form: () => ({ role: "ADMIN" }) },
  "admin/comptes/actions.ts#signOutEverywhereAction": { args: (i) => [i.account], form: () => ({}) },
  "admin/comptes/actions.ts#deleteAccountAction": { args: (i) => [i.account], form: () => ({ confirm: "oui" }) },
  "admin/mot-de-passe/actions.ts#changePasswordAction": {
    scope: "self",
    args: () => [],
    form: () => ({ currentPassword: "un mot de passe sûr", newPassword: "un autre mot de passe sûr", confirmation: "un autre mot de passe sûr" }),
  },
};

const modules = import.meta.glob<Record<string, unknown>>("/src/app/**/actions.ts");
const actionName = (file: string, name: string) => `${file.replace(/^\/src\/app\//, "")}#${name}`;

async function allActions(): Promise<Map<string, (...args: unknown[]) => Promise<unknown>>> {
  const actions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === "function") actions.set(actionName(file, name), value as (...args: unknown[]) => Promise<unknown>);
    }
  }
  return actions;
}

function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/** Everything a forged call could change: row counts, versions, and the catalogue's version. */
async function snapshot() {
  const counts = await Promise.all([
    db.rencontre.count(),
    db.table.count(),
    db.participation.count(),
    db.objective.count(),
    db.consolidatedObjective.count(),
    db.item.count(),
    db.itemTheme.count(),
    db.itemKeyword.count(),
    db.itemMention.count(),
    db.followUpNote.count(),
    db.synthesisGroup.count(),
    db.synthesisEntry.count(),
    db.synthesisEntryItem.count(),
    db.speaker.count(),
    db.theme.count(),
    db.organisation.count(),
    db.person.count(),
    db.user.count(),
    db.session.count(),
    db.account.count(),
    db.rencontreEditor.count(),
    db.auditLog.count(),
    db.itemRelation.count(),
    db.itemLink.count({ where: { state: "PROPOSED" } }),
  ]);
  const versions = await Promise.all([
    db.rencontre.aggregate({ _sum: { version: true } }),
    db.table.aggregate({ _sum: { version: true } }),
    db.item.aggregate({ _sum: { version: true } }),
    db.theme.aggregate({ _sum: { version: true } }),
    db.organisation.aggregate({ _sum: { version: true } }),
    db.person.aggregate({ _sum: { version: true } }),
  ]);
  const rencontres = await db.rencontre.findMany({ orderBy: { id: "asc" }, select: { status: true, title: true } });
  const catalogue = await db.catalogueState.findUnique({ where: { id: 1 }, select: { version: true } });
  return JSON.stringify({ counts, versions: versions.map((v) => v._sum.version), rencontres, catalogue });
}

/** Calls an action; a redirect (what a successful create does) is reported as success. */
async function call(
  action: (...args: unknown[]) => Promise<unknown>,
  args: unknown[],
  fields: Record<string, string | string[]>,
): Promise<ActionState> {
  try {
    const result = await action(...args, { ok: false }, formData(fields));
    return (result ?? { ok: true }) as ActionState;
  } catch (error) {
    if (error instanceof Redirect) return { ok: true, message: `redirection ${error.message}` };
    throw error;
  }
}

let ids: Ids;
let admin: SessionUser;
let rapporteur: SessionUser;

async function user(email: string, role: "ADMIN" | "RAPPORTEUR"): Promise<SessionUser> {
  const created = await createUser(systemActor("test"), { email, name: email, role, password: "un mot de passe sûr" });
  return { id: created.id, email, name: email, role };
}

beforeEach(async () => {
  signedIn.user = null;
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
  const system = systemActor("test");
  // The rapporteur's own rencontre: Bordeaux, with a table. Paris is out of their reach.
  const bordeaux = await createRencontre(system, {
    title: "Bordeaux",
    city: "Bordeaux",
    date: "2024-03-14",
    territory: null,
    venueName: null,
    introduction: "",
    studyTitle: null,
    study: "",
    roundTableText: "",
    workshopFormat: "",
    closingText: "",
  });
  await createTable(system, bordeaux.id, { number: 1, title: null });
  await setRencontreEditor(system, bordeaux.id, rapporteur.email, true);

  const paris = await db.rencontre.findFirstOrThrow({ where: { city: "Paris" }, select: { id: true } });
  const table1 = await db.table.findFirstOrThrow({ where: { rencontreId: paris.id, number: 1 }, select: { id: true } });
  const idea = await db.item.findFirstOrThrow({ where: { tableId: table1.id, kind: "IDEA" }, select: { id: true } });
  await addFollowUp(system, idea.id, { status: "EN_COURS", date: "2023-06-01", text: "Une note à supprimer", version: 1 });
  const note = await db.followUpNote.findFirstOrThrow({ where: { itemId: idea.id }, select: { id: true } });
  const themes = await db.theme.findMany({ orderBy: { position: "asc" }, take: 2, select: { id: true } });
  const caracol = await db.organisation.findFirstOrThrow({ where: { nameKey: { contains: "caracol" } }, select: { id: true } });
  const moulinot = await db.organisation.findFirstOrThrow({ where: { nameKey: { contains: "moulinot" } }, select: { id: true } });
  const person = await db.person.findFirstOrThrow({
    where: { participations: { some: { tableId: table1.id } } },
    select: { id: true, version: true },
  });
  const draft = await createRencontre(system, {
    title: "Brouillon de Lille",
    city: "Lille",
    date: "2025-02-01",
    territory: null,
    venueName: null,
    introduction: "",
    studyTitle: null,
    study: "",
    roundTableText: "",
    workshopFormat: "",
    closingText: "",
  });
  const other = await user("autre@example.org", "RAPPORTEUR");
  await db.session.create({ data: { id: "session-autre", token: "jeton-autre", userId: other.id, expiresAt: new Date(Date.now() + 86_400_000) } });
  const versions = await db.rencontre.findUniqueOrThrow({ where: { id: paris.id }, select: { version: true } });
  const t1 = await db.table.findUniqueOrThrow({ where: { id: table1.id }, select: { version: true } });
  const i1 = await db.item.findUniqueOrThrow({ where: { id: idea.id }, select: { version: true } });
  ids = {
    paris: paris.id,
    parisVersion: versions.version,
    table1: table1.id,
    table1Version: t1.version,
    idea: idea.id,
    ideaVersion: i1.version,
    note: note.id,
    themes: [themes[0]!.id, themes[1]!.id],
    organisations: [caracol.id, moulinot.id],
    person: person.id,
    personVersion: person.version,
    account: other.id,
    draft: draft.id,
    link: await db.itemLink.findFirstOrThrow({ where: { state: "PROPOSED" }, orderBy: { score: "desc" }, select: { fromId: true, toId: true } }),
  };
});

describe("server actions called directly", () => {
  it("every exported action is covered here, or listed as public", async () => {
    const names = [...(await allActions()).keys()].filter((name) => !PUBLIC_ACTIONS.has(name)).sort();
    expect(names).toEqual(Object.keys(CALLS).sort());
  });

  it("every action goes through the one wrapper (formAction), with the access it needs; only signing out does not", async () => {
    const outside: string[] = [];
    const access: Record<string, string | undefined> = {};
    for (const [name, action] of await allActions()) {
      access[name] = accessOf(action);
      if (!access[name] && name !== "admin/actions.ts#signOutAction") outside.push(name);
    }
    expect(outside).toEqual([]);
    expect(access["connexion/actions.ts#signInAction"]).toBe("public");
    const publicOnes = Object.entries(access)
      .filter(([, a]) => a === "public")
      .map(([name]) => name);
    expect(publicOnes).toEqual(["connexion/actions.ts#signInAction"]);
  });

  for (const [name, fixture] of Object.entries(CALLS)) {
    it(`${name}: refused without a session${fixture.scope === "self" ? "" : ", refused to a rapporteur of another rencontre, done for an admin"}`, async () => {
      const action = (await allActions()).get(name);
      expect(action, `${name} is exported`).toBeTypeOf("function");
      const before = await snapshot();

      signedIn.user = null;
      const anonymous = await call(action!, fixture.args(ids), fixture.form(ids));
      expect(anonymous.ok).toBe(false);
      expect(anonymous.message).toMatch(/session a expiré/);
      expect(await snapshot()).toBe(before);

      if (fixture.scope === "self") return;
      signedIn.user = rapporteur;
      const outOfScope = await call(action!, fixture.args(ids), fixture.form(ids));
      expect(outOfScope.ok, JSON.stringify(outOfScope)).toBe(false);
      expect(await snapshot()).toBe(before);

      signedIn.user = admin;
      const allowed = await call(action!, fixture.args(ids), fixture.form(ids));
      expect(allowed.ok, JSON.stringify(allowed)).toBe(true);
      expect(await snapshot()).not.toBe(before);
    });
  }
});

describe("the export route called directly", () => {
  it("answers 401 without a session and 403 to a rapporteur, with no personal data; 200 to an admin", async () => {
    const { GET } = await import(`${ROOT}/src/app/admin/personnes/[id]/export/route.ts`);
    const get = () =>
      GET(new Request(`http://localhost/admin/personnes/${ids.person}/export`), { params: Promise.resolve({ id: ids.person }) }) as Promise<Response>;
    const name = (await db.person.findUniqueOrThrow({ where: { id: ids.person }, select: { fullName: true } })).fullName;
    signedIn.user = null;
    const anonymous = await get();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(name);
    signedIn.user = rapporteur;
    const outOfScope = await get();
    expect(outOfScope.status).toBe(403);
    expect(await outOfScope.text()).not.toContain(name);
    signedIn.user = admin;
    const allowed = await get();
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain(name);
  });
});

/** 10,000 rows in each list of the forms that have lists. */
const rows = (make: (n: number) => Record<string, string>) =>
  Object.assign({}, ...Array.from({ length: 10_000 }, (_, n) => make(n))) as Record<string, string>;
const HUGE_LISTS: Record<string, () => Record<string, string>> = {
  "admin/rencontres/actions.ts#updateTableAction": () =>
    rows((n) => ({ [`ideas.${n}.text`]: `Piste ${n}`, [`participants.${n}.name`]: `Personne ${n}` })),
  "admin/rencontres/actions.ts#updateSynthesisAction": () =>
    rows((n) => ({ [`consolidated.${n}.text`]: `Objectif ${n}`, [`speakers.${n}.name`]: `Personne ${n}`, [`speakers.${n}.role`]: "PANELIST" })),
  "admin/import/actions.ts#importAction": () => ({ organisers: Array.from({ length: 10_000 }, (_, n) => `Organisation ${n}`).join(", ") }),
};

/** Forms with nothing typed (buttons carrying hidden fields): there is no input to give back. */
const NOTHING_TYPED = new Set(["admin/actions.ts#setStatusAction"]);

describe("bad input sent to every form's action, as an admin", () => {
  // Deleting a note and closing sessions have no fields to get wrong.
  const withForm = Object.entries(CALLS).filter(
    ([name]) => !["admin/pistes/actions.ts#deleteFollowUpNoteAction", "admin/comptes/actions.ts#signOutEverywhereAction"].includes(name),
  );

  /** Each case: what is sent, and that the refusal is in French, keeps what was typed, and writes nothing. */
  async function expectRefused(name: string, fields: Record<string, string | string[]>) {
    const action = (await allActions()).get(name)!;
    const before = await snapshot();
    signedIn.user = admin;
    const state = await call(action, CALLS[name]!.args(ids), fields);
    expect(state.ok, JSON.stringify(state).slice(0, 300)).toBe(false);
    const messages = [state.message ?? "", ...Object.values(state.fieldErrors ?? {}).flat()].join(" ");
    // A French sentence, not a stack trace or a zod code.
    expect(messages).toMatch(/[a-zàâçéèêëîïôûù]{3,} [a-zàâçéèêëîïôûù]/i);
    expect(messages).not.toMatch(/ZodError|invalid_type|Expected|at \w+ \(/);
    for (const [field, value] of Object.entries(fields)) {
      if (NOTHING_TYPED.has(name) || /password|confirmation|source/i.test(field) || Array.isArray(value)) continue;
      expect(state.values?.[field], `${field} kept`).toBe(value);
    }
    expect(await snapshot()).toBe(before);
  }

  for (const [name, fixture] of withForm) {
    // 300,000-character fields and 10,000 list rows: 10–25 s for the synthesis form on 2 busy cores.
    it(`${name}: empty, too long, wrong types${HUGE_LISTS[name] ? ", 10,000 list rows" : ""}`, { timeout: 90_000 }, async () => {
      const valid = fixture.form(ids);
      // Empty: every field sent blank.
      await expectRefused(name, Object.fromEntries(Object.keys(valid).map((k) => [k, ""])));
      // Too long: every field 300,000 characters.
      await expectRefused(name, Object.fromEntries(Object.keys(valid).map((k) => [k, "é".repeat(300_000)])));
      // Wrong types: every field sent twice (a list where one value is expected), and letters where a number is expected.
      await expectRefused(name, Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, [String(v), String(v)]])));
      if ("version" in valid) await expectRefused(name, { ...valid, version: "douze" });
      if (HUGE_LISTS[name]) {
        await expectRefused(name, { ...(valid as Record<string, string>), ...HUGE_LISTS[name]!() });
      }
    });
  }

  it("two tables with the same number are refused next to the number, with the form kept", async () => {
    await expectRefused("admin/rencontres/actions.ts#createTableAction", { number: "1", title: "Une autre table 1" });
    const table2 = await db.table.findFirstOrThrow({ where: { rencontreId: ids.paris, number: 2 }, select: { id: true, version: true } });
    signedIn.user = admin;
    const action = (await allActions()).get("admin/rencontres/actions.ts#updateTableAction")!;
    const state = await call(action, [table2.id, ids.paris], { number: "1", version: String(table2.version), "ideas.0.text": "Ma piste" });
    expect(state.fieldErrors?.number).toEqual(["La table 1 existe déjà dans cette rencontre."]);
    expect(state.values?.["ideas.0.text"]).toBe("Ma piste");
  });
});

describe("a stale copy of the synthesis", () => {
  it("is refused with the differences and the typed input, and the next save with the version sent back goes through", async () => {
    const action = (await allActions()).get("admin/rencontres/actions.ts#updateSynthesisAction")!;
    signedIn.user = admin;
    const first = await call(action, [ids.paris], { version: String(ids.parisVersion), "consolidated.0.text": "Objectif enregistré d'abord" });
    expect(first.ok).toBe(true);
    const stale = await call(action, [ids.paris], { version: String(ids.parisVersion), "consolidated.0.text": "Mon objectif" });
    expect(stale.ok).toBe(false);
    expect(stale.conflict?.differences).toEqual([
      "Objectifs consolidés — seulement dans la version enregistrée : « Objectif enregistré d'abord »",
      "Objectifs consolidés — seulement dans votre version : « Mon objectif »",
    ]);
    expect(stale.values?.["consolidated.0.text"]).toBe("Mon objectif");
    const again = await call(action, [ids.paris], { version: String(stale.conflict!.version), "consolidated.0.text": "Mon objectif" });
    expect(again.ok).toBe(true);
  });
});
