/** Word lists for French-like synthetic rencontres (realistic enough to search and filter). */

export const CITIES = [
  "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Montpellier", "Rennes",
  "Grenoble", "Dijon", "Angers", "Nîmes", "Saint-Étienne", "Clermont-Ferrand", "Le Havre", "Reims", "Toulon", "Brest",
  "Limoges", "Tours", "Amiens", "Perpignan", "Metz", "Besançon", "Orléans", "Rouen", "Mulhouse", "Caen",
];

export const EXTRA_THEMES = [
  "Emploi et insertion",
  "Logement et hébergement",
  "Numérique et outils partagés",
  "Financement des projets",
  "Participation des personnes accompagnées",
  "Santé et accès aux droits",
  "Gouvernance territoriale",
];

export const FIRST_NAMES = [
  "Camille", "Léa", "Hugo", "Inès", "Lucas", "Chloé", "Nathan", "Manon", "Yanis", "Sarah", "Théo", "Élise", "Rémi", "Zoé",
  "Julien", "Aïcha", "Mathis", "Noémie", "Karim", "Agnès", "Benoît", "Céline", "Damien", "Fatou", "Gaël", "Hélène", "Jérôme",
];
export const LAST_NAMES = [
  "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT",
  "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER",
  "BENALI", "N'DIAYE", "NGUYEN", "KOWALSKI", "PEREIRA", "CHEVALIER",
];

export const ORG_PREFIXES = ["Association", "Collectif", "Fondation", "Centre social", "Coopérative", "Réseau", "Atelier", "Maison", "Fabrique", "École"];
export const ORG_NAMES = [
  "Solidarités", "Horizons", "Passerelles", "Les Liens", "Tremplin", "Entraide", "Cap Avenir", "Les Ponts", "Équinoxe", "Ricochet",
  "Boussole", "Archipel", "Les Racines", "Envol", "Carrefour", "Semeurs", "Trait d'union", "Lumière", "Agora", "Vivre ensemble",
];

export const ACTIONS = [
  "Des ateliers de", "Des rencontres régulières autour de", "Un programme de", "Des temps d'échange sur", "Une plateforme de",
  "Des formations communes sur", "Un groupe de travail dédié à", "Des journées d'immersion consacrées à", "Un annuaire partagé de",
  "Des rendez-vous « Vis ma vie » pour", "Une équipe mixte chargée de", "Un observatoire local de",
];
export const TOPICS = [
  "découverte des métiers", "formation croisée", "insertion professionnelle", "accès au logement", "médiation numérique",
  "coopération territoriale", "accompagnement des familles", "mobilité solidaire", "santé mentale", "alimentation durable",
  "lutte contre l'isolement", "économie circulaire", "participation des habitants", "égalité des chances", "tiers-lieux",
];
export const LINKS = [
  "entre travailleurs sociaux et entrepreneurs sociaux", "avec les équipes des collectivités", "pour les personnes accompagnées",
  "dans les quartiers prioritaires", "avec les écoles de travail social", "entre associations et entreprises d'insertion",
  "au sein des centres sociaux", "avec les bénévoles du territoire",
];
export const PLACES = ["à la maison des associations", "dans un tiers-lieu", "en mairie de quartier", "au centre social", "en ligne", "sur le marché", ""];

export const OBJECTIVES = [
  "Se connaître et se comprendre", "Augmenter les compétences mutuelles", "Construire des actions ensemble",
  "Mieux répondre aux besoins des usagers", "Valoriser le travail social", "Transformer les cadres et les normes",
  "Partager des outils communs", "Créer des réseaux interprofessionnels", "Prendre des décisions partagées",
];
