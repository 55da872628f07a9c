/** The endpoints of e-mail (decision 021): the admin's view of the outbox (decision 026). */
import { z } from 'zod';
import { oneLine } from '../../shared/text.ts';
import { uuidParam } from '../../shared/fields.ts';
import { get } from '../../shared/api/endpoint.ts';
import type { EmailDeliveryView, OutboxMessageText, OutboxPage } from './outbox.ts';

const CursorQuery = z.object({
  cursor: z.string().max(100, 'Curseur de pagination invalide.').check(oneLine()).optional(),
});

export const emailEndpoints = {
  /** The organisation's e-mails, newest first, page by page (`cursor` from the previous page); no personal link. */
  outbox: get('/admin/outbox', { query: CursorQuery }).returns<OutboxPage>(),
  /** One message's text; on a trial installation, with its personal link, and the reading is audited. */
  outboxMessage: get('/admin/outbox/:id', { params: { id: uuidParam } }).returns<OutboxMessageText>(),
  /** Whether e-mails are sent, for the admin's warning on a trial installation. */
  delivery: get('/admin/email-delivery').returns<EmailDeliveryView>(),
};
