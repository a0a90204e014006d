/**
 * A second, real-looking compte rendu (Lyon, 2024) whose ideas are those of Paris 2021
 * reworded, plus ideas Paris never had: what recurrence must recognise, and must not.
 * Shared by the recurrence tests and the precision measure.
 */
export const LYON_2024 = `## Grande Rencontre

## Entrepreneurs et travailleurs sociaux, Lyon

## SYNTHÈSE PAR TABLES

### TABLE 1

Autour de la table : Jeanne MARTIN (*Caracol*), Paul DURAND (*CCAS de Lyon*)

#### Principaux objectifs de la collaboration :

- Se connaître

#### Exemples de collaboration :

- Les **forums** locaux de l’ESS

#### Pistes de future collaboration :

- Un **observatoire** qui répertorie les **bonnes pratiques** et les actions menées localement
- Des **rendez-vous « Vis ma vie »** d’une journée entre travailleurs sociaux et entrepreneurs sociaux
- Une **fête de quartier** annuelle avec les habitants

### TABLE 2

Autour de la table : Lucie BERNARD (*Solinum*), Marc PETIT (*Métropole de Lyon*)

#### Principaux objectifs de la collaboration :

- Apprendre ensemble

#### Exemples de collaboration :

- Un **jardin partagé** au pied des immeubles

#### Pistes de future collaboration :

- Des **stages de découverte** du terrain inclus dans la formation des travailleurs sociaux
- Une **navette électrique** pour les personnes âgées isolées
`;
