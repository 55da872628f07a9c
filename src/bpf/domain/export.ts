/**
 * The BPF's pre-fill export (legal.md BPF-01): a CSV for Excel (UTF-8 with BOM, `;`, French decimal
 * comma) and a printable PDF through the documents' Typst layout. Same frames and lines as the page.
 */
import type { PdfBlock, PdfDocument } from '../../documents/domain/model.ts';
import { formatDateFr, formatEurosFr } from '../../shared/rules/format.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { CATEGORY_LABELS, CATEGORY_LINES } from './categories.ts';
import { NSF_CODE, NSF_LABEL, eurosPlainFr, hoursFr, type BpfFigures } from './figures.ts';
import { PAYER_LINE_LABELS } from './payer-lines.ts';

export interface BpfOrganisation {
  name: string;
  ndaNumber: string | null;
  siret: string | null;
}

export const bpfFileName = (year: number, ext: 'csv' | 'pdf') => `bpf-${year}.${ext}`;

export const DEFINITIONS = [
  'Heures : heures d’accompagnement réalisées, c’est-à-dire les séances en présentiel ou à distance tenues et émargées par la ou le bénéficiaire et la ou le consultant·e, pour leur durée attestée. Le travail personnel n’est pas compté.',
  'Une séance compte dans l’exercice de son début, à l’heure de Paris. Un bilan à cheval sur deux exercices compte dans chacun pour les heures qui y ont été faites ; sa ou son bénéficiaire compte une fois par exercice où il ou elle a eu des heures.',
  'Cadre C : prix du bilan (hors TVA quand l’organisme la facture) réparti entre les exercices au prorata des heures réalisées. Sillage ne tient pas la facturation : montants à rapprocher de la comptabilité.',
  'Cadres F-2 et G (sous-traitance) : non suivis dans Sillage, déclarés à 0.',
];

/** One row per line of each frame: frame, line, label, trainees or people, hours, amount. */
export function bpfRows(f: BpfFigures): string[][] {
  const rows: string[][] = [];
  for (const l of f.frameC.lines)
    rows.push(['C', l.line, PAYER_LINE_LABELS[l.line], '', '', eurosPlainFr(l.amountCents)]);
  rows.push([
    'C',
    'Total',
    'Total des produits au titre de la formation professionnelle',
    '',
    '',
    eurosPlainFr(f.frameC.totalCents),
  ]);
  rows.push([
    'E',
    'Internes',
    'Personnes de l’organisme (salariées)',
    String(f.frameE.internal.people),
    hoursFr(f.frameE.internal.minutes),
    '',
  ]);
  rows.push([
    'E',
    'Externes',
    'Personnes extérieures (sous-traitance, indépendant·es)',
    String(f.frameE.external.people),
    hoursFr(f.frameE.external.minutes),
    '',
  ]);
  for (const l of f.frameF1.lines)
    rows.push([
      'F-1',
      CATEGORY_LINES[l.category],
      CATEGORY_LABELS[l.category],
      String(l.trainees),
      hoursFr(l.minutes),
      '',
    ]);
  if (f.frameF1.missing.trainees > 0)
    rows.push([
      'F-1',
      '?',
      'Catégorie non renseignée',
      String(f.frameF1.missing.trainees),
      hoursFr(f.frameF1.missing.minutes),
      '',
    ]);
  rows.push(['F-1', 'Total', 'Total F-1', String(f.frameF1.total.trainees), hoursFr(f.frameF1.total.minutes), '']);
  rows.push([
    'F-2',
    '',
    'Dont confiés à un autre organisme',
    String(f.frameF2.trainees),
    hoursFr(f.frameF2.minutes),
    '',
  ]);
  rows.push(['F-3', 'e', 'Bilans de compétences', String(f.frameF3e.trainees), hoursFr(f.frameF3e.minutes), '']);
  rows.push(['F-4', NSF_CODE, NSF_LABEL, String(f.frameF4.trainees), hoursFr(f.frameF4.minutes), '']);
  rows.push([
    'G',
    '',
    'Stagiaires confiés par un autre organisme',
    String(f.frameG.trainees),
    hoursFr(f.frameG.minutes),
    '',
  ]);
  return rows;
}

const CSV_HEADER = ['Cadre', 'Ligne', 'Libellé', 'Stagiaires ou personnes', 'Heures', 'Montant HT (€)'];

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function bpfCsv(f: BpfFigures, organisation: BpfOrganisation): string {
  const lines = [
    [
      `Bilan pédagogique et financier ${f.year.year}`,
      organisation.name,
      organisation.ndaNumber ? `NDA ${organisation.ndaNumber}` : 'NDA non renseigné',
    ],
    [
      `Exercice du ${f.year.from} au ${f.year.to}`,
      f.consistent ? 'Totaux F-1 = F-3 = F-4 : cohérents' : 'Totaux F-1, F-3 et F-4 : incohérents',
    ],
    CSV_HEADER,
    ...bpfRows(f),
  ];
  return `\uFEFF${lines.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export function bpfPdf(
  f: BpfFigures,
  organisation: BpfOrganisation,
  editedOn: PlainDate,
  filedOn: PlainDate | null,
): PdfDocument {
  const rows = bpfRows(f);
  const frame = (code: string) => rows.filter((r) => r[0] === code);
  const blocks: PdfBlock[] = [
    {
      type: 'fields',
      rows: [
        ['Organisme', organisation.name],
        ['Numéro de déclaration d’activité', organisation.ndaNumber ?? 'non renseigné'],
        ['SIRET', organisation.siret ?? 'non renseigné'],
        ['Exercice', `du ${formatDateFr(f.year.from)} au ${formatDateFr(f.year.to)}`],
        ['Cohérence F-1 = F-3 = F-4', f.consistent ? 'oui' : 'non : des catégories de bénéficiaires manquent'],
        ['Déclaré le', filedOn ? formatDateFr(filedOn) : 'pas encore déclaré'],
      ],
    },
    { type: 'heading', text: 'Cadre C — Origine des produits de l’organisme (hors taxes)' },
    {
      type: 'table',
      header: ['Ligne', 'Origine', 'Montant HT'],
      rows: f.frameC.lines
        .map((l) => [l.line, PAYER_LINE_LABELS[l.line], formatEurosFr(l.amountCents)])
        .concat([['', 'Total', formatEurosFr(f.frameC.totalCents)]]),
    },
    { type: 'heading', text: 'Cadre E — Personnes dispensant des heures' },
    {
      type: 'table',
      header: ['', 'Personnes', 'Nombre', 'Heures'],
      rows: frame('E').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Cadre F-1 — Type de stagiaires' },
    {
      type: 'table',
      header: ['Ligne', 'Stagiaires', 'Nombre', 'Heures'],
      rows: frame('F-1').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Cadre F-2 — Dont activité sous-traitée' },
    {
      type: 'table',
      header: ['', 'Stagiaires', 'Nombre', 'Heures'],
      rows: frame('F-2').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Cadre F-3 — Objectif général des prestations' },
    {
      type: 'table',
      header: ['Ligne', 'Objectif', 'Nombre', 'Heures'],
      rows: frame('F-3').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Cadre F-4 — Spécialités de formation' },
    {
      type: 'table',
      header: ['Code NSF', 'Spécialité', 'Nombre', 'Heures'],
      rows: frame('F-4').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Cadre G — Stagiaires confiés par un autre organisme' },
    {
      type: 'table',
      header: ['', 'Stagiaires', 'Nombre', 'Heures'],
      rows: frame('G').map((r) => [r[1]!, r[2]!, r[3]!, r[4]!]),
    },
    { type: 'heading', text: 'Définitions' },
    { type: 'list', items: DEFINITIONS },
  ];
  return {
    title: `Bilan pédagogique et financier ${f.year.year}`,
    subtitle: 'Pré-remplissage du Cerfa 10443 — à reporter sur Mon Activité Formation',
    organisation: { name: organisation.name, lines: organisation.ndaNumber ? [`NDA ${organisation.ndaNumber}`] : [] },
    meta: [`Édité le ${formatDateFr(editedOn)}`],
    blocks,
    signers: [],
    signatures: null,
    footer: `${organisation.name} — bilan pédagogique et financier ${f.year.year}, édité le ${formatDateFr(editedOn)}.`,
  };
}
