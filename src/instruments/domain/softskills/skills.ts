/**
 * The 14 savoir-être professionnels of France Travail, with behaviour statements written for
 * Sillage, in the first person (self-rating) and the third person (le regard des autres).
 *
 * Source: France Travail (formerly Pôle emploi), list of the 14 savoir-être professionnels used in
 * the profil de compétences. Licence: the list is public information; every statement below was
 * written for Sillage (AGPL-3.0-or-later). Source ids: the names of the list.
 * Rating: 1–4, how often the behaviour shows at work (instruments.md §4: a rating plus one concrete
 * example, so that a soft skill stays tied to facts, not to a judgement of the person).
 */
import type { InstrumentSource } from '../provenance.ts';

export interface SoftSkill {
  id: string;
  /** Name in the France Travail list (source id). */
  name: string;
  self: string;
  other: string;
}

export const SOFT_SKILLS_SOURCE: InstrumentSource = {
  instrumentId: 'savoir-etre',
  version: 1,
  name: 'Savoir-être professionnels (auto-évaluation et regard des autres)',
  source: {
    citation: 'Les 14 savoir-être professionnels de France Travail ; énoncés rédigés pour Sillage',
    url: 'https://www.francetravail.fr/',
    licence: 'liste publique ; énoncés de Sillage sous licence libre AGPL 3.0 ou ultérieure',
    licenceNote:
      'Seule la liste des 14 savoir-être est reprise ; les descriptions de comportements sont propres à Sillage.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 14,
};

export const RATING_ANCHORS = [
  { value: 1, label: 'Rarement' },
  { value: 2, label: 'Parfois' },
  { value: 3, label: 'Souvent' },
  { value: 4, label: 'Presque toujours, même dans les situations difficiles' },
];

const s = (id: string, name: string, self: string, other: string): SoftSkill => ({ id, name, self, other });

export const SOFT_SKILLS: readonly SoftSkill[] = [
  s(
    'adaptation',
    'Capacité d’adaptation',
    'Je m’ajuste rapidement quand les consignes, les outils ou l’équipe changent.',
    'S’ajuste rapidement quand les consignes, les outils ou l’équipe changent.',
  ),
  s(
    'stress',
    'Gestion du stress',
    'Je garde mes moyens et je reste efficace face à l’urgence ou à la pression.',
    'Garde ses moyens et reste efficace face à l’urgence ou à la pression.',
  ),
  s(
    'organisation',
    'Sens de l’organisation',
    'Je planifie mon travail, je fixe des priorités et je respecte les délais.',
    'Planifie son travail, fixe des priorités et respecte les délais.',
  ),
  s(
    'rigueur',
    'Rigueur',
    'Je vérifie mon travail et je suis les règles et les procédures avec précision.',
    'Vérifie son travail et suit les règles et les procédures avec précision.',
  ),
  s(
    'equipe',
    'Travail en équipe',
    'Je partage l’information, j’aide mes collègues et je contribue aux objectifs communs.',
    'Partage l’information, aide ses collègues et contribue aux objectifs communs.',
  ),
  s(
    'federer',
    'Capacité à fédérer',
    'Je rassemble les personnes autour d’un projet et je leur donne envie d’y participer.',
    'Rassemble les personnes autour d’un projet et leur donne envie d’y participer.',
  ),
  s(
    'proposition',
    'Force de proposition',
    'Je propose des idées ou des améliorations, et je les argumente.',
    'Propose des idées ou des améliorations, et les argumente.',
  ),
  s(
    'curiosite',
    'Curiosité',
    'Je cherche à comprendre, à apprendre et à découvrir de nouveaux sujets.',
    'Cherche à comprendre, à apprendre et à découvrir de nouveaux sujets.',
  ),
  s(
    'communication',
    'Sens de la communication',
    'Je m’exprime clairement, j’écoute et j’adapte mon message à mes interlocuteurs.',
    'S’exprime clairement, écoute et adapte son message à ses interlocuteurs.',
  ),
  s(
    'perseverance',
    'Persévérance',
    'Je poursuis mes efforts malgré les difficultés et je mène les choses à leur terme.',
    'Poursuit ses efforts malgré les difficultés et mène les choses à leur terme.',
  ),
  s(
    'autonomie',
    'Autonomie',
    'J’avance dans mon travail sans avoir besoin d’être guidé·e à chaque étape.',
    'Avance dans son travail sans avoir besoin d’être guidé·e à chaque étape.',
  ),
  s(
    'decision',
    'Capacité de décision',
    'Je fais des choix en temps utile, après avoir pesé les éléments dont je dispose.',
    'Fait des choix en temps utile, après avoir pesé les éléments disponibles.',
  ),
  s(
    'recul',
    'Prise de recul',
    'Je prends de la distance pour analyser une situation avant d’agir ou de réagir.',
    'Prend de la distance pour analyser une situation avant d’agir ou de réagir.',
  ),
  s(
    'reactivite',
    'Réactivité',
    'J’agis vite quand un imprévu ou une demande urgente se présente.',
    'Agit vite quand un imprévu ou une demande urgente se présente.',
  ),
];
