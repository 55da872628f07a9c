/**
 * Values card sort report (pure): the person's own priority order and the tensions between
 * opposite poles, as a basis for the interview. No norm, no comparison with other people.
 */
import { DISCUSSION_HEADING, fr, fr1, provenanceLines, type ReportContext, type ReportModel } from '../report-model.ts';
import { SCHWARTZ_VALUES, POLES, VALUES_SOURCE } from './cards.ts';
import type { ValuesResult } from './scoring.ts';

const signed = (n: number) => (n > 0 ? `+${fr1(n)}` : fr1(n));

export function valuesReport(result: ValuesResult, context: ReportContext): ReportModel {
  const topValues = result.values.slice(0, 3).map((v) => v.label.toLowerCase());
  const tensions = result.tensions.filter((t) => t.tension);
  return {
    instrumentId: VALUES_SOURCE.instrumentId,
    instrumentVersion: VALUES_SOURCE.version,
    audience: context.audience,
    title: 'Ce qui compte pour vous dans le travail',
    provenance: provenanceLines(VALUES_SOURCE, context),
    summary: [
      `Vos cinq cartes essentielles : ${result.top.map((t, i) => `${i + 1}. ${t.label}`).join(' ; ')}.`,
      `Les valeurs qui ressortent le plus de votre tri : ${topValues.join(', ')}.`,
      'Ce classement compare vos priorités entre elles : il ne vous compare à personne et ne dit pas ce qui serait « bien ».',
    ],
    chart: {
      kind: 'bars',
      title: 'Importance de chaque valeur par rapport à votre moyenne',
      min: Math.min(...result.values.map((v) => v.centred), 0),
      max: Math.max(...result.values.map((v) => v.centred), 0),
      points: result.values.map((v) => ({ id: v.id, label: v.label, value: v.centred })),
      description: `Barres centrées sur votre moyenne : ${result.values.map((v) => `${v.label} ${signed(v.centred)}`).join(', ')}.`,
    },
    dataTable: {
      caption: 'Vos valeurs, de la plus importante à la moins importante pour vous',
      columns: [
        { key: 'rang', label: 'Rang' },
        { key: 'valeur', label: 'Valeur' },
        { key: 'pole', label: 'Grande orientation' },
        { key: 'score', label: 'Points moyens par carte' },
        { key: 'ecart', label: 'Écart à votre moyenne' },
      ],
      rows: result.values.map((v) => ({
        rang: fr(v.rank),
        valeur: v.label,
        pole: POLES[SCHWARTZ_VALUES[v.id as keyof typeof SCHWARTZ_VALUES].pole],
        score: fr1(v.mean),
        ecart: signed(v.centred),
      })),
    },
    sections: [
      {
        id: 'orientations',
        title: 'Vos grandes orientations',
        paragraphs: result.poles.map((p) => `${p.rank}. ${p.label} (${signed(p.centred)} par rapport à votre moyenne)`),
      },
      {
        id: 'tensions',
        title: 'Des tensions à explorer',
        paragraphs:
          tensions.length === 0
            ? ['Votre tri ne fait pas apparaître de tension marquée entre des orientations opposées.']
            : tensions.map(
                (t) =>
                  `« ${t.labels[0]} » et « ${t.labels[1]} » comptent toutes deux beaucoup pour vous${t.bothInTop ? ' (on les retrouve parmi vos cinq cartes essentielles)' : ''}. Ces orientations tirent souvent dans des directions différentes : comment les conciliez-vous aujourd’hui, et comment votre projet pourrait-il faire place aux deux ?`,
              ),
      },
      {
        id: 'travail',
        title: 'Ce que vous attendez d’un emploi',
        paragraphs: result.workValues.map((w) => `${w.rank}. ${w.label} (${signed(w.centred)})`),
      },
    ],
    uncertainty: [
      'Un tri de cartes reflète vos priorités du moment ; il peut évoluer avec votre situation. Refaire le tri plus tard peut être instructif.',
      'Ce tri a été écrit pour Sillage et n’a pas fait l’objet d’une validation statistique : c’est un support de réflexion.',
    ],
    discussion: {
      heading: DISCUSSION_HEADING,
      prompts: [
        'Pour chacune de vos cinq cartes essentielles, racontez une situation de travail où elle était présente, ou absente.',
        'Lesquelles de ces priorités sont non négociables dans votre futur métier, et lesquelles pourraient faire l’objet d’une concession ?',
        'Vos pistes actuelles respectent-elles ce qui ressort ici ?',
      ],
    },
    consultantNotes:
      context.audience === 'consultant'
        ? [
            `Ancres de carrière suggérées par le tri (à vérifier par l’entretien sur le parcours) : ${result.anchors
              .slice(0, 3)
              .map((a) => `${a.label} (${signed(a.centred)})`)
              .join(', ')}.`,
            `Moyenne de la personne : ${fr1(result.overallMean)} point par carte.`,
          ]
        : [],
  };
}
