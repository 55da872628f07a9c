/**
 * RIASEC report model (pure): the six bars first, the code only with them, ties explained,
 * no "jobs to avoid", flags for the consultant.
 */
import { DISCUSSION_HEADING, fr, fr1, provenanceLines, type ReportContext, type ReportModel } from '../report-model.ts';
import { RIASEC_LETTERS, RIASEC_SOURCE, RIASEC_TYPES, type RiasecLetter } from './items.ts';
import type { RiasecResult } from './scoring.ts';

function attraction(mean: number): string {
  if (mean >= 4) return 'vous attire nettement';
  if (mean >= 3.25) return 'vous attire plutôt';
  if (mean >= 2.75) return 'ni attirance ni rejet marqués';
  return 'vous attire peu';
}

const names = (letters: readonly RiasecLetter[]) => letters.map((l) => `${RIASEC_TYPES[l].name} (${l})`).join(' et ');

export function riasecReport(result: RiasecResult, context: ReportContext): ReportModel {
  const base = {
    instrumentId: RIASEC_SOURCE.instrumentId,
    instrumentVersion: RIASEC_SOURCE.version,
    audience: context.audience,
    title: 'Vos centres d’intérêt professionnels',
    provenance: provenanceLines(RIASEC_SOURCE, context),
    discussion: {
      heading: DISCUSSION_HEADING,
      prompts: [
        'Quelles activités de votre parcours vous ont donné le plus d’énergie, et à quel type se rattachent-elles ?',
        'Les types qui ressortent correspondent-ils à ce que vous savez déjà de vous ? Qu’est-ce qui vous surprend ?',
        'Quels métiers ou quelles activités aimeriez-vous explorer en enquête métier à partir de ces résultats ?',
      ],
    },
  };
  if (result.status === 'incomplete') {
    return {
      ...base,
      summary: [
        `Il manque trop de réponses pour calculer ${result.missingTypes.length > 1 ? 'les types' : 'le type'} ${names(result.missingTypes)} : au moins 7 activités sur 8 doivent avoir une réponse. Vous pouvez compléter le questionnaire.`,
      ],
      chart: null,
      dataTable: null,
      sections: [],
      uncertainty: [],
      consultantNotes: [],
    };
  }
  const { scores, code, flags } = result;
  const rows = RIASEC_LETTERS.map((l) => ({
    type: `${RIASEC_TYPES[l].name} (${l})`,
    score: `${fr(scores[l])} sur 40`,
    moyenne: `${fr1(scores[l] / 8)} sur 5`,
    lecture: attraction(scores[l] / 8),
  }));
  const tied = code.groups.filter((g) => g.length > 1);
  const summary: string[] = [];
  if (flags.flatLowProfile) {
    summary.push(
      'Vos réponses montrent peu d’attirance pour l’ensemble des activités proposées. Dans ce cas, un code à trois lettres n’aurait pas de sens : la liste ne contenait peut-être pas les activités qui vous parlent, ou le moment ne s’y prêtait pas.',
    );
  } else {
    summary.push(
      `Les activités qui vous attirent le plus relèvent ${code.groups[0] && code.groups[0].length > 1 ? 'des types' : 'du type'} ${names(code.groups[0] ?? [])}.`,
      `Votre code d’intérêts : ${code.display}. Il résume les six scores ci-dessous, qui restent le vrai résultat.`,
    );
    for (const g of tied) {
      summary.push(`${names(g)} ont des scores très proches : leur ordre est interchangeable (${g.join('/')}).`);
    }
  }
  const consultantNotes =
    context.audience === 'consultant'
      ? [
          flags.flatLowProfile
            ? `Profil plat et bas (score le plus haut ${fr(Math.max(...RIASEC_LETTERS.map((l) => scores[l])))} ≤ 20) : ne pas utiliser le code ni proposer de pistes à partir de lui.`
            : 'Élévation suffisante pour lire le code.',
          `Différenciation (Iachan) : ${fr(flags.differentiation)}${flags.lowDifferentiation ? ' – faible : profil peu différencié, le code est fragile.' : '.'}`,
          flags.consistency
            ? `Cohérence des deux premières lettres : ${flags.consistency.level} (distance ${flags.consistency.distance} sur l’hexagone)${flags.consistencyDependsOnTies ? ', variable selon l’ordre des égalités' : ''}.`
            : 'Cohérence non calculable.',
          `Codes à deux lettres possibles pour le rapprochement avec les fiches ROME : ${code.twoLetterCodes.map((p) => p.join('')).join(', ')}.`,
        ]
      : [];
  return {
    ...base,
    summary,
    chart: {
      kind: 'hexagon',
      title: 'Vos six scores d’intérêt',
      min: 8,
      max: 40,
      points: RIASEC_LETTERS.map((l) => ({ id: l, label: RIASEC_TYPES[l].name, value: scores[l] })),
      description: `Hexagone des six types, de 8 à 40 points : ${RIASEC_LETTERS.map((l) => `${RIASEC_TYPES[l].name} ${fr(scores[l])}`).join(', ')}.`,
    },
    dataTable: {
      caption: 'Vos scores par type d’intérêt (8 activités par type, de 8 à 40 points)',
      columns: [
        { key: 'type', label: 'Type' },
        { key: 'score', label: 'Score' },
        { key: 'moyenne', label: 'Moyenne par activité' },
        { key: 'lecture', label: 'Lecture' },
      ],
      rows,
    },
    sections: [
      {
        id: 'types',
        title: 'Ce que recouvre chaque type',
        paragraphs: RIASEC_LETTERS.map((l) => `${RIASEC_TYPES[l].name} (${l}) : ${RIASEC_TYPES[l].about}.`),
      },
      {
        id: 'usage',
        title: 'Comment utiliser ces résultats',
        paragraphs: [
          'Ces scores décrivent des goûts pour des activités, pas des capacités : ils ne disent pas ce que vous savez faire ni ce que vous devriez faire.',
          'Ils servent à ouvrir des pistes à explorer et à vérifier par des enquêtes métier ; aucun métier n’est « interdit » par un score bas.',
        ],
      },
    ],
    uncertainty: [
      'Deux types dont les scores diffèrent d’un point ou moins sont traités comme à égalité.',
      'L’adaptation française de ce questionnaire n’est pas encore validée : les résultats sont une base de discussion, à titre exploratoire.',
    ],
    consultantNotes,
  };
}
