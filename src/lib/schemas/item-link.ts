import { z } from "zod";

/** An organiser's decision on a proposed pair (/admin/rapprochements): confirm it, reject it, or confirm its whole family. */
export const ItemLinkDecisionSchema = z.object({
  fromId: z.string().trim().min(1).max(64),
  toId: z.string().trim().min(1).max(64),
  decision: z.enum(["confirmer", "rejeter", "famille"]),
});
export type ItemLinkDecisionInput = z.infer<typeof ItemLinkDecisionSchema>;

/** The page of /admin/rapprochements, from its query string. */
export const ProposalsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** Only the pairs with an item of this rencontre (its id), as its admin page links to them. */
  rencontre: z
    .string()
    .regex(/^[a-z0-9]{8,40}$/)
    .optional()
    .catch(undefined),
});
