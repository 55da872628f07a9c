/** The endpoints of e-mail (decision 021): the admin's view of the outbox. */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import { get } from '../../shared/api/endpoint.ts';
import type { OutboxPage } from './outbox.ts';

const CursorQuery = z.object({
  cursor: z.string().max(100, 'Curseur de pagination invalide.').check(oneLine()).optional(),
});

export const emailEndpoints = {
  /** The organisation's e-mails, newest first, page by page (`cursor` from the previous page). */
  outbox: get('/admin/outbox', { query: CursorQuery }).returns<OutboxPage>(),
};
