import { z } from "zod";
import "./zod-config";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "Adresse trop longue.").pipe(z.email("Adresse e-mail invalide.")),
  password: z.string().min(1, "Saisissez votre mot de passe.").max(128, "Mot de passe trop long (128 caractères au plus)."),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const NewPasswordSchema = z.string().min(10, "Au moins 10 caractères.").max(128, "128 caractères au plus.");

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(128, "Mot de passe trop long."),
    newPassword: NewPasswordSchema,
    confirmation: z.string().max(128, "Mot de passe trop long."),
  })
  .refine((v) => v.newPassword === v.confirmation, { path: ["confirmation"], message: "Les deux mots de passe diffèrent." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choisissez un mot de passe différent de l'actuel." });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const CreateUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Adresse e-mail invalide.")),
  name: z.string().trim().min(1, "Nom requis.").max(120, "120 caractères au plus."),
  role: z.enum(["ADMIN", "RAPPORTEUR"]),
  password: NewPasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;
