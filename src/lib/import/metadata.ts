import { trimEndChars } from "@/lib/text/trim-chars";
import { foldText, stripMarkup } from "@/lib/text/normalize";

const MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

/** The first French date of a text ("Le 13 décembre 2021 …") as YYYY-MM-DD. */
export function findFrenchDate(text: string): string | null {
  const folded = foldText(stripMarkup(text));
  const match =
    /\b(\d{1,2})(?:er)?\s(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv\.?|fevr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|dec\.?)\s(\d{4})\b/.exec(
      folded,
    );
  if (!match) return null;
  const day = Number(match[1]);
  // "déc." and the other usual abbreviations: the month whose name they begin.
  const month = MONTHS.findIndex((name) => name.startsWith(trimEndChars(match[2]!, "."))) + 1;
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ORDINALS: Record<string, number> = {
  premiere: 1,
  deuxieme: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
};

/** "la toute première édition" → 1, "la 3e édition" → 3. */
export function findEdition(text: string): number | null {
  const folded = foldText(stripMarkup(text));
  const numeric = /\b(\d{1,3})\s*(?:e|eme|ere)\s+edition\b/.exec(folded);
  if (numeric) return Number(numeric[1]);
  const word = /\b(premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme)\s+edition\b/.exec(folded);
  return word ? ORDINALS[word[1]!]! : null;
}

/** "… a pris place au Centre d'études, … (CEDIAS)." → name "CEDIAS" and its full description. */
export function findVenue(text: string): { name: string; description: string } | null {
  const plain = stripMarkup(text);
  const match =
    /(?:a pris place|s'est (?:tenue?|déroulée?)|a eu lieu|se tenait|accueillie?)\s+(?:au|à la|à l'|dans les locaux (?:du|de la|de l')|chez)\s+([^\s.][^.]*)\./i.exec(
      plain,
    );
  if (!match) return null;
  const description = match[1]!.trim();
  const acronym = /\(([^()]{2,40})\)\s*$/.exec(description);
  return { name: acronym ? acronym[1]!.trim() : description, description };
}

/** "… compter sur la présence de la Fondation X, la DGCS, GNIAC & Ouishare qui ont été d'un grand soutien" */
export function findPartners(text: string): string[] {
  const plain = stripMarkup(text);
  const lead = /(?:compter sur la présence|avec le soutien|grâce au soutien|en partenariat avec|partenaires\s*:)/i.exec(plain);
  if (!lead) return [];
  // Up to the first "." or " qui", found by simple searches: one regex would backtrack on long spaces.
  let rest = plain.slice(lead.index + lead[0].length).trimStart();
  rest = rest.replace(/^(?:de |d'|du |des )/i, "");
  const line = rest.split("\n")[0]!;
  const stop = /\.|\squi\b/i.exec(line.slice(1));
  const names = stop ? line.slice(0, stop.index + 1) : line;
  if (!names) return [];
  return names
    .split(/,|&|\bet\b/)
    .map((name) =>
      name
        .trim()
        .replace(/^(?:la|le|les|l')\s*/i, "")
        .trim(),
    )
    .filter((name) => name.length > 1);
}

/** "Entrepreneurs et travailleurs sociaux, Paris" → "Paris". */
export function findCity(subtitle: string | null): string | null {
  if (!subtitle) return null;
  const plain = stripMarkup(subtitle);
  const parts = plain.split(/[,–—-]\s+/);
  // "…, Lyon 2023": the year is not part of the city.
  const last =
    parts.length > 1
      ? parts
          .at(-1)!
          .replace(/\s[0-9]{4}$/, "")
          .trim()
      : null;
  if (last && /^\p{Lu}[\p{L}' -]{1,60}$/u.test(last)) return last;
  // "Grande Rencontre de Bordeaux", "La rencontre à Lille": the city closes the title.
  const words = plain
    .replace(/\s[0-9]{4}$/, "")
    .trim()
    .split(" ");
  for (let i = Math.max(0, words.length - 5); i < words.length - 1; i++) {
    if (!["de", "à", "d'"].includes(words[i]!.toLocaleLowerCase("fr-FR"))) continue;
    const city = cityAt(words.slice(i + 1));
    if (city && city.split(" ").length === words.length - i - 1) return city;
  }
  const elided = /\sd['’](\p{Lu}[\p{L}-]{1,40})$/u.exec(plain.trim());
  return elided ? elided[1]! : null;
}

const PARTICLES = new Set(["en", "sur", "sous", "de", "du", "des", "la", "le", "les", "lès", "lez", "et", "d", "l"]);

/** "PARIS" → "Paris", "AIX-EN-PROVENCE" → "Aix-en-Provence"; a name already in mixed case is kept. */
export function fromCapitals(name: string): string {
  if (name !== name.toLocaleUpperCase("fr-FR")) return name;
  return name
    .toLocaleLowerCase("fr-FR")
    .split(/([\s'’-])/)
    .map((part, i) => (i > 0 && PARTICLES.has(part) ? part : part.charAt(0).toLocaleUpperCase("fr-FR") + part.slice(1)))
    .join("");
}

const CITY_WORD = /^\p{Lu}[\p{L}'’-]{1,40}$/u;

/** A city name at the start of `words`: capitalised words, joined by particles ("Saint-Denis", "Boulogne sur Mer"). */
function cityAt(words: string[]): string | null {
  const first = trimEndChars(words[0] ?? "", ",.;:)");
  if (!CITY_WORD.test(first)) return null;
  const taken = [first];
  for (let i = 1; i + 1 < words.length && i < 6; i += 2) {
    const particle = words[i]!;
    const next = trimEndChars(words[i + 1]!, ",.;:)");
    if (!PARTICLES.has(particle.toLocaleLowerCase("fr-FR")) || !CITY_WORD.test(next) || /[,.;:]$/.test(particle)) break;
    taken.push(particle, next);
    if (/[,.;:)]$/.test(words[i + 1]!)) break;
  }
  return taken.join(" ");
}

/** Words that open a title or a sentence, never a city. */
const NOT_CITIES = new Set(["la", "le", "les", "l'", "grande", "rencontre", "rencontres", "compte", "synthese", "introduction", "sommaire", "table"]);

function plausibleCity(name: string | null): string | null {
  if (!name || NOT_CITIES.has(foldText(name).split(/[\s'-]/)[0]!)) return null;
  return fromCapitals(name);
}

/**
 * The city, from the title block and the opening paragraphs, in this order: a title or subtitle
 * that ends with it ("…, Paris"), a dateline ("Bordeaux, le 12 mars 2023", "LYON – 3 JUIN 2022"),
 * a line that is only a city ("PARIS"), and "à Bordeaux" in the first paragraphs.
 */
export function findCityAnywhere(headings: string[], paragraphs: string[]): string | null {
  const clean = (texts: string[]) => texts.map((t) => stripMarkup(t).trim()).filter(Boolean);
  const titles = clean(headings);
  const opening = clean(paragraphs);
  const plain = [...titles, ...opening];
  for (const text of titles.slice(0, 12)) {
    const line = text.split("\n")[0]!;
    if (line.length <= 200) {
      const city = plausibleCity(findCity(line));
      if (city) return city;
    }
  }
  for (const text of plain) {
    for (const line of text.split("\n").slice(0, 20)) {
      const dateline = /^(.{2,60}?)\s?[,–—-]\s?(?:le\s)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?[\s/.]/iu.exec(
        line.trim(),
      );
      const city = dateline ? plausibleCity(cityAt(dateline[1]!.split(" "))) : null;
      if (city && city.split(" ").length === dateline![1]!.trim().split(" ").length) return city;
    }
  }
  for (const text of plain.slice(0, 12)) {
    if (text.length <= 40 && !text.includes(" ") && CITY_WORD.test(text) && text === text.toLocaleUpperCase("fr-FR")) {
      const city = plausibleCity(text);
      if (city) return city;
    }
  }
  for (const text of opening) {
    const words = text.replace(/\n/g, " ").slice(0, 3000).split(" ");
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i] !== "à" && words[i] !== "À") continue;
      const city = plausibleCity(cityAt(words.slice(i + 1, i + 8)));
      if (city) return city;
    }
  }
  return null;
}

/** "13/12/2021", "13.12.2021", "13-12-2021" or "2021-12-13" as YYYY-MM-DD, when it is a real day. */
export function findNumericDate(text: string): string | null {
  const dmy = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const found = dmy && (!iso || dmy.index <= iso.index) ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!found) return null;
  const [year, month, day] = found.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date written in words ("le lundi 13 décembre 2021") or in figures ("13/12/2021") in these texts. */
export function findDateAnywhere(texts: string[]): string | null {
  for (const text of texts) {
    const found = findFrenchDate(text) ?? findNumericDate(text);
    if (found) return found;
  }
  return null;
}
