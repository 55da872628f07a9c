/**
 * The four-step scale of a competence's level, with behavioural anchors: what the person does at
 * each step, in their own words, so that the beneficiary and the consultant place a competence
 * on facts rather than on modesty or confidence.
 */
export const LEVELS = [1, 2, 3, 4] as const;
export type CompetenceLevel = (typeof LEVELS)[number];

export interface LevelAnchor {
  level: CompetenceLevel;
  /** The step's name. */
  label: string;
  /** What the person does at this step. */
  anchor: string;
}

export const LEVEL_ANCHORS: readonly LevelAnchor[] = [
  {
    level: 1,
    label: 'Notions',
    anchor: 'Je connais le principe et je l’ai vu faire, mais je ne l’ai pas encore fait seul·e.',
  },
  {
    level: 2,
    label: 'Pratique accompagnée',
    anchor: 'Je l’ai fait avec de l’aide ou en suivant une procédure ; je demande conseil dès que la situation change.',
  },
  {
    level: 3,
    label: 'Autonome',
    anchor: 'Je le fais seul·e et régulièrement, y compris quand la situation sort de l’ordinaire.',
  },
  {
    level: 4,
    label: 'Expert·e, peut transmettre',
    anchor:
      'Je le maîtrise au point de l’enseigner, d’améliorer la façon de faire et d’être sollicité·e par les autres.',
  },
];

export function levelAnchor(level: CompetenceLevel): LevelAnchor {
  return LEVEL_ANCHORS[level - 1]!;
}
