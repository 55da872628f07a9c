/**
 * Big Five report model (pure): continuous scores with their band, tendency language, both poles
 * described positively, no type, no clinical word; provisional norms named and labelled; facets
 * only where reliable, as discussion prompts.
 */
import {
  DISCUSSION_HEADING,
  fr,
  fr1,
  provenanceLines,
  type DataTable,
  type ReportContext,
  type ReportModel,
  type ReportSection,
} from '../report-model.ts';
import { DOMAIN_INFO } from './constructs.ts';
import { IPIP_NEO_SOURCE } from './ipip-neo-items.ts';
import { MINI_IPIP_SOURCE } from './mini-ipip-items.ts';
import type { BigFiveLongResult, BigFiveShortResult, Normed } from './scoring.ts';

const PROMPTS = [
  'Dans quelles situations de travail reconnaissez-vous ces tendances ? Dans lesquelles pas du tout ?',
  'Quelles tendances sont des appuis pour votre projet, et lesquelles demandent des conditions de travail adaptées ?',
  'Un résultat vous surprend-il ? Parlons-en : votre regard compte plus que le score.',
];

const TENDENCIES: ReportSection = {
  id: 'poles',
  title: 'Ce que décrivent les cinq dimensions',
  paragraphs: Object.values(DOMAIN_INFO).map(
    (d) =>
      `${d.name} – score plus élevé : ${d.higher} ; score plus bas : ${d.lower}. Aucun des deux pôles n’est meilleur que l’autre.`,
  ),
};

function normSentence(n: Normed): string {
  const spread =
    n.levelRange[0] === n.levelRange[1]
      ? ''
      : ` ; compte tenu de l’incertitude, il pourrait aller de « ${n.levelRange[0]} » à « ${n.levelRange[1]} »`;
  return `Comparé à la référence (${n.groupLabel}), votre score se situe « ${n.level} »${spread} (note T ${fr(Math.round(n.t))}, fourchette ${fr(Math.round(n.tLow))} à ${fr(Math.round(n.tHigh))} ; environ ${n.percentile} % des personnes de cette référence ont un score inférieur).`;
}

export function bigFiveLongReport(result: BigFiveLongResult, context: ReportContext): ReportModel {
  const scored = result.domains.filter((d) => d.scored);
  const rows: DataTable['rows'] = result.domains.map((d) =>
    d.scored
      ? {
          dimension: d.name,
          moyenne: `${fr1(d.mean)} sur 5`,
          fourchette: `${fr1(d.meanLow)} à ${fr1(d.meanHigh)}`,
          repere: d.normed
            ? `T ${fr(Math.round(d.normed.t))} (${fr(Math.round(d.normed.tLow))} à ${fr(Math.round(d.normed.tHigh))}), ${d.normed.level}`
            : 'sans repère',
        }
      : { dimension: d.name, moyenne: 'non calculée', fourchette: '–', repere: 'trop de réponses manquantes' },
  );
  const shownFacets = result.facets.filter((f) => f.shown);
  const notes: string[] = [];
  if (context.audience === 'consultant') {
    const q = result.quality;
    if (q.straightLining)
      notes.push(
        `Réponses identiques en série (jusqu’à ${q.longestRun} d’affilée) : vérifier l’engagement dans la passation.`,
      );
    if (q.acquiescence) notes.push('Tendance à approuver les phrases de sens opposés : lire les scores avec prudence.');
    if (q.tooFast)
      notes.push('Passation très rapide (moins de 2 secondes par réponse) : proposer éventuellement de la refaire.');
    for (const d of result.domains)
      if (!d.scored) notes.push(`${d.name} : non calculée (${d.answered} réponses sur ${d.itemCount}).`);
    notes.push(
      `Facettes masquées : ${result.facets
        .filter((f) => !f.shown)
        .map((f) => f.name)
        .join(', ')} (fiabilité non vérifiée, insuffisante ou réponses manquantes).`,
    );
  }
  return {
    instrumentId: IPIP_NEO_SOURCE.instrumentId,
    instrumentVersion: IPIP_NEO_SOURCE.version,
    audience: context.audience,
    title: 'Votre personnalité au travail',
    provenance: provenanceLines(IPIP_NEO_SOURCE, context),
    summary: [
      'Ces résultats décrivent des tendances, sur cinq dimensions continues. Ce ne sont ni des catégories ni des jugements, et ils ne mesurent pas des compétences.',
      ...scored.flatMap((d) =>
        d.scored
          ? [
              `${d.name} : ${fr1(d.mean)} sur 5 (fourchette probable ${fr1(d.meanLow)} à ${fr1(d.meanHigh)}).${d.normed ? ` ${normSentence(d.normed)}` : ''}`,
            ]
          : [],
      ),
    ],
    chart: {
      kind: 'bars_with_band',
      title: 'Vos cinq dimensions (moyenne de 1 à 5, avec la fourchette à 90 %)',
      min: 1,
      max: 5,
      points: scored.flatMap((d) =>
        d.scored ? [{ id: d.domain, label: d.name, value: d.mean, low: d.meanLow, high: d.meanHigh }] : [],
      ),
      description: `Barres horizontales de 1 à 5 : ${scored.flatMap((d) => (d.scored ? [`${d.name} ${fr1(d.mean)}`] : [])).join(', ')}.`,
    },
    dataTable: {
      caption: 'Vos scores par dimension',
      columns: [
        { key: 'dimension', label: 'Dimension' },
        { key: 'moyenne', label: 'Moyenne' },
        { key: 'fourchette', label: 'Fourchette probable (90 %)' },
        { key: 'repere', label: 'Repère provisoire' },
      ],
      rows,
    },
    sections: [
      TENDENCIES,
      {
        id: 'facettes',
        title: 'Quelques facettes à explorer ensemble',
        paragraphs: [
          'Une facette n’est mesurée que par 4 questions : son score est imprécis. Seules les facettes dont la fiabilité est établie sont affichées, comme points de départ pour la discussion.',
          ...shownFacets.flatMap((f) =>
            f.shown ? [`${f.name} (${DOMAIN_INFO[f.domain].name}) : ${fr1(f.mean)} sur 5.`] : [],
          ),
        ],
      },
    ],
    uncertainty: [
      'Aucune mesure n’est exacte : la fourchette indique où se situe probablement votre score (9 chances sur 10).',
      'Le repère de comparaison vient d’un échantillon américain en anglais : c’est une référence provisoire, à titre indicatif, en attendant des repères français.',
      'Pour l’ouverture à l’expérience, la facette sur les opinions politiques a été retirée : son repère est approché.',
      'L’adaptation française de ce questionnaire n’est pas encore validée : les résultats sont une base de discussion, à titre exploratoire.',
    ],
    discussion: { heading: DISCUSSION_HEADING, prompts: PROMPTS },
    consultantNotes: notes,
  };
}

export function bigFiveShortReport(result: BigFiveShortResult, context: ReportContext): ReportModel {
  const scored = result.domains.filter((d) => d.scored);
  return {
    instrumentId: MINI_IPIP_SOURCE.instrumentId,
    instrumentVersion: MINI_IPIP_SOURCE.version,
    audience: context.audience,
    title: 'Votre personnalité au travail (forme courte)',
    provenance: provenanceLines(MINI_IPIP_SOURCE, context),
    summary: [
      'Ces résultats décrivent des tendances, sur cinq dimensions continues. Ce ne sont ni des catégories ni des jugements.',
      ...scored.flatMap((d) => (d.scored ? [`${d.name} : ${fr1(d.mean)} sur 5.`] : [])),
    ],
    chart: {
      kind: 'bars',
      title: 'Vos cinq dimensions (moyenne de 1 à 5)',
      min: 1,
      max: 5,
      points: scored.flatMap((d) => (d.scored ? [{ id: d.domain, label: d.name, value: d.mean }] : [])),
      description: `Barres horizontales de 1 à 5 : ${scored.flatMap((d) => (d.scored ? [`${d.name} ${fr1(d.mean)}`] : [])).join(', ')}.`,
    },
    dataTable: {
      caption: 'Vos scores par dimension (4 questions chacune)',
      columns: [
        { key: 'dimension', label: 'Dimension' },
        { key: 'moyenne', label: 'Moyenne' },
      ],
      rows: result.domains.map((d) => ({
        dimension: d.name,
        moyenne: d.scored ? `${fr1(d.mean)} sur 5` : 'non calculée (réponses manquantes)',
      })),
    },
    sections: [TENDENCIES],
    uncertainty: [
      `Avec 4 questions par dimension, la mesure est approximative : la marge d’incertitude atteint environ ${fr1(scored[0]?.scored ? scored[0].halfWidthSd : 1.04)} écart-type de part et d’autre du score. La forme longue permet une lecture plus fine.`,
      'Aucun repère de comparaison n’est utilisé pour la forme courte.',
      'L’adaptation française de ce questionnaire n’est pas encore validée : les résultats sont une base de discussion, à titre exploratoire.',
    ],
    discussion: { heading: DISCUSSION_HEADING, prompts: PROMPTS },
    consultantNotes:
      context.audience === 'consultant'
        ? result.domains
            .filter((d) => !d.scored)
            .map((d) => `${d.name} : non calculée (${d.answered} réponses sur ${d.itemCount}).`)
        : [],
  };
}
