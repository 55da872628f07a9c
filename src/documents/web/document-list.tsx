/** The documents of a bilan as a table: version, signatures, links to the PDF and the signed copy. */
import type { DocumentView } from '../contracts/schemas.ts';
import { formatDateTime } from '../../ui/format.ts';
import { TableRegion } from '../../ui/TableRegion.tsx';

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

export function DocumentTable({ documents, caption }: { documents: DocumentView[]; caption: string }) {
  return (
    <TableRegion label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Produit le</th>
            <th scope="col">Signatures</th>
            <th scope="col">Fichiers</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.title} (version {d.version})
                {d.current ? null : (
                  <>
                    <br />
                    <span className="muted">Remplacé par une version plus récente</span>
                  </>
                )}
              </th>
              <td>{formatDateTime(d.createdAt)}</td>
              <td>{signatureState(d)}</td>
              <td>
                <a href={d.pdfUrl} target="_blank" rel="noopener">
                  PDF
                  <span className="visually-hidden">
                    {' '}
                    : {d.title}, version {d.version} (nouvel onglet)
                  </span>
                </a>
                {d.signedPdfUrl ? (
                  <>
                    <br />
                    <a href={d.signedPdfUrl} target="_blank" rel="noopener">
                      Copie signée
                      <span className="visually-hidden">
                        {' '}
                        : {d.title}, version {d.version} (nouvel onglet)
                      </span>
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
