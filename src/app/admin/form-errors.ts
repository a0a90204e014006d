import "server-only";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { DataError } from "@/server/errors";

/** A data-layer refusal as a form state: next to its field when it names one. Other errors are rethrown. */
export function dataErrorState(error: unknown, values: Record<string, string>): ActionState {
  if (!(error instanceof DataError)) throw error;
  if (error.field) return { ok: false, fieldErrors: { [error.field]: [error.message] }, values };
  return { ok: false, message: error.message, values };
}

export const SESSION_EXPIRED: ActionState = { ok: false, message: "Votre session a expiré : reconnectez-vous dans un autre onglet, puis enregistrez de nouveau." };

/** A record's id from a bound argument, which a client could alter: checked like any input. */
export const BoundId = z.string().min(1).max(64);
export const INVALID_ID = { ok: false, message: "Demande invalide : rechargez la page." } as const;
