import { NavLink } from "@/components/ui/nav-link";

const LINKS = [
  { href: "/rencontres", label: "Rencontres" },
  { href: "/pistes", label: "Pistes" },
  { href: "/exemples", label: "Exemples" },
  { href: "/organisations", label: "Organisations" },
  { href: "/observatoire", label: "Observatoire" },
  { href: "/a-propos", label: "À propos" },
] as const;

/** The public header's navigation; each link stands for its whole section (/pistes/… marks « Pistes »). */
export function SiteNav() {
  return (
    <nav aria-label="Navigation principale">
      <ul className="nav-list">
        {LINKS.map((link) => (
          <li key={link.href}>
            <NavLink href={link.href} section={[link.href]}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
