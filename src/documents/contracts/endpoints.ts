/**
 * The documents' API (decision 021): the bilan's documents, their PDFs and signatures, the
 * employer's single-use signature link (public: the token is the key) and the funder's view.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import {
  GenerateDocumentSchema,
  SignDocumentSchema,
  type BilanDocuments,
  type FunderView,
  type SignatureLinkView,
} from './schemas.ts';

const byId = { params: { id: uuidParam } };
/** A malformed token is answered like an unknown one. */
const byToken = { params: { token: linkToken }, paramError: 'signature_link_invalid', public: true } as const;

export const documentEndpoints = {
  list: get('/bilans/:id/documents', byId).returns<BilanDocuments>(),
  generate: post('/bilans/:id/documents', { ...byId, body: GenerateDocumentSchema, status: 201 }).returns<{
    documentId: string;
    sha256: string;
  }>(),
  pdf: get('/documents/:id/pdf', byId).returnsFile(),
  signedPdf: get('/documents/:id/signed-pdf', byId).returnsFile(),
  sign: post('/documents/:id/signatures', { ...byId, body: SignDocumentSchema }).returnsNothing(),
  /**
   * The employer's signature of the convention given in person, at the provider, on the consultant's
   * screen (decision 037): recorded like the link's, with the consultant as witness.
   */
  signConventionInPerson: post('/documents/:id/employer-signature', {
    ...byId,
    body: SignDocumentSchema,
  }).returnsNothing(),
  /** « Renvoyer »: a new signature link for the employer; the previous one stops working (decision 026). */
  resendEmployerLink: post('/documents/:id/employer-link/resend', byId).returnsNothing(),
  signatureLink: get('/signature-links/:token', byToken).returns<SignatureLinkView>(),
  signatureLinkPdf: get('/signature-links/:token/pdf', byToken).returnsFile(),
  signConventionWithLink: post('/signature-links/:token/sign', {
    ...byToken,
    body: SignDocumentSchema,
  }).returnsNothing(),
  funderView: get('/bilans/:id/funder-view', byId).returns<FunderView>(),
  funderViewPdf: get('/bilans/:id/funder-view/pdf', byId).returnsFile(),
};
