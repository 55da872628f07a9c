/** The admin's view of the audit log, page by page. */
import type { Role } from '../../accounts/domain/users.ts';

export interface AuditEventView {
  id: number;
  at: string;
  actor: string | null;
  actorRole: Role | null;
  action: string;
  subject: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEventView[];
  nextCursor: string | null;
}
