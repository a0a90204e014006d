/**
 * A form saved while the database cannot be reached: the action answers with a French
 * message and everything typed, writes nothing, and the same save goes through once the
 * database is back. The database is made unreachable for real: the SQLite file's path
 * becomes a directory (as when the volume holding it is gone). Three moments: before the
 * save (the guard's check of the file refuses it before it runs), and while the action
 * runs, when it reads the session or when it saves (the query fails with SQLITE_CANTOPEN).
 */
import { mkdirSync, renameSync, rmdirSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/forms/action-state";
import { DATABASE_UNAVAILABLE_MESSAGE, databaseDownSince, isDatabaseStillDown, markDatabaseUp } from "@/lib/database-availability";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { createUser } from "@/server/data/users/create-user";
import type { SessionUser } from "@/server/session";
import { seedParis2021 } from "../helpers/seed";
import { TEST_POSTGRES_URL } from "../setup/paths";

type Moment = "before the save" | "while the session is read" | "while the table is saved";
const session = vi.hoisted(() => ({ user: null as SessionUser | null, moment: "before the save" as Moment, takeAway: async () => {} }));

vi.mock("@/server/session", async () => {
  const { findUserEmail } = await import("./session-read");
  return {
    // Like the real one, reads the database (the session table) before the action does
    // anything; the database goes away here when it is to fail while the action runs.
    getSessionUser: async () => {
      if (session.moment !== "before the save") await session.takeAway();
      if (session.moment === "while the session is read" && session.user) await findUserEmail(session.user.id);
      return session.user;
    },
    requireUser: async () => session.user,
    actorOf: (u: SessionUser) => ({ kind: "user", id: u.id, role: u.role, email: u.email }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const workerFile = () => process.env.DATABASE_URL!.slice("file:".length);

/** The database file out of reach: its path is now a directory. */
async function takeDatabaseAway() {
  await db.$disconnect();
  renameSync(workerFile(), `${workerFile()}.away`);
  mkdirSync(workerFile());
}
function bringDatabaseBack() {
  rmdirSync(workerFile());
  renameSync(`${workerFile()}.away`, workerFile());
}

/** Waits until the app sees the database again (its probe runs at most once a second). */
async function untilDatabaseBack() {
  for (let i = 0; i < 50 && (await isDatabaseStillDown()); i += 1) await new Promise((r) => setTimeout(r, 100));
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe.skipIf(TEST_POSTGRES_URL)("saving the table form while the database is unreachable", () => {
  let paris: string;
  let table: { id: string; version: number };

  beforeEach(async () => {
    markDatabaseUp();
    paris = (await seedParis2021()).rencontreId;
    table = await db.table.findFirstOrThrow({ where: { rencontreId: paris, number: 1 }, select: { id: true, version: true } });
    const admin = await createUser(systemActor("test"), {
      email: "admin@example.org",
      name: "Admin",
      role: "ADMIN",
      password: "un mot de passe sûr",
    });
    session.user = { id: admin.id, email: "admin@example.org", name: "Admin", role: "ADMIN" };
  });

  for (const moment of ["before the save", "while the session is read", "while the table is saved"] as const) {
    it(`keeps everything typed and says so, writes nothing, then saves once it is back (database gone ${moment})`, async () => {
      session.moment = moment;
      let away = false;
      session.takeAway = async () => {
        if (!away) await takeDatabaseAway();
        away = true;
      };
      const { updateTableAction } = await import("@/app/admin/rencontres/actions");
      const typed = {
        number: "1",
        version: String(table.version),
        title: "Table tapée pendant la panne",
        "objectives.0.text": "Un objectif tapé pendant la panne",
        "ideas.0.text": "Une piste **tapée** pendant la panne",
      };

      if (moment === "before the save") await session.takeAway();
      let state: ActionState;
      try {
        state = await updateTableAction(table.id, paris, { ok: false }, formData(typed));
      } finally {
        if (away) bringDatabaseBack();
      }
      expect(away).toBe(true);
      expect(state).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE, values: typed });
      expect(databaseDownSince()).not.toBeNull();
      const unchanged = await db.table.findUniqueOrThrow({ where: { id: table.id }, select: { version: true, title: true } });
      expect(unchanged.version).toBe(table.version);
      expect(unchanged.title).not.toBe(typed.title);
      expect(await db.item.count({ where: { text: { contains: "pendant la panne" } } })).toBe(0);

      await untilDatabaseBack();
      const again = await updateTableAction(table.id, paris, { ok: false }, formData(typed));
      expect(again.ok).toBe(true);
      const saved = await db.item.findMany({ where: { text: { contains: "pendant la panne" } }, select: { text: true } });
      expect(saved.map((i) => i.text)).toEqual(["Une piste **tapée** pendant la panne"]);
      expect((await db.table.findUniqueOrThrow({ where: { id: table.id }, select: { title: true } })).title).toBe(typed.title);
    });
  }
});
