"use server";

import { redirect } from "next/navigation";
import { PersonEraseSchema, PersonVisibilitySchema } from "@/lib/schemas/person-form";
import { formAction } from "@/server/actions/form-action";
import { erasePerson } from "@/server/data/people/erase-person";
import { setPersonVisibility } from "@/server/data/people/set-person-visibility";

/** Shows or hides a person's name on the public pages. */
export const setPersonVisibilityAction = formAction(
  {
    access: "organiser",
    ids: ["personId"],
    schema: PersonVisibilitySchema,
    invalidMessage: "Le choix n’est pas enregistré : voyez le champ signalé.",
  },
  async ({ actor, ids, input, values }) => {
    const { version } = await setPersonVisibility(actor, ids.personId, input);
    const message =
      input.visibility === "HIDDEN" ? "Nom masqué : les pages publiques affichent « Participant·e »." : "Nom affiché sur les pages publiques.";
    return { ok: true, message, values: { ...values, version: String(version) } };
  },
);

/** Erases a person and everything about them, once the confirmation word is typed. */
export const erasePersonAction = formAction({ access: "organiser", ids: ["personId"], schema: PersonEraseSchema }, async ({ actor, ids }) => {
  await erasePerson(actor, ids.personId);
  redirect("/admin/personnes?effacement=ok");
});
