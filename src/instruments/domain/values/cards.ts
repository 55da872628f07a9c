/**
 * Values, needs and career anchors card sort: 36 cards written for Sillage.
 *
 * Built on public theories, with no copied item: Schwartz's theory of basic human values (10
 * values, 4 higher-order poles), the six O*NET work values (Achievement, Independence,
 * Recognition, Relationships, Support, Working Conditions) and Schein's eight career-anchor
 * concepts. None of the cards reproduces a PVQ, Work Importance Locator or Career Orientations
 * Inventory statement. Licence: ours (AGPL-3.0-or-later, like Sillage). Source ids: our card ids.
 * Hedonism sits between openness and self-enhancement in Schwartz's circle; we count it with
 * openness to change. No card asks about religion or politics (GDPR Art. 9).
 */
import type { InstrumentSource } from '../provenance.ts';

export const SCHWARTZ_VALUES = {
  autonomie: { name: 'Autonomie de pensée et d’action', pole: 'ouverture' },
  stimulation: { name: 'Stimulation', pole: 'ouverture' },
  hedonisme: { name: 'Plaisir', pole: 'ouverture' },
  reussite: { name: 'Réussite', pole: 'affirmation' },
  pouvoir: { name: 'Pouvoir', pole: 'affirmation' },
  securite: { name: 'Sécurité', pole: 'continuite' },
  conformite: { name: 'Conformité', pole: 'continuite' },
  tradition: { name: 'Tradition', pole: 'continuite' },
  bienveillance: { name: 'Bienveillance', pole: 'depassement' },
  universalisme: { name: 'Universalisme', pole: 'depassement' },
} as const;
export type SchwartzValue = keyof typeof SCHWARTZ_VALUES;

export const POLES = {
  ouverture: 'Ouverture au changement',
  continuite: 'Continuité et sécurité',
  affirmation: 'Affirmation de soi',
  depassement: 'Dépassement de soi, attention aux autres',
} as const;
export type Pole = keyof typeof POLES;

/** Opposite poles of Schwartz's circle. */
export const OPPOSITE_POLES: readonly [Pole, Pole][] = [
  ['ouverture', 'continuite'],
  ['affirmation', 'depassement'],
];

export const WORK_VALUES = {
  accomplissement: 'Accomplissement',
  independance: 'Indépendance',
  reconnaissance: 'Reconnaissance',
  relations: 'Relations humaines',
  soutien: 'Soutien de l’organisation',
  conditions: 'Conditions de travail',
} as const;
export type WorkValue = keyof typeof WORK_VALUES;

export const ANCHORS = {
  expertise: 'Expertise technique ou métier',
  management: 'Management',
  autonomie: 'Autonomie et indépendance',
  stabilite: 'Sécurité et stabilité',
  creation: 'Création d’entreprise',
  service: 'Service d’une cause',
  defi: 'Défi',
  equilibre: 'Équilibre des temps de vie',
} as const;
export type Anchor = keyof typeof ANCHORS;

export interface ValueCard {
  id: string;
  label: string;
  value: SchwartzValue;
  workValue: WorkValue;
  anchor?: Anchor | undefined;
}

export const VALUES_SOURCE: InstrumentSource = {
  instrumentId: 'valeurs-tri-cartes',
  version: 1,
  name: 'Valeurs, besoins et ancres de carrière (tri de cartes)',
  source: {
    citation:
      'Cartes écrites pour Sillage à partir des théories de Schwartz (1992), des valeurs de travail O*NET et des ancres de carrière de Schein',
    url: 'https://doi.org/10.9707/2307-0919.1116',
    licence: 'cartes de Sillage sous licence libre AGPL 3.0 ou ultérieure',
    licenceNote:
      'Aucun item copié : seules les théories publiques sont reprises ; cartes rédigées par l’équipe Sillage.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 36,
};

const c = (id: string, label: string, value: SchwartzValue, workValue: WorkValue, anchor?: Anchor): ValueCard => ({
  id,
  label,
  value,
  workValue,
  anchor,
});

export const VALUE_CARDS: readonly ValueCard[] = [
  c(
    'organiser-mon-travail',
    'Choisir moi-même comment j’organise mon travail',
    'autonomie',
    'independance',
    'autonomie',
  ),
  c('mon-rythme', 'Décider de mes horaires et de mon rythme', 'autonomie', 'independance', 'autonomie'),
  c('apprendre', 'Apprendre sans cesse et approfondir mon expertise', 'autonomie', 'accomplissement', 'expertise'),
  c('mes-idees', 'Exprimer ma créativité et proposer mes propres idées', 'autonomie', 'independance', 'creation'),
  c('creer-activite', 'Créer ou reprendre ma propre activité', 'autonomie', 'independance', 'creation'),
  c('variete', 'Vivre des situations variées, sans routine', 'stimulation', 'conditions', 'defi'),
  c('defis', 'Relever des défis difficiles', 'stimulation', 'accomplissement', 'defi'),
  c('changer', 'Changer régulièrement de projet, de lieu ou d’équipe', 'stimulation', 'conditions'),
  c('plaisir', 'Prendre du plaisir dans ce que je fais au quotidien', 'hedonisme', 'conditions'),
  c('ambiance', 'Travailler dans une ambiance détendue et conviviale', 'hedonisme', 'relations'),
  c('vie-perso', 'Garder du temps pour ma vie personnelle et mes loisirs', 'hedonisme', 'conditions', 'equilibre'),
  c('objectifs', 'Atteindre des objectifs ambitieux', 'reussite', 'accomplissement', 'defi'),
  c('resultat-concret', 'Voir concrètement le résultat de mon travail', 'reussite', 'accomplissement', 'expertise'),
  c('qualite-reconnue', 'Être reconnu·e pour la qualité de mon travail', 'reussite', 'reconnaissance', 'expertise'),
  c('evoluer', 'Progresser et évoluer dans ma carrière', 'reussite', 'reconnaissance', 'management'),
  c('diriger', 'Diriger une équipe et prendre des décisions', 'pouvoir', 'reconnaissance', 'management'),
  c('bien-gagner', 'Bien gagner ma vie', 'pouvoir', 'conditions'),
  c('influence', 'Peser sur les orientations de mon organisation', 'pouvoir', 'reconnaissance', 'management'),
  c('emploi-stable', 'Avoir un emploi stable et durable', 'securite', 'conditions', 'stabilite'),
  c('pres-de-chez-moi', 'Travailler près de chez moi', 'securite', 'conditions', 'equilibre'),
  c('attentes-claires', 'Savoir précisément ce que l’on attend de moi', 'securite', 'soutien', 'stabilite'),
  c('sante', 'Travailler sans risque pour ma santé', 'securite', 'conditions'),
  c('bons-outils', 'Disposer de bons outils et de bonnes conditions matérielles', 'securite', 'conditions'),
  c('regles-claires', 'Suivre des règles claires et des procédures établies', 'conformite', 'soutien', 'stabilite'),
  c('bonne-entente', 'Préserver la bonne entente et éviter les conflits', 'conformite', 'relations'),
  c('encadrement', 'Être soutenu·e par un encadrement juste et compétent', 'conformite', 'soutien'),
  c(
    'transmettre',
    'Transmettre un savoir-faire ou un métier traditionnel',
    'tradition',
    'accomplissement',
    'expertise',
  ),
  c('usages-metier', 'Rester fidèle aux valeurs et aux usages de mon métier', 'tradition', 'relations'),
  c(
    'histoire',
    'Travailler dans une structure qui a une histoire et une identité fortes',
    'tradition',
    'soutien',
    'stabilite',
  ),
  c('aider', 'Aider directement des personnes', 'bienveillance', 'relations', 'service'),
  c('collegues', 'Travailler avec des collègues sur qui je peux compter', 'bienveillance', 'relations'),
  c('equipe', 'Faire partie d’une équipe soudée', 'bienveillance', 'relations'),
  c('territoire', 'Être utile à mon territoire, à ma communauté', 'bienveillance', 'relations', 'service'),
  c('environnement', 'Contribuer à protéger l’environnement', 'universalisme', 'relations', 'service'),
  c('justice', 'Agir pour plus de justice et d’égalité', 'universalisme', 'relations', 'service'),
  c('diversite', 'Travailler avec des personnes d’horizons très différents', 'universalisme', 'relations'),
];
