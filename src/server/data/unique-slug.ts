import "server-only";
import type { Tx } from "@/server/db";
import { takeCreationTurn } from "@/server/data/write/creation-turn";

type SluggedModel = "rencontre" | "organisation" | "theme";

async function isTaken(tx: Tx, model: SluggedModel, slug: string): Promise<boolean> {
  // One branch per model: Prisma's delegates have no common callable type.
  switch (model) {
    case "rencontre":
      return (await tx.rencontre.count({ where: { slug } })) > 0;
    case "organisation":
      return (await tx.organisation.count({ where: { slug } })) > 0;
    case "theme":
      return (await tx.theme.count({ where: { slug } })) > 0;
  }
}

/**
 * `base`, else `base-2`, `base-3`…: the first slug that no row of `model` has yet, read in the
 * writer's transaction once it has the turn to create (creation-turn.ts).
 */
export async function uniqueSlug(tx: Tx, model: SluggedModel, base: string): Promise<string> {
  await takeCreationTurn(tx);
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(tx, model, slug))) return slug;
  }
}
