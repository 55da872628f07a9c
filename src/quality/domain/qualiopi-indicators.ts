/**
 * The indicators of the Référentiel national qualité (annex to décret 2019-564, D6316-1-1) that
 * apply to bilans de compétences (legal.md Q-02): 22 of the 32, 27 only when the provider
 * subcontracts or uses *portage salarial*. Titles shortened from the référentiel's wording.
 */

export const BILAN_INDICATORS = [
  1, 2, 4, 5, 6, 9, 10, 11, 12, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32,
] as const;
export type BilanIndicator = (typeof BILAN_INDICATORS)[number];

/** Not applicable to bilans: never shown. */
export const NOT_APPLICABLE_TO_BILANS = [3, 7, 8, 13, 14, 15, 16, 20, 28, 29] as const;

export const INDICATOR_TITLES: Record<BilanIndicator, string> = {
  1: 'Information du public sur les prestations : prérequis, objectifs, durée, modalités et délais d’accès, tarifs, contacts, méthodes, accessibilité',
  2: 'Indicateurs de résultats adaptés à la prestation, diffusés au public',
  4: 'Analyse du besoin du bénéficiaire, avec l’entreprise ou le financeur le cas échéant',
  5: 'Objectifs opérationnels et évaluables de la prestation',
  6: 'Contenus et modalités de mise en œuvre adaptés aux objectifs et aux bénéficiaires',
  9: 'Information des bénéficiaires sur les conditions de déroulement de la prestation',
  10: 'Adaptation de la prestation, de l’accompagnement et du suivi aux bénéficiaires',
  11: 'Évaluation de l’atteinte des objectifs par les bénéficiaires',
  12: 'Mesures pour favoriser l’engagement des bénéficiaires et prévenir les abandons',
  17: 'Moyens humains et techniques, environnement adapté',
  18: 'Coordination des intervenants internes et externes',
  19: 'Ressources et outils mis à disposition des bénéficiaires',
  21: 'Compétences des intervenants : détermination, mobilisation et évaluation',
  22: 'Entretien et développement des compétences des intervenants',
  23: 'Veille légale et réglementaire, et exploitation des enseignements',
  24: 'Veille sur les compétences, les métiers et les emplois',
  25: 'Veille sur les innovations pédagogiques et technologiques',
  26: 'Accueil et accompagnement des personnes en situation de handicap',
  27: 'Sous-traitance ou portage salarial : respect du référentiel (seulement si vous y faites appel)',
  30: 'Recueil des appréciations des parties prenantes',
  31: 'Traitement des difficultés, des réclamations et des aléas',
  32: 'Mesures d’amélioration à partir des appréciations et des réclamations',
};
