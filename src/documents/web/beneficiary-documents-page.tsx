/**
 * The beneficiary reads their documents and signs those awaiting their signature: the document's
 * pages beside the signing panel (decision 037); any document of the list shown on request.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { documentEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { documentKeys } from './query-keys.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { useSession } from '../../ui/session.ts';
import type { DocumentView } from '../contracts/schemas.ts';
import { DocumentPreviewPanel, DocumentTable } from './document-list.tsx';
import { SignDocumentForm } from './sign-document.tsx';
import { DocumentWithPanel, PdfPreview } from './pdf-preview.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { FileText } from 'lucide-react';

const TITLE = 'Mes documents';

export function BeneficiaryDocumentsPage() {
  const client = useQueryClient();
  const session = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<DocumentView | null>(null);
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  const docs = useQuery({
    queryKey: documentKeys.ofBilan(bilanId ?? ''),
    queryFn: () => call(documentEndpoints.list, { params: { id: bilanId ?? '' } }),
    enabled: Boolean(bilanId),
  });
  if (home.isPending || (bilanId && docs.isPending))
    return (
      <Page title={TITLE}>
        <Loading />
      </Page>
    );
  if (home.isError || docs.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={home.error ?? docs.error} />
      </Page>
    );
  if (!bilanId || !docs.data)
    return (
      <Page title={TITLE}>
        <p>Aucun bilan n’est ouvert à votre nom.</p>
      </Page>
    );
  const toSign = docs.data.documents.filter((d) => d.awaitingMySignature);
  const name = session.data ? `${session.data.firstName} ${session.data.lastName}` : 'vous';
  return (
    <Page title={TITLE}>
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      <p>
        Les devis, contrats, conventions et certificats de votre bilan. Lisez chaque document avant de le signer : la
        signature porte sur le document exact que vous avez ouvert.
      </p>
      {toSign[0] ? (
        <section aria-labelledby="a-signer">
          <h2 id="a-signer">À signer : {toSign[0].title}</h2>
          <DocumentWithPanel
            panelId="signature"
            preview={<PdfPreview url={toSign[0].pdfUrl} title={toSign[0].title} />}
            panel={
              <>
                <h3>Votre signature</h3>
                <SignDocumentForm
                  key={toSign[0].id}
                  title={toSign[0].title}
                  sha256={toSign[0].sha256}
                  target={{ documentId: toSign[0].id }}
                  signer={name}
                  onDone={(m) => {
                    setMessage(m);
                    void client.invalidateQueries({ queryKey: documentKeys.ofBilan(bilanId) });
                  }}
                />
              </>
            }
          />
        </section>
      ) : null}
      <section aria-labelledby="tous">
        <h2 id="tous">Tous mes documents</h2>
        {docs.data.documents.length === 0 ? (
          <EmptyState headingLevel={3} title="Aucun document pour le moment" icon={FileText}>
            <p>
              Les documents de votre bilan (devis, convention, attestations) apparaîtront ici dès que votre consultant·e
              les aura produits.
            </p>
          </EmptyState>
        ) : (
          <DocumentTable documents={docs.data.documents} caption="Mes documents" onPreview={setPreviewed} />
        )}
        {previewed ? <DocumentPreviewPanel document={previewed} onClose={() => setPreviewed(null)} /> : null}
      </section>
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
