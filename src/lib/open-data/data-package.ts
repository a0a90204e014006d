/**
 * The data package of /donnees (Frictionless Data: Data Package and Table Schema, v1): its
 * files, their fields and what each holds. Pure: the page that explains the files, the
 * writer of the files (src/server/open-data/) and the descriptor all read it.
 */

type FieldType = "string" | "integer" | "date" | "datetime";
export type DataField = { name: string; type: FieldType; description: string; required?: boolean; enum?: string[] };
type ForeignKey = { fields: string; reference: { resource: string; fields: string } };
export type DataResource = {
  name: string;
  title: string;
  description: string;
  fields: DataField[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
};

export const RESOURCE_NAMES = [
  "rencontres",
  "tables",
  "participations",
  "organisations",
  "rencontres-organisations",
  "items",
  "themes",
  "items-themes",
  "items-mentions",
  "items-lies",
  "suivi",
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

const id = (description: string): DataField => ({ name: "id", type: "string", description, required: true });
const ref = (name: string, description: string, required = true): DataField => ({ name, type: "string", description, required });
const fk = (field: string, resource: ResourceName): ForeignKey => ({ fields: field, reference: { resource, fields: "id" } });
const address: DataField = { name: "adresse", type: "string", description: "Adresse de sa page sur le site." };

export const DATA_RESOURCES: Record<ResourceName, DataResource> = {
  rencontres: {
    name: "rencontres",
    title: "Rencontres",
    description: "Les Grandes Rencontres publiées : une ligne par rencontre.",
    primaryKey: ["id"],
    fields: [
      id("Identifiant de la rencontre."),
      { name: "slug", type: "string", description: "Nom court de la rencontre dans les adresses du site.", required: true },
      { name: "titre", type: "string", description: "Titre de la rencontre.", required: true },
      { name: "sous_titre", type: "string", description: "Sous-titre, s’il y en a un." },
      { name: "edition", type: "integer", description: "Numéro de l’édition, s’il est connu." },
      { name: "ville", type: "string", description: "Ville où elle s’est tenue.", required: true },
      { name: "territoire", type: "string", description: "Territoire (département, région…), s’il est précisé." },
      { name: "date", type: "date", description: "Jour de la rencontre (AAAA-MM-JJ), s’il est connu." },
      { name: "lieu", type: "string", description: "Lieu d’accueil." },
      { name: "publiee_le", type: "datetime", description: "Date et heure de la publication (UTC)." },
      address,
    ],
  },
  tables: {
    name: "tables",
    title: "Tables",
    description: "Les tables de travail (ateliers) de chaque rencontre.",
    primaryKey: ["id"],
    foreignKeys: [fk("rencontre_id", "rencontres")],
    fields: [
      id("Identifiant de la table."),
      ref("rencontre_id", "Rencontre de la table (rencontres.csv)."),
      { name: "numero", type: "integer", description: "Numéro de la table dans sa rencontre.", required: true },
      { name: "titre", type: "string", description: "Titre de la table, s’il y en a un." },
      address,
    ],
  },
  participations: {
    name: "participations",
    title: "Participations",
    description:
      "Qui a siégé à chaque table, et qui a animé la table ronde ou y est intervenu. Une personne qui a choisi de ne pas apparaître est nommée « Participant·e », avec son organisation ; une personne effacée n’y est pas.",
    primaryKey: ["id"],
    foreignKeys: [fk("rencontre_id", "rencontres"), fk("table_id", "tables"), fk("organisation_id", "organisations")],
    fields: [
      id("Identifiant de la participation."),
      ref("rencontre_id", "Rencontre (rencontres.csv)."),
      ref("table_id", "Table où la personne siégeait (tables.csv) ; vide pour la table ronde.", false),
      {
        name: "role",
        type: "string",
        description: "« table » (participant·e d’une table), « animation » ou « intervention » (table ronde).",
        required: true,
        enum: ["table", "animation", "intervention"],
      },
      { name: "nom", type: "string", description: "Nom de la personne, ou « Participant·e » si elle a choisi de ne pas apparaître.", required: true },
      ref("organisation_id", "Organisation de la personne (organisations.csv), si elle en a une.", false),
      {
        name: "statut",
        type: "string",
        description: "Situation donnée à la place d’une organisation (« Freelance », « en création d’entreprise »…).",
      },
      { name: "position", type: "integer", description: "Rang dans la liste de la table ou de la table ronde.", required: true },
    ],
  },
  organisations: {
    name: "organisations",
    title: "Organisations",
    description: "Les organisations présentes dans les rencontres publiées : organisatrices, partenaires, aux tables, à la table ronde, ou citées.",
    primaryKey: ["id"],
    fields: [
      id("Identifiant de l’organisation."),
      { name: "slug", type: "string", description: "Nom court dans les adresses du site.", required: true },
      { name: "nom", type: "string", description: "Nom de l’organisation.", required: true },
      { name: "type", type: "string", description: "Type d’organisation (association, collectivité, entreprise sociale…).", required: true },
      { name: "site", type: "string", description: "Site internet, s’il est connu." },
      { name: "ville", type: "string", description: "Ville, si elle est connue." },
      address,
    ],
  },
  "rencontres-organisations": {
    name: "rencontres-organisations",
    title: "Organisatrices et partenaires",
    description: "Les organisations qui ont organisé ou soutenu chaque rencontre.",
    primaryKey: ["rencontre_id", "organisation_id", "role"],
    foreignKeys: [fk("rencontre_id", "rencontres"), fk("organisation_id", "organisations")],
    fields: [
      ref("rencontre_id", "Rencontre (rencontres.csv)."),
      ref("organisation_id", "Organisation (organisations.csv)."),
      { name: "role", type: "string", description: "« organisation » ou « partenaire ».", required: true, enum: ["organisation", "partenaire"] },
      { name: "position", type: "integer", description: "Rang dans la liste.", required: true },
    ],
  },
  items: {
    name: "items",
    title: "Exemples et pistes",
    description: "Les exemples de collaboration existante et les pistes de future collaboration de chaque table.",
    primaryKey: ["id"],
    foreignKeys: [fk("rencontre_id", "rencontres"), fk("table_id", "tables")],
    fields: [
      id("Identifiant de l’exemple ou de la piste."),
      { name: "type", type: "string", description: "« piste » ou « exemple ».", required: true, enum: ["piste", "exemple"] },
      ref("rencontre_id", "Rencontre (rencontres.csv)."),
      ref("table_id", "Table d’où vient l’élément (tables.csv)."),
      { name: "position", type: "integer", description: "Rang dans la liste de sa table.", required: true },
      { name: "texte", type: "string", description: "Texte, sans mise en forme.", required: true },
      { name: "mots_cles", type: "string", description: "Mots-clés (les termes en gras du compte rendu), séparés par « | »." },
      {
        name: "statut",
        type: "string",
        description: "Suivi d’une piste : Proposée, En cours, Réalisée ou Abandonnée ; vide pour un exemple.",
        enum: ["Proposée", "En cours", "Réalisée", "Abandonnée"],
      },
      address,
    ],
  },
  themes: {
    name: "themes",
    title: "Thèmes",
    description: "Les thèmes qui classent les pistes.",
    primaryKey: ["id"],
    fields: [
      id("Identifiant du thème."),
      { name: "slug", type: "string", description: "Nom court dans les adresses du site.", required: true },
      { name: "nom", type: "string", description: "Nom du thème.", required: true },
      { name: "description", type: "string", description: "Ce que le thème recouvre." },
      { name: "position", type: "integer", description: "Rang dans la liste des thèmes.", required: true },
      address,
    ],
  },
  "items-themes": {
    name: "items-themes",
    title: "Thèmes des pistes",
    description: "Le ou les thèmes de chaque piste (ou exemple) : une ligne par paire.",
    primaryKey: ["item_id", "theme_id"],
    foreignKeys: [fk("item_id", "items"), fk("theme_id", "themes")],
    fields: [ref("item_id", "Piste ou exemple (items.csv)."), ref("theme_id", "Thème (themes.csv).")],
  },
  "items-mentions": {
    name: "items-mentions",
    title: "Organisations citées",
    description: "Les organisations citées dans chaque exemple ou piste.",
    primaryKey: ["item_id", "organisation_id"],
    foreignKeys: [fk("item_id", "items"), fk("organisation_id", "organisations")],
    fields: [ref("item_id", "Exemple ou piste (items.csv)."), ref("organisation_id", "Organisation citée (organisations.csv).")],
  },
  "items-lies": {
    name: "items-lies",
    title: "Mêmes idées ailleurs",
    description: "Les éléments reliés entre eux : la même idée soulevée à plusieurs tables ou rencontres.",
    primaryKey: ["item_id", "item_lie_id"],
    foreignKeys: [fk("item_id", "items"), fk("item_lie_id", "items")],
    fields: [ref("item_id", "Exemple ou piste (items.csv)."), ref("item_lie_id", "Élément relié (items.csv).")],
  },
  suivi: {
    name: "suivi",
    title: "Suivi des pistes",
    description: "Les notes datées du suivi des pistes : ce qu’elles sont devenues.",
    primaryKey: ["id"],
    foreignKeys: [fk("item_id", "items")],
    fields: [
      id("Identifiant de la note."),
      ref("item_id", "Piste suivie (items.csv)."),
      { name: "date", type: "date", description: "Date de la note (AAAA-MM-JJ).", required: true },
      {
        name: "statut",
        type: "string",
        description: "Statut donné à la piste par cette note, s’il a changé.",
        enum: ["Proposée", "En cours", "Réalisée", "Abandonnée"],
      },
      { name: "texte", type: "string", description: "Texte de la note." },
    ],
  },
};

export const resourceFile = (name: ResourceName) => `${name}.csv`;
export const DATA_PACKAGE_FILE = "datapackage.json";
export const LICENSE = {
  name: "etalab-2.0",
  title: "Licence Ouverte / Open Licence 2.0",
  path: "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
} as const;

/** The separator of the package's files: the Table Schema default (a comma), no BOM. */
export const PACKAGE_SEPARATOR = ",";

export type WrittenResource = { name: ResourceName; bytes: number; hash: string; rows: number };

/** The datapackage.json of one catalogue version. */
export function dataPackageDescriptor(options: { version: number; created: Date; siteUrl: string; resources: WrittenResource[] }) {
  return {
    profile: "tabular-data-package",
    name: "grandes-rencontres-es-ts",
    title: "Grandes Rencontres entre entrepreneurs sociaux et travailleurs sociaux",
    description:
      "Les comptes rendus publiés des Grandes Rencontres : rencontres, tables, participations, organisations, exemples et pistes de collaboration, thèmes, liens et suivi des pistes.",
    version: `${options.version}.0.0`,
    created: options.created.toISOString().slice(0, 19) + "Z",
    homepage: `${options.siteUrl}/donnees`,
    licenses: [LICENSE],
    keywords: ["économie sociale et solidaire", "travail social", "entrepreneuriat social", "collaboration"],
    resources: options.resources.map((written) => {
      const resource = DATA_RESOURCES[written.name];
      return {
        name: resource.name,
        path: resourceFile(written.name),
        title: resource.title,
        description: resource.description,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: written.bytes,
        hash: `sha256:${written.hash}`,
        dialect: { delimiter: PACKAGE_SEPARATOR, header: true },
        schema: {
          fields: resource.fields.map((f) => ({
            name: f.name,
            type: f.type,
            description: f.description,
            ...(f.required || f.enum ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: f.enum } : {}) } } : {}),
          })),
          primaryKey: resource.primaryKey,
          ...(resource.foreignKeys ? { foreignKeys: resource.foreignKeys } : {}),
          missingValues: [""],
        },
      };
    }),
  };
}
