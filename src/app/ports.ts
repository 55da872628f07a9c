/**
 * The ports every use case reaches through `Deps`: the audit log (checked against the events the
 * capabilities declare), the e-mail outbox, single-use tokens and the PDF renderer. Built here for
 * the process (`main.ts`) and for tests alike.
 */
import type { Deps } from '../platform/deps.ts';
import { renderPdf } from '../platform/pdf/typst.ts';
import { hashToken, newToken } from '../platform/security/tokens.ts';
import { createAuditLog } from '../audit/data/audit-log.ts';
import { enqueueEmail } from '../email/data/outbox.ts';
import { AuditEventSchema } from '../audit/contracts/event-catalogue.ts';

export function ports(): Pick<Deps, 'audit' | 'outbox' | 'tokens' | 'pdf'> {
  return {
    audit: createAuditLog(AuditEventSchema),
    outbox: { enqueue: enqueueEmail },
    tokens: { create: newToken, hash: hashToken },
    pdf: { render: renderPdf },
  };
}
