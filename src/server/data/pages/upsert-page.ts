import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

/** Stores a reference page (its Markdown source and structured data) under a slug. */
export async function upsertPage(actor: Actor, page: { slug: string; title: string; body: string; data: unknown }): Promise<void> {
  assertOrganiser(actor);
  const fields = { title: page.title, body: page.body, data: JSON.stringify(page.data) };
  await db.page.upsert({ where: { slug: page.slug }, create: { slug: page.slug, ...fields }, update: fields });
}
