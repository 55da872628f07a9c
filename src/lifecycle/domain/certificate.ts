/**
 * The destruction certificate (R6313-7, legal.md BC-11, decision 046): for each destruction of the
 * bilan, the date, the reason, the categories that went with their counts, what is still kept and
 * until when, and the date by which no backup copy remains. Never any content. As a PDF through
 * the documents' Typst layout, and as lines for the page.
 */
import type { PdfDocument } from '../../documents/domain/model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { KEEPABLE_ITEM_LABELS, type CertificateLine, type DestructionReason, type KeepableItem } from './registry.ts';

export const CERTIFICATE_TITLE = 'Certificat de destruction des documents du bilan';
export const CERTIFICATE_FILE_NAME = 'certificat-de-destruction.pdf';

export const DESTRUCTION_REASON_LABELS: Record<DestructionReason, string> = {
  fin_du_bilan: 'Fin du bilan (article R6313-7 du Code du travail)',
  fin_de_conservation: 'Fin de la conservation demandée par écrit',
  effacement: 'Effacement demandé (RGPD, article 17)',
};

export interface CertificateEntry {
  reason: DestructionReason;
  destroyedOn: string;
  backupsGoneOn: string;
  categories: CertificateLine[];
  keptItems: KeepableItem[];
  keptUntil: string | null;
}

const fr = (date: string) => formatDateFr(parsePlainDate(date));

export function certificatePdf(
  entries: readonly CertificateEntry[],
  facts: { beneficiaryName: string; organisation: { name: string; lines: string[] }; editedOn: string },
): PdfDocument {
  const blocks: PdfDocument['blocks'] = [
    {
      type: 'paragraph',
      text:
        `${facts.organisation.name} certifie avoir détruit les documents élaborés pour la réalisation du bilan de compétences ` +
        `de ${facts.beneficiaryName}, comme suit. Les documents administratifs (présence, heures, signatures, financement, ` +
        'certificat de réalisation, preuve de remise de la synthèse) sont conservés : ils ne contiennent rien du contenu du bilan.',
    },
  ];
  entries.forEach((entry, index) => {
    blocks.push({ type: 'heading', text: `Destruction ${index + 1} du ${fr(entry.destroyedOn)}` });
    blocks.push({
      type: 'fields',
      rows: [
        ['Motif', DESTRUCTION_REASON_LABELS[entry.reason]],
        ['Date de destruction', fr(entry.destroyedOn)],
        ['Plus aucune copie dans les sauvegardes après le', fr(entry.backupsGoneOn)],
        ...(entry.keptItems.length > 0
          ? ([
              [
                'Conservés avec l’accord écrit du ou de la bénéficiaire',
                `${entry.keptItems.map((i) => KEEPABLE_ITEM_LABELS[i]).join(' ; ')}${entry.keptUntil ? `, jusqu’au ${fr(entry.keptUntil)} au plus tard` : ''}`,
              ],
            ] as [string, string][])
          : []),
      ],
    });
    blocks.push(
      entry.categories.length > 0
        ? {
            type: 'table',
            header: ['Catégorie', 'Éléments détruits'],
            rows: entry.categories.map((line) => [line.label, String(line.count)]),
          }
        : { type: 'paragraph', text: 'Aucun élément restant à détruire.' },
    );
  });
  return {
    title: CERTIFICATE_TITLE,
    subtitle: facts.beneficiaryName,
    organisation: facts.organisation,
    meta: [`Édité le ${fr(facts.editedOn)}`],
    blocks,
    signers: [],
    signatures: null,
    footer: `${facts.organisation.name} — ${CERTIFICATE_TITLE}`,
  };
}
