import { z } from "zod";

/** A theme chosen for an item of the "à thématiser" queue (/admin/a-thematiser). */
export const ThemeQueueChoiceSchema = z.object({
  itemId: z.string().trim().min(1).max(64),
  themeId: z.string().trim().min(1).max(64),
});
export type ThemeQueueChoice = z.infer<typeof ThemeQueueChoiceSchema>;
