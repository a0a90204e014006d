/** How a person is named in public: their name, or "Participant·e" when they chose not to appear. */
export function publicName(person: { fullName: string; visibility: "PUBLIC" | "HIDDEN" }): string {
  return person.visibility === "HIDDEN" ? "Participant·e" : person.fullName;
}
