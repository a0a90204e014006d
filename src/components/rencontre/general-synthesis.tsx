import Link from "next/link";
import { InlineText, RichText } from "@/components/ui/rich-text";
import type { RencontreDetail } from "@/server/data/rencontres/get-rencontre";

type Group = RencontreDetail["synthesisGroups"][number];

function Sources({ links }: { links: Group["entries"][number]["links"] }) {
  if (links.length === 0) return null;
  return (
    <span className="text-sm text-muted">
      {" — "}
      {links.map((link, index) => (
        <span key={link.id}>
          {index > 0 ? ", " : ""}
          <a href={`#item-${link.id}`}>table {link.table}</a>
        </span>
      ))}
    </span>
  );
}

function Entries({ group }: { group: Group }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {group.entries.map((entry, index) => (
        <li key={index}>
          <InlineText source={entry.text} keywords />
          <Sources links={entry.links} />
        </li>
      ))}
    </ul>
  );
}

/** The general synthesis: consolidated objectives, examples by purpose, ideas by theme, and per objective. */
export function GeneralSynthesis({ rencontre }: { rencontre: RencontreDetail }) {
  const groups = (section: Group["section"]) => rencontre.synthesisGroups.filter((g) => g.section === section);
  const byObjective = [...groups("EXAMPLES_BY_OBJECTIVE"), ...groups("IDEAS_BY_OBJECTIVE")];
  return (
    <>
      <h3 className="mt-6 text-xl font-bold">Principaux objectifs de la collaboration</h3>
      <RichText source={rencontre.synthesisObjectives} />
      {rencontre.consolidatedObjectives.length > 0 ? (
        <>
          <h4 className="mt-4 font-semibold">Les objectifs consolidés</h4>
          <ol className="list-decimal pl-6">
            {rencontre.consolidatedObjectives.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </>
      ) : null}

      <h3 className="mt-6 text-xl font-bold">Exemples de collaboration</h3>
      <RichText source={rencontre.synthesisExamplesIntro} />
      {groups("EXAMPLES_BY_PURPOSE").map((group, index) => (
        <div key={index} className="mt-3">
          {group.label ? <h4 className="font-semibold">{group.label}</h4> : null}
          <Entries group={group} />
        </div>
      ))}

      <h3 className="mt-6 text-xl font-bold">Pistes de future collaboration</h3>
      <RichText source={rencontre.synthesisIdeasIntro} />
      {groups("IDEAS_BY_THEME").map((group, index) => (
        <div key={index} className="mt-3">
          <h4 className="font-semibold">
            {group.theme ? <Link href={`/themes/${group.theme.slug}`}>{group.label ?? group.theme.name}</Link> : (group.label ?? "Sans thème")}
          </h4>
          <Entries group={group} />
        </div>
      ))}

      {byObjective.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">Exemples et pistes regroupés</h3>
          {byObjective.map((group, index) => (
            <div key={index} className="mt-3">
              <h4 className="font-semibold">
                {group.section === "IDEAS_BY_OBJECTIVE" ? "Pistes" : "Exemples"}
                {group.objective !== null
                  ? ` — objectif ${group.objective + 1} : ${rencontre.consolidatedObjectives[group.objective]}`
                  : ` — groupe ${index + 1}`}
              </h4>
              <Entries group={group} />
            </div>
          ))}
        </>
      ) : null}
    </>
  );
}
