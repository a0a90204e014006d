import type { IdeaStatusValue } from "@/lib/schemas/catalogue";

export type TimelineEntry =
  | { key: string; kind: "proposed"; date: Date | null }
  | { key: string; kind: "status"; date: Date; status: IdeaStatusValue }
  | { key: string; kind: "note"; date: Date; status: IdeaStatusValue | null; text: string };

type Input = {
  /** The day of the rencontre where the idea was proposed. */
  proposedOn: Date | null;
  statusChanges: { id: string; changedAt: Date; status: IdeaStatusValue }[];
  notes: { id: string; date: Date; status: IdeaStatusValue | null; text: string }[];
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What became of an idea, oldest first: proposed at its rencontre, then each status change
 * and each note by day (a change before a note of the same day, each in the order written).
 * A note keeps its status only when no change of that day says it already (older notes
 * were written before changes were recorded).
 */
export function followUpTimeline({ proposedOn, statusChanges, notes }: Input): TimelineEntry[] {
  const changedOn = new Set(statusChanges.map((c) => `${day(c.changedAt)}|${c.status}`));
  const dated = [
    ...statusChanges.map((c, order) => ({ order, entry: { key: `s-${c.id}`, kind: "status" as const, date: c.changedAt, status: c.status } })),
    ...notes.map((n, order) => ({
      order: statusChanges.length + order,
      entry: {
        key: `n-${n.id}`,
        kind: "note" as const,
        date: n.date,
        text: n.text,
        status: n.status && !changedOn.has(`${day(n.date)}|${n.status}`) ? n.status : null,
      },
    })),
  ].sort((a, b) => day(a.entry.date).localeCompare(day(b.entry.date)) || a.order - b.order);
  return [{ key: "proposed", kind: "proposed", date: proposedOn }, ...dated.map((d) => d.entry)];
}
