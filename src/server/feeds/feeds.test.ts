import { DOMParser } from "@xmldom/xmldom";
import { beforeEach, describe, expect, it } from "vitest";
import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { addFollowUp, getIdeaForFollowUp } from "@/server/data/items/follow-up";
import { seedParis2021 } from "../../../tests/helpers/seed";
import { user } from "../../../tests/helpers/users";
import { GET as feedRoute } from "../../app/flux/[fichier]/route";
import { GET as themeFeedRoute } from "../../app/flux/themes/[fichier]/route";
import { createDraftIdea } from "../../../tests/helpers/draft-idea";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DRAFT_TEXT = "Une piste secrète du brouillon";

async function fetchFeed(path: string) {
  const fichier = path.split("/").pop()!;
  const route = path.startsWith("/flux/themes/") ? themeFeedRoute : feedRoute;
  const response = await route(new Request(`http://localhost:3000${path}`), { params: Promise.resolve({ fichier }) });
  return { response, xml: await response.text() };
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes as ArrayLike<Node>).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM,
  );
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? null;

/** The elements RFC 4287 requires (section 4.1), checked one by one; returns the entries' titles. */
function expectValidAtom(xml: string): { title: string; id: string; link: string; summary: string | null }[] {
  const errors: string[] = [];
  const record = (level: string) => (message: string) => errors.push(`${level}: ${message}`);
  const doc = new DOMParser({ errorHandler: { warning: record("warning"), error: record("error"), fatalError: record("fatal") } }).parseFromString(
    xml,
    "application/xml",
  );
  expect(errors).toEqual([]);
  const feed = doc.documentElement as unknown as Element;
  expect([feed.localName, feed.namespaceURI]).toEqual(["feed", ATOM]);
  for (const name of ["id", "title", "updated"]) expect(children(feed, name), `feed/${name}`).toHaveLength(1);
  expect(text(feed, "updated")).toMatch(RFC3339);
  // atom:author on the feed, since entries carry none.
  expect(text(children(feed, "author")[0]!, "name")).toBeTruthy();
  const links = children(feed, "link");
  expect(links.filter((l) => l.getAttribute("rel") === "self")).toHaveLength(1);
  const ids = new Set<string>();
  return children(feed, "entry").map((entry) => {
    for (const name of ["id", "title", "updated"]) expect(children(entry, name), `entry/${name}`).toHaveLength(1);
    expect(text(entry, "updated")).toMatch(RFC3339);
    const id = text(entry, "id")!;
    expect(() => new URL(id)).not.toThrow();
    expect(ids.has(id)).toBe(false);
    ids.add(id);
    const alternate = children(entry, "link").filter((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
    expect(alternate).toHaveLength(1);
    return { title: text(entry, "title")!, id, link: alternate[0]!.getAttribute("href")!, summary: text(entry, "summary") };
  });
}

let admin: Actor;

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  await createDraftIdea({ title: "Brouillon secret", text: DRAFT_TEXT, searchText: "secrete" });
});

describe("Atom feeds", () => {
  it("/flux/rencontres.atom lists the published rencontres, never a draft", async () => {
    const { response, xml } = await fetchFeed("/flux/rencontres.atom");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const entries = expectValidAtom(xml);
    expect(entries.map((e) => [e.title, e.link])).toEqual([
      ["Grande Rencontre — Paris, 13 décembre 2021", "http://localhost:3000/rencontres/paris-2021"],
    ]);
    expect(xml).not.toContain("Brouillon secret");
  });

  it("/flux/themes/<slug>.atom lists the theme's published ideas, accents escaped right", async () => {
    const entries = expectValidAtom((await fetchFeed("/flux/themes/apprentissage-et-formation.atom")).xml);
    expect(entries).toHaveLength(4);
    expect(entries.map((e) => e.title)).toContain("Des unités d'enseignement communes");
    expect(entries.map((e) => e.title)).not.toContain(DRAFT_TEXT);
    expect((await fetchFeed("/flux/themes/n-existe-pas.atom")).response.status).toBe(404);
    expect((await fetchFeed("/flux/themes/..%2Fetc.atom")).response.status).toBe(404);
  });

  it("/flux/suivi.atom shows a status change and a note as soon as they are saved, newest first, without who made them", async () => {
    expect(expectValidAtom((await fetchFeed("/flux/suivi.atom")).xml)).toEqual([]);
    const idea = await db.item.findFirstOrThrow({
      where: { kind: "IDEA", table: { number: 3 } },
      orderBy: { position: "asc" },
      select: { id: true, slug: true, plainText: true },
    });
    const { version } = (await getIdeaForFollowUp(admin, idea.id))!;
    await addFollowUp(admin, idea.id, FollowUpSchema.parse({ status: "EN_COURS", version }));
    await addFollowUp(
      admin,
      idea.id,
      FollowUpSchema.parse({ status: "REALISEE", date: "2023-01-15", text: "Trois rendez-vous <par> an & plus.", version: version + 1 }),
    );
    const { xml } = await fetchFeed("/flux/suivi.atom");
    const entries = expectValidAtom(xml);
    expect(entries.map((e) => e.title)).toEqual([
      `« ${idea.plainText} » : statut « Réalisée », note du 15 janvier 2023`,
      `« ${idea.plainText} » : statut « En cours »`,
    ]);
    expect(entries[0]!.summary).toContain("Trois rendez-vous <par> an & plus.");
    expect(entries[0]!.link).toBe(`http://localhost:3000/pistes/${idea.slug}`);
    expect(xml).not.toContain("orga@example.org");
  });

  it("leaves out the follow-up of a draft's idea", async () => {
    const draftIdea = await db.item.findFirstOrThrow({ where: { plainText: DRAFT_TEXT }, select: { id: true } });
    await addFollowUp(admin, draftIdea.id, FollowUpSchema.parse({ status: "EN_COURS", date: "2026-03-02", text: "Note du brouillon", version: 1 }));
    const { xml } = await fetchFeed("/flux/suivi.atom");
    expect(expectValidAtom(xml)).toEqual([]);
    expect(xml).not.toContain("brouillon");
  });
});
