import { Link } from "@/components/ui/link";
import { InlineText, RichText } from "@/components/ui/rich-text";
import { stripMarkup } from "@/lib/text/normalize";
import { frenchTypography as fr } from "@/lib/text/typography";
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
          <a href={`#item-${link.id}`} className="inline-block min-h-6">
            table {link.table}
          </a>
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

/** The head of a group, as the compte rendu shows it: its first entry, up to a comma or a bracket, at most 80 characters. */
function groupHead(group: Group): string {
  const first = stripMarkup(group.entries[0]?.text ?? "");
  const cut = first.search(/[,(]/);
  const head = cut > 0 ? first.slice(0, cut).trim() : first;
  return head.length > 80 ? `${head.slice(0, head.lastIndexOf(" ", 80))}…` : head;
}

/**
 * "Pistes — objectif 2\u00a0: Augmenter les compétences mutuelles" when the compte rendu ties the
 * group to an objective; otherwise the compte rendu names no group, and its first entry heads it:
 * "Exemples — groupe 3\u00a0: Les colocations solidaires proposées par l’association Caracol".
 */
function groupName(group: Group, all: Group[], objectives: string[]): string {
  const kind = group.section === "IDEAS_BY_OBJECTIVE" ? "Pistes" : "Exemples";
  if (group.label) return fr(group.label);
  if (group.objective !== null) return `${kind} — objectif ${group.objective + 1}\u00a0: ${fr(objectives[group.objective] ?? "")}`;
  const number = all.filter((g) => g.section === group.section).indexOf(group) + 1;
  const head = groupHead(group);
  return head ? `${kind} — groupe ${number}\u00a0: ${fr(head)}` : `${kind} — groupe ${number}`;
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
              <li key={text}>{fr(text)}</li>
            ))}
          </ol>
        </>
      ) : null}

      <h3 className="mt-6 text-xl font-bold">Exemples de collaboration</h3>
      <RichText source={rencontre.synthesisExamplesIntro} />
      {groups("EXAMPLES_BY_PURPOSE").map((group, index) => (
        <div key={index} className="mt-3">
          {group.label ? <h4 className="font-semibold">{fr(group.label)}</h4> : null}
          <Entries group={group} />
        </div>
      ))}

      <h3 className="mt-6 text-xl font-bold">Pistes de future collaboration</h3>
      <RichText source={rencontre.synthesisIdeasIntro} />
      {groups("IDEAS_BY_THEME").map((group, index) => (
        <div key={index} className="mt-3">
          <h4 className="font-semibold">
            {group.theme ? <Link href={`/themes/${group.theme.slug}`}>{fr(group.label ?? group.theme.name)}</Link> : fr(group.label ?? "Sans thème")}
          </h4>
          <Entries group={group} />
        </div>
      ))}

      {byObjective.length > 0 ? (
        <>
          <h3 className="mt-6 text-xl font-bold">Exemples et pistes regroupés</h3>
          {byObjective.map((group, index) => (
            <div key={index} className="mt-3">
              <h4 className="font-semibold">{groupName(group, byObjective, rencontre.consolidatedObjectives)}</h4>
              <Entries group={group} />
            </div>
          ))}
        </>
      ) : null}
    </>
  );
}
