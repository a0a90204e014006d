import { z } from "zod";
import "./zod-config";
import { NewPasswordSchema } from "./auth";

export const ACCOUNT_ROLES = ["ADMIN", "RAPPORTEUR"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

const role = z.enum(ACCOUNT_ROLES, { error: "Choisissez un rôle." });

/**
 * A new account, as an organiser creates it. The password follows the rule of the
 * change-password form and of better-auth (NewPasswordSchema), so every way in agrees.
 */
export const AccountCreateSchema = z.object({
  name: z.string().trim().min(1, "Saisissez le nom de la personne.").max(120, "120 caractères au plus."),
  email: z.string().trim().toLowerCase().max(254, "Adresse trop longue.").pipe(z.email("Adresse e-mail invalide.")),
  role,
  password: NewPasswordSchema,
});
export type AccountCreateInput = z.infer<typeof AccountCreateSchema>;

/** A new role for an existing account. */
export const AccountRoleSchema = z.object({ role });
export type AccountRoleInput = z.infer<typeof AccountRoleSchema>;

/** Deleting an account cannot be undone: a ticked box confirms it. */
export const AccountDeleteSchema = z.object({
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer la suppression." }),
});

export const ROLE_LABELS: Record<AccountRole, string> = {
  ADMIN: "Organisateur·rice",
  RAPPORTEUR: "Rapporteur·e",
};

export const ACCOUNT_FIELD_LABELS = {
  name: "Nom",
  email: "Adresse e-mail",
  role: "Rôle",
  password: "Mot de passe provisoire",
} as const;
