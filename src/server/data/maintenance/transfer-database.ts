import "server-only";
import { isPostgresUrl } from "@/lib/postgres-pool";
import { createPrismaClient, type Db, type Tx } from "@/server/db";

/**
 * Every model of prisma/schema.prisma, parents before children, so that each row's
 * foreign keys point at rows already copied. transfer-database.test.ts checks that the
 * list names every model of the schema.
 */
export const MODELS_IN_ORDER = [
  "user", "theme", "organisation", "person", "page", "catalogueState", "verification", "rateLimit",
  "rencontre",
  "session", "account", "rencontreEditor", "auditLog", "importCorrection",
  "rencontreOrganisation", "speaker", "table", "consolidatedObjective",
  "participation", "objective", "item",
  "itemKeyword", "itemTheme", "itemMention", "itemRelation", "followUpNote", "ideaStatusChange", "itemTerm", "itemLink",
  "synthesisGroup", "synthesisEntry", "synthesisEntryItem",
] as const;
export type ModelName = (typeof MODELS_IN_ORDER)[number];
export type ModelCounts = Record<ModelName, number>;

/** Rows written per INSERT: well under SQLite's 32,766 bound parameters for the widest model. */
const CHUNK = 500;

type Delegate = {
  count: () => Promise<number>;
  findMany: (args?: object) => Promise<object[]>;
  createMany: (args: { data: object[] }) => Promise<{ count: number }>;
};
const delegate = (client: Db | Tx, model: ModelName) => (client as unknown as Record<ModelName, Delegate>)[model];

export async function countModels(client: Db | Tx): Promise<ModelCounts> {
  const counts = {} as ModelCounts;
  for (const model of MODELS_IN_ORDER) counts[model] = await delegate(client, model).count();
  return counts;
}

export class TransferError extends Error {}

export type TransferResult = { source: ModelCounts; target: ModelCounts };

/**
 * Copies every row of every model from the database at `fromUrl` to the one at `toUrl`
 * (SQLite or PostgreSQL, either way), in one transaction on the target: it ends with the
 * same count of rows in every model on both sides, or the target is left as it was.
 * The target must be migrated and empty; the source is only read.
 */
export async function transferDatabase(fromUrl: string, toUrl: string, onModel?: (model: ModelName, rows: number) => void): Promise<TransferResult> {
  if (fromUrl === toUrl) throw new TransferError("La source et la cible sont la même base.");
  const source = createPrismaClient(fromUrl);
  const target = createPrismaClient(toUrl);
  try {
    const before = await countModels(target);
    const filled = MODELS_IN_ORDER.filter((model) => before[model] > 0);
    if (filled.length > 0) {
      throw new TransferError(`La base cible n'est pas vide (${filled.map((m) => `${m} : ${before[m]}`).join(", ")}) : transférez vers une base neuve.`);
    }
    // The source is read in one transaction too, so that its rows form one consistent state
    // (on PostgreSQL a repeatable-read snapshot, on SQLite the write lock: stop the app first).
    return await source.$transaction(
      async (from) =>
        target.$transaction(
          async (to) => {
            for (const model of MODELS_IN_ORDER) {
              const rows = await delegate(from, model).findMany();
              for (let i = 0; i < rows.length; i += CHUNK) await delegate(to, model).createMany({ data: rows.slice(i, i + CHUNK) });
              onModel?.(model, rows.length);
            }
            const counts = { source: await countModels(from), target: await countModels(to) };
            const different = MODELS_IN_ORDER.filter((m) => counts.source[m] !== counts.target[m]);
            if (different.length > 0) {
              throw new TransferError(`Comptes différents après copie (${different.join(", ")}) : rien n'a été écrit.`);
            }
            return counts;
          },
          { maxWait: 60_000, timeout: 30 * 60_000 },
        ),
      // The SQLite client's type knows only Serializable; the PostgreSQL client takes RepeatableRead.
      { maxWait: 60_000, timeout: 30 * 60_000, ...(isPostgresUrl(fromUrl) ? { isolationLevel: "RepeatableRead" as unknown as "Serializable" } : {}) },
    );
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}
