/**
 * French wording for the ROME catalogue's values: RIASEC explained in plain words, tags, core
 * of the job. Shared by the web app and any document that shows a job sheet.
 */
import type { JobSheet } from './schemas.ts';
import type { RiasecLetter } from '../domain/model.ts';

export const RIASEC_TYPES: Record<RiasecLetter, { name: string; adjective: string; likes: string }> = {
  R: {
    name: 'Réaliste',
    adjective: 'réaliste',
    likes: 'le concret : manipuler des outils, des machines ou des matériaux, travailler de ses mains ou en plein air',
  },
  I: {
    name: 'Investigateur',
    adjective: 'investigatrice',
    likes: 'comprendre : observer, analyser, chercher et résoudre des problèmes par la réflexion',
  },
  A: {
    name: 'Artistique',
    adjective: 'artistique',
    likes: 'créer : imaginer, s’exprimer, inventer des formes ou des idées nouvelles',
  },
  S: {
    name: 'Social',
    adjective: 'sociale',
    likes: 'les autres : aider, soigner, conseiller, former ou accompagner des personnes',
  },
  E: {
    name: 'Entreprenant',
    adjective: 'entreprenante',
    likes: 'agir et convaincre : diriger, négocier, prendre des décisions et mener des projets',
  },
  C: {
    name: 'Conventionnel',
    adjective: 'conventionnelle',
    likes: 'l’organisation : la précision, les règles, le classement et le traitement méthodique d’informations',
  },
};

/** "Code RIASEC SE : dominante sociale, puis entreprenante." */
export function riasecSummary(riasec: { major: RiasecLetter; minor: RiasecLetter | null }): string {
  const major = RIASEC_TYPES[riasec.major];
  if (!riasec.minor) return `Code RIASEC ${riasec.major} : dominante ${major.adjective}.`;
  return `Code RIASEC ${riasec.major}${riasec.minor} : dominante ${major.adjective}, puis ${RIASEC_TYPES[riasec.minor].adjective}.`;
}

export const ECOLOGICAL_TRANSITION_LABELS: Record<NonNullable<JobSheet['tags']['ecologicalTransition']>, string> = {
  vert: 'Emploi vert (transition écologique)',
  blanc: 'Emploi blanc (peut contribuer à la transition écologique)',
  brun: 'Emploi brun (activité à transformer pour la transition écologique)',
  strategique: 'Emploi stratégique pour la transition écologique',
};

/** The tags of a job, in words; only those set. */
export function jobTagLabels(tags: JobSheet['tags']): string[] {
  const labels: string[] = [];
  if (tags.regulated) labels.push('Métier réglementé');
  if (tags.cadre) labels.push('Emploi de cadre');
  if (tags.ecologicalTransition) labels.push(ECOLOGICAL_TRANSITION_LABELS[tags.ecologicalTransition]);
  if (tags.digitalTransition) labels.push('Concerné par la transition numérique');
  if (tags.demographicTransition) labels.push('Concerné par la transition démographique');
  return labels;
}

export const CORE_LABELS = { principale: 'Cœur de métier', emergente: 'Cœur de métier (émergent)' } as const;
