import "server-only";
import { db } from "@/server/db";

/** Every theme, in the catalogue's order, for the forms' theme choices. */
export async function findThemeOptions(): Promise<{ id: string; name: string }[]> {
  return db.theme.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}
