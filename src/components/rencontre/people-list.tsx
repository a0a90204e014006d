import { Link } from "@/components/ui/link";
import { frenchTypography as fr } from "@/lib/text/typography";

export type PersonItem = { name: string; organisation: { slug: string; name: string } | null; status: string | null };

/** "Daisy AQUE (Initiative Vie)", with the organisation linked; a status is shown as plain text. */
export function PersonLabel({ person }: { person: PersonItem }) {
  return (
    <>
      {fr(person.name)}
      {person.organisation ? (
        <>
          {" "}
          (<Link href={`/organisations/${person.organisation.slug}`}>{fr(person.organisation.name)}</Link>)
        </>
      ) : person.status ? (
        <span className="text-muted"> ({fr(person.status)})</span>
      ) : null}
    </>
  );
}

export function PeopleList({ people, label }: { people: PersonItem[]; label: string }) {
  if (people.length === 0) return <p className="text-muted">Aucun·e participant·e renseigné·e.</p>;
  return (
    <ul aria-label={label} className="link-list gap-x-6 space-y-1 sm:columns-2 [&>li]:break-inside-avoid">
      {people.map((person, index) => (
        <li key={index}>
          <PersonLabel person={person} />
        </li>
      ))}
    </ul>
  );
}
