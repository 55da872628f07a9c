/**
 * The employer signs the tripartite convention through the single-use link they received: the
 * convention's pages beside the signing panel (decision 037).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { call, urlOf } from '../../ui/api.ts';
import { documentEndpoints } from '../contracts/endpoints.ts';
import { documentKeys } from './query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { SignDocumentForm } from './sign-document.tsx';
import { DocumentWithPanel, PdfPreview } from './pdf-preview.tsx';

const TITLE = 'Signature de la convention';

export function EmployerSignaturePage() {
  const { token = '' } = useParams();
  const [done, setDone] = useState<string | null>(null);
  const link = useQuery({
    queryKey: documentKeys.signatureLink(token),
    queryFn: () => call(documentEndpoints.signatureLink, { params: { token } }),
    retry: false,
    enabled: !done,
  });
  if (done)
    return (
      <Page title={TITLE}>
        <Notice tone="success">
          <p>{done} Merci : vous pouvez fermer cette page.</p>
        </Notice>
      </Page>
    );
  if (link.isPending)
    return (
      <Page title={TITLE}>
        <Loading />
      </Page>
    );
  if (link.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={link.error} />
      </Page>
    );
  const v = link.data;
  return (
    <Page title={TITLE}>
      <p>
        {v.organisationName} vous invite à signer la convention tripartite du bilan de compétences de{' '}
        {v.beneficiaryName}. Ce lien personnel ne sert qu’une fois et expire le {formatDateTime(v.expiresAt)}.
      </p>
      <p>
        En tant qu’employeur, vous ne recevrez que des informations administratives sur ce bilan : son contenu reste
        confidentiel.
      </p>
      <DocumentWithPanel
        panelId="signature"
        preview={<PdfPreview url={urlOf(documentEndpoints.signatureLinkPdf, { params: { token } })} title={v.title} />}
        panel={
          <>
            <h2>Votre signature</h2>
            <SignDocumentForm
              title={v.title}
              sha256={v.sha256}
              target={{ token }}
              signer={v.signerName ?? 'la personne qui signe pour l’employeur'}
              onDone={setDone}
            />
          </>
        }
      />
    </Page>
  );
}
