/**
 * Big Five constructs as Sillage names them: French names without clinical words ("Névrosisme"
 * becomes « Sensibilité émotionnelle »), both poles described positively, and the reliability
 * (Cronbach's α) we could verify for each facet of the IPIP-NEO-120.
 *
 * Facet α: IPIP-120 column of "Characteristics of the IPIP Scales Measuring Constructs Similar to
 * Those in the 30 NEO-PI-R Facet Scales" (Johnson, 2011; https://ipip.ori.org/IPIP300-120ComparisonTable.htm).
 * Facets whose α we have not verified in a primary source carry `alpha: null` and are never shown
 * as results (they still count in their domain). Domain α = .85, the value instruments.md §1.1 and
 * §5 retain from Johnson (2014) for 24-item domains.
 */
export const DOMAINS = ['N', 'E', 'O', 'A', 'C'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface DomainInfo {
  name: string;
  /** What a higher score tends to mean, in a positive light. */
  higher: string;
  /** What a lower score tends to mean, in a positive light. */
  lower: string;
}

export const DOMAIN_INFO: Record<Domain, DomainInfo> = {
  N: {
    name: 'Sensibilité émotionnelle',
    higher:
      'vous ressentez vivement les émotions et les tensions, ce qui aide à repérer tôt ce qui ne va pas et à prendre les risques au sérieux',
    lower: 'vous gardez en général votre calme et vous vous remettez vite des contrariétés',
  },
  E: {
    name: 'Extraversion',
    higher: 'vous puisez votre énergie dans les échanges, l’action et la compagnie des autres',
    lower: 'vous appréciez le calme, la réflexion et les relations choisies, et travaillez volontiers en autonomie',
  },
  O: {
    name: 'Ouverture à l’expérience',
    higher: 'vous aimez la nouveauté, les idées, l’imaginaire et les expériences variées',
    lower: 'vous privilégiez le concret, l’éprouvé et les approches qui ont fait leurs preuves',
  },
  A: {
    name: 'Agréabilité',
    higher: 'vous recherchez la coopération, la confiance et l’harmonie dans vos relations',
    lower: 'vous défendez volontiers vos positions, exprimez vos désaccords et gardez un regard critique',
  },
  C: {
    name: 'Caractère consciencieux',
    higher: 'vous aimez organiser, planifier et mener les choses à leur terme avec rigueur',
    lower: 'vous faites preuve de souplesse, d’improvisation et vous adaptez volontiers au fil de l’eau',
  },
};

export interface FacetInfo {
  id: string;
  domain: Domain;
  /** Facet number within its domain in the IPIP-NEO (1–6). */
  index: number;
  name: string;
  /** English facet name of the IPIP-NEO-120, for traceability. */
  sourceName: string;
  alpha: number | null;
}

const facet = (domain: Domain, index: number, name: string, sourceName: string, alpha: number | null): FacetInfo => ({
  id: `${domain.toLowerCase()}${index}`,
  domain,
  index,
  name,
  sourceName,
  alpha,
});

/** The 29 facets kept (O6 "Liberalism" is removed: political opinions, GDPR Art. 9). */
export const FACETS: readonly FacetInfo[] = [
  facet('N', 1, 'Inquiétude', 'Anxiety', 0.71),
  facet('N', 2, 'Irritabilité', 'Anger', 0.77),
  facet('N', 3, 'Tendance au découragement', 'Depression', 0.8),
  facet('N', 4, 'Gêne dans les situations sociales', 'Self-Consciousness', 0.63),
  facet('N', 5, 'Difficulté à modérer ses envies', 'Immoderation', 0.69),
  facet('N', 6, 'Sensibilité à la pression', 'Vulnerability', 0.7),
  facet('E', 1, 'Chaleur relationnelle', 'Friendliness', 0.77),
  facet('E', 2, 'Goût des groupes', 'Gregariousness', 0.6),
  facet('E', 3, 'Affirmation de soi', 'Assertiveness', 0.75),
  facet('E', 4, 'Rythme d’activité', 'Activity Level', 0.68),
  facet('E', 5, 'Goût des sensations fortes', 'Excitement-Seeking', 0.67),
  facet('E', 6, 'Gaieté', 'Cheerfulness', 0.71),
  facet('O', 1, 'Imagination', 'Imagination', 0.7),
  facet('O', 2, 'Sensibilité artistique', 'Artistic Interests', 0.72),
  facet('O', 3, 'Attention aux émotions', 'Emotionality', 0.67),
  facet('O', 4, 'Goût de la nouveauté', 'Adventurousness', null),
  facet('O', 5, 'Curiosité intellectuelle', 'Intellect', null),
  facet('A', 1, 'Confiance', 'Trust', null),
  facet('A', 2, 'Franchise', 'Morality', null),
  facet('A', 3, 'Altruisme', 'Altruism', null),
  facet('A', 4, 'Esprit de conciliation', 'Cooperation', null),
  facet('A', 5, 'Modestie', 'Modesty', null),
  facet('A', 6, 'Compassion', 'Sympathy', null),
  facet('C', 1, 'Sentiment d’efficacité', 'Self-Efficacy', null),
  facet('C', 2, 'Sens de l’ordre', 'Orderliness', null),
  facet('C', 3, 'Sens du devoir', 'Dutifulness', null),
  facet('C', 4, 'Goût de la réussite', 'Achievement-Striving', null),
  facet('C', 5, 'Autodiscipline', 'Self-Discipline', null),
  facet('C', 6, 'Prudence', 'Cautiousness', null),
];

/** α of the 24-item domains (instruments.md: "mid-.8 for domains", Johnson 2014). */
export const DOMAIN_ALPHA_24 = 0.85;
/** Facets are shown (as discussion prompts, never as findings) only from this verified α. */
export const FACET_ALPHA_TO_SHOW = 0.7;
/** z for a two-sided 90 % band. */
export const Z90 = 1.64;

/** Mean inter-item correlation implied by α for k items (Spearman–Brown inverted). */
export function interItemCorrelation(alpha: number, k: number): number {
  return alpha / (k - (k - 1) * alpha);
}

/** α of a scale of k items whose mean inter-item correlation is r (Spearman–Brown). */
export function alphaFor(r: number, k: number): number {
  return (k * r) / (1 + (k - 1) * r);
}
