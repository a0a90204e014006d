/**
 * Errors of the read API in RFC 9457 "problem details" (application/problem+json), with a
 * French title and detail. `type` points at the section of /api that explains the error.
 */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export type ProblemKind = "requete-invalide" | "introuvable" | "methode-non-permise" | "trop-de-requetes" | "erreur-interne" | "indisponible";

const TITLES: Record<ProblemKind, { status: number; title: string }> = {
  "requete-invalide": { status: 400, title: "Requête invalide" },
  introuvable: { status: 404, title: "Ressource introuvable" },
  "methode-non-permise": { status: 405, title: "Méthode non permise" },
  "trop-de-requetes": { status: 429, title: "Trop de requêtes" },
  "erreur-interne": { status: 500, title: "Erreur interne" },
  indisponible: { status: 503, title: "Service indisponible" },
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  erreurs?: { parametre: string; message: string }[];
};

export function problem(kind: ProblemKind, detail: string, extra: { instance?: string; erreurs?: Problem["erreurs"] } = {}): Problem {
  const { status, title } = TITLES[kind];
  return { type: `/api#erreur-${kind}`, title, status, detail, ...extra };
}

export const PROBLEM_KINDS = Object.keys(TITLES) as ProblemKind[];
export const problemStatus = (kind: ProblemKind) => TITLES[kind].status;
export const problemTitle = (kind: ProblemKind) => TITLES[kind].title;
