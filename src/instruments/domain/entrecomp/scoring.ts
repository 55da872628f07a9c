/**
 * EntreComp self-assessment (pure): a level per competence, a mean per area (only with at least
 * 4 of its 5 competences rated), the competences to lean on and those to develop, and the points
 * of the readiness checklist still to work on. No norm: levels are the person's own reading.
 */
import type { Answers } from '../../../questionnaires/domain/conditions.ts';
import { DISCUSSION_HEADING, fr, fr1, provenanceLines, type ReportContext, type ReportModel } from '../report-model.ts';
import { AREAS, COMPETENCES, ENTRECOMP_SOURCE, READINESS, levelId, readinessId, type Area } from './grid.ts';

export interface EntreCompResult {
  levels: { competenceId: string; name: string; area: Area; level: number | null }[];
  areas: { area: Area; name: string; rated: number; mean: number | null }[];
  strengths: string[];
  toDevelop: string[];
  readinessToWork: string[];
}

const LEVEL_NAMES = ['', 'découverte', 'autonomie', 'responsabilité', 'maîtrise'];

export function scoreEntreComp(answers: Answers): EntreCompResult {
  const levels = COMPETENCES.map((c) => {
    const v = answers[levelId(c.id)];
    return {
      competenceId: c.id,
      name: c.name,
      area: c.area,
      level: typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4 ? v : null,
    };
  });
  const areas = (Object.keys(AREAS) as Area[]).map((area) => {
    const rated = levels.filter((l) => l.area === area && l.level !== null).map((l) => l.level as number);
    return {
      area,
      name: AREAS[area],
      rated: rated.length,
      mean: rated.length >= 4 ? rated.reduce((a, b) => a + b, 0) / rated.length : null,
    };
  });
  return {
    levels,
    areas,
    strengths: levels.filter((l) => (l.level ?? 0) >= 3).map((l) => l.name),
    toDevelop: levels.filter((l) => l.level === 1).map((l) => l.name),
    readinessToWork: READINESS.filter((r) => {
      const v = answers[readinessId(r.id)];
      return v === 'non' || v === 'en-partie';
    }).map((r) => r.label),
  };
}

export function entreCompReport(result: EntreCompResult, context: ReportContext): ReportModel {
  return {
    instrumentId: ENTRECOMP_SOURCE.instrumentId,
    instrumentVersion: ENTRECOMP_SOURCE.version,
    audience: context.audience,
    title: 'Vos compétences pour entreprendre',
    provenance: provenanceLines(ENTRECOMP_SOURCE, context),
    summary: [
      'Cette grille décrit où vous en êtes aujourd’hui sur chaque compétence. Elle ne dit pas si vous êtes « fait·e pour entreprendre » : toutes ces compétences s’apprennent.',
      result.strengths.length > 0
        ? `Vos points d’appui : ${result.strengths.join(', ')}.`
        : 'Aucune compétence n’est encore au niveau « responsabilité » ou « maîtrise » selon vous.',
      result.toDevelop.length > 0
        ? `À développer en priorité si vous entreprenez : ${result.toDevelop.join(', ')}.`
        : '',
    ].filter((s) => s.length > 0),
    chart: {
      kind: 'bars',
      title: 'Votre niveau par compétence (de 1 à 4)',
      // The axis starts at 0 so that level 1 (découverte) shows as a bar, not as nothing.
      min: 0,
      max: 4,
      points: result.levels
        .filter((l) => l.level !== null)
        .map((l) => ({ id: l.competenceId, label: l.name, value: l.level as number })),
      description: `Barres de 1 (découverte) à 4 (maîtrise) pour ${result.levels.filter((l) => l.level !== null).length} compétences.`,
    },
    dataTable: {
      caption: 'Votre niveau sur les 15 compétences EntreComp',
      columns: [
        { key: 'domaine', label: 'Domaine' },
        { key: 'competence', label: 'Compétence' },
        { key: 'niveau', label: 'Niveau' },
      ],
      rows: result.levels.map((l) => ({
        domaine: AREAS[l.area],
        competence: l.name,
        niveau: l.level === null ? 'non renseigné' : `${fr(l.level)} – ${LEVEL_NAMES[l.level]}`,
      })),
    },
    sections: [
      {
        id: 'domaines',
        title: 'Par domaine',
        paragraphs: result.areas.map(
          (a) => `${a.name} : ${a.mean === null ? 'pas assez de réponses' : `${fr1(a.mean)} sur 4`}.`,
        ),
      },
      {
        id: 'projet',
        title: 'Les points de votre projet à travailler',
        paragraphs:
          result.readinessToWork.length > 0
            ? result.readinessToWork
            : ['Aucun point signalé dans la liste de vérification du projet.'],
      },
    ],
    uncertainty: [
      'Une auto-évaluation reflète votre regard sur vous-même : des exemples concrets et le regard d’autres personnes permettent de l’affiner.',
    ],
    discussion: {
      heading: DISCUSSION_HEADING,
      prompts: [
        'Pour vos points d’appui, quelles réalisations en témoignent ?',
        'Quelles compétences pourriez-vous développer par une formation, un accompagnement ou un associé ?',
      ],
    },
    consultantNotes:
      context.audience === 'consultant'
        ? [`Compétences renseignées : ${result.levels.filter((l) => l.level !== null).length} sur 15.`]
        : [],
  };
}
