/**
 * Sharing with consent (decision 045). The beneficiary alone lists, creates, revokes and sends
 * again the shares of their bilan (consultant and admin 403, anyone else 404). The recipient has
 * no account: the link is the credential. Its page is read without spending it; opening it spends
 * it and starts a visit, whose own token downloads the documents for a limited time.
 */
import { z } from 'zod';
import { get, post } from '../../shared/api/endpoint.ts';
import { linkToken, uuidParam } from '../../shared/fields.ts';
import { CreateShareSchema, SHARED_DOCUMENTS, type SharePreview, type SharesView, type ShareVisit } from './schemas.ts';

const byId = { params: { id: uuidParam } };
const byToken = { params: { token: linkToken } };

export const sharingEndpoints = {
  list: get('/bilans/:id/shares', byId).returns<SharesView>(),
  create: post('/bilans/:id/shares', { ...byId, body: CreateShareSchema, status: 201 }).returns<{ shareId: string }>(),
  revoke: post('/shares/:id/revoke', byId).returnsNothing(),
  /** « Renvoyer le lien »: a new link; the previous one opens nothing any more (decision 026). */
  resend: post('/shares/:id/resend', byId).returnsNothing(),
  /** The link's page: who shares what, until when; reading it does not spend the link. */
  preview: get('/partage/:token', { ...byToken, public: true }).returns<SharePreview>(),
  /** Opening spends the link (single use) and starts the visit. */
  open: post('/partage/:token/open', { ...byToken, public: true }).returns<ShareVisit>(),
  download: get('/partage/visite/:visit/:document', {
    params: { visit: linkToken, document: z.enum(SHARED_DOCUMENTS) },
    public: true,
  }).returnsFile(),
};
