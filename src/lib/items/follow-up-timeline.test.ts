import { describe, expect, it } from "vitest";
import { followUpTimeline } from "./follow-up-timeline";

const d = (day: string) => new Date(`${day}T00:00:00Z`);

describe("followUpTimeline", () => {
  it("starts at the rencontre, then orders changes and notes by day, a change before the note of its day", () => {
    const timeline = followUpTimeline({
      proposedOn: d("2021-12-13"),
      statusChanges: [
        { id: "c1", changedAt: d("2022-03-01"), status: "EN_COURS" },
        { id: "c2", changedAt: d("2023-01-15"), status: "REALISEE" },
      ],
      notes: [
        { id: "n1", date: d("2022-03-01"), status: "EN_COURS", text: "Premier rendez-vous." },
        { id: "n0", date: d("2022-06-10"), status: null, text: "Deux structures de plus." },
      ],
    });
    expect(timeline.map((e) => [e.kind, e.date && e.date.toISOString().slice(0, 10), "status" in e ? e.status : null])).toEqual([
      ["proposed", "2021-12-13", null],
      ["status", "2022-03-01", "EN_COURS"],
      // Its change of the same day already says "En cours".
      ["note", "2022-03-01", null],
      ["note", "2022-06-10", null],
      ["status", "2023-01-15", "REALISEE"],
    ]);
  });

  it("keeps the status of a note that no recorded change says", () => {
    const [, note] = followUpTimeline({
      proposedOn: null,
      statusChanges: [],
      notes: [{ id: "n", date: d("2022-01-01"), status: "ABANDONNEE", text: "Faute de lieu." }],
    });
    expect(note).toMatchObject({ kind: "note", status: "ABANDONNEE", text: "Faute de lieu." });
  });
});
