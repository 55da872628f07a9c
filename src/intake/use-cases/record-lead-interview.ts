/**
 * An admin or consultant records the entretien préalable once it has taken place: situation,
 * expectations, and whether a bilan fits or where the person is redirected. Audited in its
 * transaction.
 */
import { nextLeadStatus } from '../domain/lead-transition.ts';
import { interviewHasBegun } from '../domain/interview-timing.ts';
import type { RecordInterview } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { loadLead, setLeadStatus } from '../data/lead-repository.ts';
import { findInterviewFacts, recordInterviewRow } from '../data/lead-interview-repository.ts';

export async function recordLeadInterview(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: RecordInterview,
): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const lead = await loadLead(trx, actor, leadId, true);
    const interview = await findInterviewFacts(trx, lead.id);
    if (!interview)
      throw new AppError('lead_refused', {
        message: 'Planifiez d’abord l’entretien préalable avant d’en enregistrer le compte rendu.',
      });
    if (!interviewHasBegun(interview.starts_at, now))
      throw new AppError('lead_refused', {
        message: 'L’entretien préalable n’a pas encore eu lieu : enregistrez son compte rendu après l’entretien.',
      });
    const to = nextLeadStatus(lead.status, { type: 'record_interview', outcome: input.outcome });
    const redirection = input.outcome === 'redirect' ? (input.redirection ?? null) : null;
    const recorded = await recordInterviewRow(trx, lead.id, {
      situation: input.situation,
      expectations: input.expectations,
      outcome: input.outcome,
      redirection,
      outcome_reason: input.reason || null,
      recorded_at: now,
      recorded_by: actor.userId,
      updated_at: now,
    });
    if (!recorded) notFound();
    if (to !== lead.status)
      await setLeadStatus(trx, lead, to, actor.userId, now, {
        reason: input.outcome === 'redirect' ? (input.reason ?? null) : null,
      });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'lead.interview_recorded',
        subjectType: 'lead',
        subjectId: lead.id,
        details: { outcome: input.outcome, ...(redirection ? { redirection } : {}) },
      },
      now,
    );
  });
}
