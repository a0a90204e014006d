import { foldText, stripMarkup } from "@/lib/text/normalize";

const MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

/** The first French date of a text ("Le 13 décembre 2021 …") as YYYY-MM-DD. */
export function findFrenchDate(text: string): string | null {
  const folded = foldText(stripMarkup(text));
  const match = /\b(\d{1,2})(?:er)?\s+(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(\d{4})\b/.exec(
    folded,
  );
  if (!match) return null;
  const day = Number(match[1]);
  const month = MONTHS.indexOf(match[2]!) + 1;
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
  const parts = stripMarkup(subtitle).split(/[,–—-]\s+/);
  const last = parts.length > 1 ? parts.at(-1)!.trim() : null;
  return last && /^\p{Lu}[\p{L}' -]{1,60}$/u.test(last) ? last : null;
}
