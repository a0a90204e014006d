import { readFileSync } from "node:fs";
import { SEED_FILE } from "../setup/paths";

/**
 * The seed compte rendu with its six tables repeated `copies` times (renumbered), without the
 * general synthesis (whose links would then exceed their limit): a long import transaction.
 */
export function enlargedCompteRendu(copies: number): string {
  const text = readFileSync(SEED_FILE, "utf8");
  const start = text.indexOf("### TABLE 1");
  const end = text.indexOf("## SYNTHÈSE GÉNÉRALE");
  const tables = text.slice(start, end);
  const repeated = Array.from({ length: copies }, (_, copy) =>
    tables.replace(/^(#+ TABLE )(\d+)/gm, (_m, heading: string, n: string) => `${heading}${Number(n) + copy * 6}`),
  ).join("\n");
  return text.slice(0, start) + repeated;
}
