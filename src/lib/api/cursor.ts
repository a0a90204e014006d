import { z } from "zod";

/**
 * The opaque cursor of the read API: the id of the last row a page gave, in base64url with a
 * version prefix, so that clients treat it as a token and the encoding can change later.
 * Pages are read by keyset on the id (`id > cursor`), so a row is given exactly once however
 * the catalogue grows between two pages.
 */
const PREFIX = "c1:";
const ID = /^[\w-]{1,64}$/;

export function encodeCursor(id: string): string {
  return Buffer.from(`${PREFIX}${id}`, "utf8").toString("base64url");
}

/** The id a cursor stands for, or null when it is not one this API gave. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[\w-]{1,100}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith(PREFIX)) return null;
  const id = text.slice(PREFIX.length);
  return ID.test(id) ? id : null;
}

export const CursorSchema = z
  .string()
  .max(100)
  .refine((value) => decodeCursor(value) !== null, { message: "Ce curseur n’a pas été donné par l’API : reprenez le lien « next » d’une réponse." })
  .meta({ description: "Curseur opaque : la valeur du paramètre cursor du lien next de la page précédente." });
