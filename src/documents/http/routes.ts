/**
 * Documents and signatures (decision 015): the bilan's documents and their PDFs, signing from an
 * account, the employer's single-use signature link (public), and the funder's view.
 */
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { documentEndpoints as e } from '../contracts/endpoints.ts';
import { listDocuments } from '../use-cases/list-documents.ts';
import { generateDocument } from '../use-cases/generate-document.ts';
import { getDocumentPdf } from '../use-cases/get-document-pdf.ts';
import { signDocument } from '../use-cases/sign-document.ts';
import { signConventionInPerson } from '../use-cases/sign-convention-in-person.ts';
import { resendSignatureLink } from '../use-cases/resend-signature-link.ts';
import { getSignatureLink } from '../use-cases/get-signature-link.ts';
import { getSignatureLinkPdf } from '../use-cases/get-signature-link-pdf.ts';
import { signConventionWithLink } from '../use-cases/sign-convention-with-link.ts';
import { getFunderView } from '../use-cases/get-funder-view.ts';
import { getFunderViewPdf } from '../use-cases/get-funder-view-pdf.ts';

/** A PDF opened in the browser's viewer. */
const pdf = (bytes: Uint8Array, filename: string): FileAnswer => ({
  bytes,
  filename,
  contentType: 'application/pdf',
  disposition: 'inline',
});

export const documentRoutes = endpointRoutes()
  .on(e.list, ({ deps, actor, params }) => listDocuments(deps, actor(), params.id))
  .on(e.generate, ({ deps, actor, params, body }) => generateDocument(deps, actor(), params.id, body.kind))
  .on(e.pdf, async ({ deps, actor, params }) => {
    const file = await getDocumentPdf(deps, actor(), params.id, false);
    return pdf(file.pdf, file.filename);
  })
  .on(e.signedPdf, async ({ deps, actor, params }) => {
    const file = await getDocumentPdf(deps, actor(), params.id, true);
    return pdf(file.pdf, file.filename);
  })
  .on(e.sign, ({ deps, actor, params, body }) => signDocument(deps, actor(), params.id, body))
  .on(e.signConventionInPerson, ({ deps, actor, params, body }) =>
    signConventionInPerson(deps, actor(), params.id, body),
  )
  .on(e.resendEmployerLink, ({ deps, actor, params }) => resendSignatureLink(deps, actor(), params.id))
  .on(e.signatureLink, ({ deps, params }) => getSignatureLink(deps, params.token))
  .on(e.signatureLinkPdf, async ({ deps, params }) =>
    pdf(await getSignatureLinkPdf(deps, params.token), 'convention.pdf'),
  )
  .on(e.signConventionWithLink, (input, c) =>
    signConventionWithLink(input.deps, c.get('origin'), input.params.token, input.body),
  )
  .on(e.funderView, ({ deps, actor, params }) => getFunderView(deps, actor(), params.id))
  .on(e.funderViewPdf, async ({ deps, actor, params }) =>
    pdf(await getFunderViewPdf(deps, actor(), params.id), 'suivi-administratif.pdf'),
  ).app;
