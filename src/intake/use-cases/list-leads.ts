/**
 * The organisation's leads, read by its admins and consultants (never by beneficiaries), each with
 * its first-answer deadline while nobody has handled it.
 */
import { answerDeadline, answerDueView } from '../domain/answer-deadline.ts';
import type { LeadSummary } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readFirstAnswerDays } from '../../organisation/data/organisation-repository.ts';
import { listLeadRows } from '../data/lead-repository.ts';

export async function listLeads(deps: Deps, actor: Actor): Promise<LeadSummary[]> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  const firstAnswerDays = await readFirstAnswerDays(deps.db, actor.organisationId);
  const rows = await listLeadRows(deps.db, actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    status: r.status,
    declaredSource: r.declared_source,
    assignedConsultant: r.c_first ? `${r.c_first} ${r.c_last}` : null,
    interviewAt: r.starts_at ? r.starts_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
    unopened: r.opened_at === null,
    answerDue: answerDueView(answerDeadline({ status: r.status, receivedAt: r.created_at }, firstAnswerDays, now)),
  }));
}
