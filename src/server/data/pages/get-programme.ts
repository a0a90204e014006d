import "server-only";
import { ProgrammeSchema } from "@/lib/schemas/compte-rendu";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

/** The programme page shipped with the seed, and the organisations behind published rencontres. */
export const getProgramme = cachedPublicRead("getProgramme", async () => {
  const [page, organisations] = await Promise.all([
    db.page.findUnique({ where: { slug: "programme" }, select: { data: true, updatedAt: true } }),
    db.rencontreOrganisation.findMany({
      where: { rencontre: { status: "PUBLISHED" } },
      orderBy: [{ role: "asc" }, { position: "asc" }],
      select: { role: true, organisation: { select: { slug: true, name: true } } },
    }),
  ]);
  const parsed = page?.data ? ProgrammeSchema.safeParse(JSON.parse(page.data)) : null;
  const unique = new Map<string, { slug: string; name: string; role: "ORGANISER" | "PARTNER" }>();
  for (const o of organisations) if (!unique.has(o.organisation.slug)) unique.set(o.organisation.slug, { ...o.organisation, role: o.role });
  return { programme: parsed?.success ? parsed.data : null, organisations: [...unique.values()] };
});
