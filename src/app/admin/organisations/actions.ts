"use server";

import { redirect } from "next/navigation";
import { OrganisationFormSchema, OrganisationMergeSchema } from "@/lib/schemas/organisation-form";
import { formAction } from "@/server/actions/form-action";
import { mergeOrganisations } from "@/server/data/organisations/merge-organisations";
import { updateOrganisation } from "@/server/data/organisations/update-organisation";

export const updateOrganisationAction = formAction(
  {
    access: "organiser",
    ids: ["organisationId"],
    schema: OrganisationFormSchema,
    invalidMessage: "L’organisation n’est pas enregistrée : corrigez les champs signalés.",
  },
  async ({ actor, ids, input, values }) => {
    const { version } = await updateOrganisation(actor, ids.organisationId, input);
    return { ok: true, message: "Organisation enregistrée.", values: { ...values, version: String(version) } };
  },
);

export const mergeOrganisationsAction = formAction(
  {
    access: "organiser",
    ids: ["duplicateId"],
    idsInForm: true,
    schema: OrganisationMergeSchema,
    invalidMessage: "Rien n’est fusionné : corrigez les champs signalés.",
  },
  async ({ actor, input }) => {
    const { keepId } = await mergeOrganisations(actor, input.duplicateId, input.keepId);
    redirect(`/admin/organisations/${encodeURIComponent(keepId)}?fusion=1`);
  },
);
