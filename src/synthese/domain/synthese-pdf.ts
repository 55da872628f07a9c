/**
 * The document de synthèse as a PDF document model (decision 043): title, the people and the
 * period, then each section as a heading and its paragraphs, its charts as tables with their
 * text equivalent, and the action plan's steps. Pure. (Minimal version; the full layout replaces
 * it at merge.)
 */
import type { PdfBlock, PdfDocument } from '../../documents/domain/model.ts';
import { SYNTHESE_HORIZON_LABELS, type SyntheseContent } from './content.ts';
import { frenchDate } from './prefill.ts';

export function buildSynthesePdf(content: SyntheseContent): PdfDocument {
  const blocks: PdfBlock[] = [];
  for (const section of content.sections) {
    if (section.paragraphs.length === 0) continue;
    blocks.push({ type: 'heading', text: section.heading });
    for (const text of section.paragraphs) blocks.push({ type: 'paragraph', text });
    for (const chart of section.charts) {
      blocks.push({ type: 'subheading', text: chart.title });
      blocks.push({ type: 'paragraph', text: chart.alt });
    }
    for (const step of section.steps ?? [])
      blocks.push({
        type: 'entry',
        title: step.what,
        rows: [
          ['Horizon', SYNTHESE_HORIZON_LABELS[step.horizon]],
          ['Qui', step.who || '—'],
          ['Échéance', step.byWhen ? frenchDate(step.byWhen) : '—'],
          ['État', step.statusLabel],
        ],
      });
  }
  const period = [
    content.period.startedOn ? `du ${frenchDate(content.period.startedOn)}` : null,
    content.period.endedOn ? `au ${frenchDate(content.period.endedOn)}` : null,
  ].filter((p): p is string => p !== null);
  return {
    title: 'Document de synthèse du bilan de compétences',
    subtitle: `${content.beneficiaryName}${period.length > 0 ? `, bilan ${period.join(' ')}` : ''}`,
    organisation: content.organisation,
    meta: [
      `Version ${content.version.number}`,
      content.version.approvedOn ? `Approuvée le ${frenchDate(content.version.approvedOn)}` : 'Non approuvée',
      `Édité le ${frenchDate(content.editedOn)}`,
      `Consultant·e : ${content.consultantName}`,
    ],
    blocks,
    signers: [],
    signatures: null,
    footer: 'Document confidentiel, propriété du ou de la bénéficiaire (article L6313-4 du Code du travail).',
    ...(content.brand ? { brand: content.brand } : {}),
  };
}
