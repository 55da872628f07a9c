/**
 * THROWAWAY (sharing branch): stands in for the synthèse capability's own layout, built on
 * another branch and replacing this file at merge.
 */
import type { PdfDocument } from '../../documents/domain/model.ts';
import type { SyntheseContent } from './content.ts';

export function buildSynthesePdf(content: SyntheseContent): PdfDocument {
  return {
    title: 'Document de synthèse',
    subtitle: content.beneficiaryName,
    organisation: content.organisation,
    meta: [],
    blocks: content.sections.flatMap((s) => [
      { type: 'heading' as const, text: s.heading },
      ...s.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    ]),
    signers: [],
    signatures: null,
    footer: `${content.beneficiaryName} — document de synthèse`,
  };
}
