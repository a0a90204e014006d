import "server-only";
import { z } from "zod";

/** One wording for each way an action is refused, whatever the form. */
export const MESSAGES = {
  sessionExpired: "Votre session a expiré : reconnectez-vous dans un autre onglet, puis enregistrez de nouveau.",
  invalidId: "Demande invalide : rechargez la page.",
  forbidden: "Action réservée aux organisateurs.",
  invalidForm: "Le formulaire contient des erreurs : voyez les champs signalés.",
  /** Follows the data layer's own sentence ("Cette table a été enregistrée par quelqu'un d'autre…"). */
  conflictAdvice: "Rechargez la page pour voir sa version ; votre saisie reste ci-dessous.",
} as const;

/** A record's id from a bound argument, which a client could alter: checked like any input. */
export const BoundId = z.string().min(1).max(64);
