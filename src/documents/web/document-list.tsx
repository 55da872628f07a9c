/**
 * The documents of a bilan as a table: version, signatures, « Aperçu » (the pages shown in the page,
 * decision 037), links to the PDF and the signed copy.
 */
import { useEffect, useRef } from 'react';
import type { DocumentView } from '../contracts/schemas.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { PdfPreview } from './pdf-preview.tsx';

const previewButtonId = (id: string) => `apercu-${id}`;

/** A document of the list shown in the page, its heading focused; « Fermer l’aperçu » returns to its row. */
export function DocumentPreviewPanel({ document: d, onClose }: { document: DocumentView; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [d.id]);
  const close = () => {
    onClose();
    setTimeout(() => window.document.getElementById(previewButtonId(d.id))?.focus());
  };
  return (
    <section className="document-preview-panel" aria-labelledby="apercu-document">
      <h3 id="apercu-document" ref={heading} tabIndex={-1}>
        Aperçu : {d.title} (version {d.version})
      </h3>
      <p>
        <button type="button" className="button secondary" onClick={close}>
          Fermer l’aperçu
        </button>
      </p>
      <PdfPreview url={d.signedPdfUrl ?? d.pdfUrl} title={`${d.title}, version ${d.version}`} />
    </section>
  );
}

function signatureState(d: DocumentView): string {
  if (d.signatures.length === 0) return 'Aucune signature requise';
  return d.signatures
    .map((s) =>
      s.signedAt
        ? `${s.roleLabel} : signé le ${formatDateTime(s.signedAt)} par ${s.name ?? ''}`
        : `${s.roleLabel} : en attente`,
    )
    .join(' ; ');
}

export function DocumentTable({
  documents,
  caption,
  onPreview,
}: {
  documents: DocumentView[];
  caption: string;
  /** Shows a document in the page (the signed copy when there is one). */
  onPreview?: (document: DocumentView) => void;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      rows={documents}
      rowKey={(d) => d.id}
      columns={[
        {
          header: 'Document',
          cell: (d) => (
            <>
              {d.title} (version {d.version})
              {d.current ? null : (
                <>
                  <br />
                  <span className="muted">Remplacé par une version plus récente</span>
                </>
              )}
            </>
          ),
        },
        { header: 'Produit le', cell: (d) => formatDateTime(d.createdAt) },
        { header: 'Signatures', cell: (d) => signatureState(d) },
        {
          header: 'Fichiers',
          cell: (d) => (
            <div className="document-files">
              {onPreview ? (
                <button
                  type="button"
                  id={previewButtonId(d.id)}
                  className="button secondary small"
                  onClick={() => onPreview(d)}
                >
                  Aperçu
                  <span className="visually-hidden">
                    {' '}
                    : {d.title}, version {d.version}
                  </span>
                </button>
              ) : null}
              <a href={d.pdfUrl} target="_blank" rel="noopener">
                PDF
                <span className="visually-hidden">
                  {' '}
                  : {d.title}, version {d.version} (nouvel onglet)
                </span>
              </a>
              {d.signedPdfUrl ? (
                <a href={d.signedPdfUrl} target="_blank" rel="noopener">
                  Copie signée
                  <span className="visually-hidden">
                    {' '}
                    : {d.title}, version {d.version} (nouvel onglet)
                  </span>
                </a>
              ) : null}
            </div>
          ),
        },
      ]}
    />
  );
}
