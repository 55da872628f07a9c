/**
 * « Le document de synthèse »: the approved synthèse, from its capability (`src/synthese`):
 * `loadSyntheseForShare` answers null unless a version is approved, `buildSynthesePdf` lays it out.
 */
import { loadSyntheseForShare } from '../../../synthese/data/synthese-content.ts';
import { buildSynthesePdf } from '../../../synthese/domain/synthese-pdf.ts';
import { DOCUMENT_LABELS } from '../../contracts/schemas.ts';
import type { ShareableDocumentSource } from './source.ts';

export const syntheseSource: ShareableDocumentSource = {
  kind: 'synthese',
  label: DOCUMENT_LABELS.synthese,
  async available(db, organisationId, bilanId) {
    return (await loadSyntheseForShare(db, organisationId, bilanId)) !== null;
  },
  async render(deps, organisationId, bilanId) {
    const content = await loadSyntheseForShare(deps.db, organisationId, bilanId);
    if (!content) throw new Error('The synthèse is no longer approved');
    return {
      bytes: deps.pdf.render(buildSynthesePdf(content)),
      filename: 'document-de-synthese.pdf',
      contentType: 'application/pdf',
    };
  },
};
