/**
 * A real PDF for tests of uploaded reports: a one-page "publisher's report" rendered by the
 * project's Typst adapter (the same renderer as Sillage's own documents).
 */
import { renderPdf } from '../../src/platform/pdf/typst.ts';

export function samplePublisherReport(testName = 'Inventaire d’intérêts (éditeur fictif)'): Buffer {
  return renderPdf({
    title: `Rapport : ${testName}`,
    subtitle: 'Document de test produit par la suite de tests de Sillage',
    organisation: { name: 'Éditions Fictives', lines: ['Rapport individuel'] },
    meta: ['Passation du 2 octobre 2026'],
    blocks: [
      { type: 'paragraph', text: 'Ce rapport imite celui d’un éditeur de tests ; il ne reproduit aucun test réel.' },
      {
        type: 'table',
        header: ['Échelle', 'Score'],
        rows: [
          ['Social', '12,5'],
          ['Artistique', '9'],
        ],
      },
    ],
    signers: [],
    signatures: null,
    footer: 'Éditions Fictives — rapport de test',
  });
}
