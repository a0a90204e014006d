"use server";

import { ItemLinkDecisionSchema } from "@/lib/schemas/item-link";
import { plural } from "@/lib/text/format";
import { formAction } from "@/server/actions/form-action";
import { decideItemLink } from "@/server/data/recurrence/decide-item-link";

export const decideItemLinkAction = formAction({ access: "organiser", schema: ItemLinkDecisionSchema }, async ({ actor, input }) => {
  const { confirmed } = await decideItemLink(actor, input);
  const message =
    input.decision === "rejeter"
      ? "Rapprochement rejeté : il ne sera plus proposé."
      : `${plural(confirmed, "rapprochement confirmé", "rapprochements confirmés")}.`;
  return { ok: true, message };
});
