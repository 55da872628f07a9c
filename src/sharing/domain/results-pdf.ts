/**
 * « Résultats détaillés » (decision 045): the reports of the instruments the beneficiary
 * submitted, as the beneficiary reads them (never the consultant's notes, never the answers),
 * each with its provenance, its precision and, first, the cautions a recipient must read: these
 * are tendencies the person described, not a diagnosis nor a measure of aptitude, not to be used
 * to select or assess. Laid out by the documents' Typst layout, rendered on demand, never stored.
 */
import type { PdfBlock, PdfBrand, PdfDocument } from '../../documents/domain/model.ts';
import type { ReportModel } from '../../instruments/domain/report-model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';

export const RESULTS_PDF_TITLE = 'Résultats détaillés des questionnaires';
export const RESULTS_PDF_FILE_NAME = 'resultats-detailles.pdf';

export const RESULTS_CAUTIONS = [
  'Ces résultats décrivent des tendances que la personne a elle-même exprimées en répondant à des questionnaires, à une date donnée. Ils ne sont ni un diagnostic, ni une mesure d’aptitude ou de performance, et toute mesure de ce type comporte une marge d’incertitude, précisée pour chaque questionnaire.',
  'Ils ne doivent pas servir à recruter, évaluer, sélectionner ou écarter une personne. Ils prennent leur sens dans les échanges menés avec le ou la consultant·e pendant le bilan.',
  'Les réponses données aux questionnaires ne figurent pas dans ce document : seuls les résultats, tels que la personne les a reçus, y sont présentés.',
];

export interface ResultsPdfFacts {
  beneficiaryName: string;
  organisation: { name: string; address: string | null; postalCode: string | null; city: string | null };
  brand: PdfBrand | null;
  /** The day of edition (Paris), AAAA-MM-JJ. */
  editedOn: string;
}

function reportBlocks(report: ReportModel): PdfBlock[] {
  const blocks: PdfBlock[] = [{ type: 'heading', text: report.title }];
  if (report.provenance.length > 0) blocks.push({ type: 'list', items: report.provenance });
  for (const text of report.summary) blocks.push({ type: 'paragraph', text });
  const table = report.dataTable;
  if (table && table.rows.length > 0) {
    blocks.push({ type: 'subheading', text: table.caption });
    blocks.push({
      type: 'table',
      header: table.columns.map((c) => c.label),
      rows: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? '')),
    });
  }
  for (const section of report.sections) {
    blocks.push({ type: 'subheading', text: section.title });
    for (const text of section.paragraphs) blocks.push({ type: 'paragraph', text });
  }
  if (report.uncertainty.length > 0) {
    blocks.push({ type: 'subheading', text: 'Précision des résultats' });
    blocks.push({ type: 'list', items: report.uncertainty });
  }
  return blocks;
}

/** The document; `reports` are the beneficiary's reports, oldest first (none: a sentence says so). */
export function buildResultsPdf(reports: readonly ReportModel[], facts: ResultsPdfFacts): PdfDocument {
  const o = facts.organisation;
  const place = [o.postalCode, o.city].filter(Boolean).join(' ') || null;
  const editedOn = formatDateFr(parsePlainDate(facts.editedOn));
  const blocks: PdfBlock[] = [
    { type: 'heading', text: 'À lire avant les résultats' },
    ...RESULTS_CAUTIONS.map((text): PdfBlock => ({ type: 'paragraph', text })),
  ];
  if (reports.length === 0)
    blocks.push({ type: 'paragraph', text: 'Aucun questionnaire de résultats n’a encore été complété.' });
  for (const report of reports) blocks.push(...reportBlocks(report));
  return {
    title: RESULTS_PDF_TITLE,
    subtitle: facts.beneficiaryName,
    organisation: { name: o.name, lines: [o.address, place].filter((l): l is string => Boolean(l)) },
    meta: [`Édité le ${editedOn}`],
    blocks,
    signers: [],
    signatures: null,
    footer: `${facts.beneficiaryName} — ${RESULTS_PDF_TITLE} — bilan de compétences avec ${o.name}, édité le ${editedOn}. Document confidentiel, partagé par la personne elle-même.`,
    ...(facts.brand ? { brand: facts.brand } : {}),
  };
}
