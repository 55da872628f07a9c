/**
 * The bilan page. Its consultant reads it (and the read is audited); its beneficiary reads it
 * through their home. Anyone else gets 404.
 */
import { availableTransitions } from '../domain/phases.ts';
import { invitationState } from '../domain/next-step.ts';
import { factsFrom } from '../domain/checklist-state.ts';
import type { BilanDetail } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { consultantBilanDetail, latestInvitation, toSummary } from '../data/bilan-summaries.ts';
import { phaseHistory } from '../data/bilan-repository.ts';
import { bilanChecklist } from '../data/bilan-checklist.ts';
import { FINANCING_TYPES, financingStatus, financingType, type Financing } from '../../financing/domain/catalog.ts';
import { parisDate } from '../../platform/clock.ts';

export async function getBilan(deps: Deps, actor: Actor, bilanId: string): Promise<BilanDetail> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const row = await consultantBilanDetail(deps.db, actor.organisationId, actor.userId, bilanId, now);
  if (!row) notFound();

  const history = await phaseHistory(deps.db, bilanId);
  const state = await bilanChecklist(deps.db, {
    id: row.id,
    phase: row.phase,
    financing: row.financing,
    created_at: row.created_at,
    accompaniment_done_minutes: row.done_minutes,
  });
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    { action: 'bilan.viewed', subjectType: 'bilan', subjectId: bilanId, details: {} },
    now,
  );

  const invitation = latestInvitation(row);
  const required = state.checklist?.items.filter((i) => i.level === 'required') ?? null;
  const edofDue = row.edof_due;
  return {
    ...toSummary(row, now),
    consultant: { firstName: row.c_first, lastName: row.c_last, email: row.c_email },
    organisationName: row.organisation_name,
    phaseChangedAt: row.phase_changed_at.toISOString(),
    abandonReason: row.abandon_reason,
    invitation: {
      state: invitationState(invitation, now),
      id: invitation?.id ?? null,
      expiresAt: invitation?.expiresAt.toISOString() ?? null,
    },
    transitions: availableTransitions(factsFrom(row.phase, state)).map((t) => ({
      to: t.to,
      allowed: t.check.allowed,
      unmet: t.check.allowed ? [] : t.check.unmet,
    })),
    history: history.map((h) => ({
      from: h.from_phase,
      to: h.to_phase,
      at: h.changed_at.toISOString(),
      by: `${h.first_name} ${h.last_name}`,
      reason: h.reason,
    })),
    status: {
      financingStatus: financingStatusLabel(row.financing, row.financing_status),
      scheduledMinutes: row.scheduled_minutes,
      documentsAwaitingSignature: row.documents_awaiting_signature,
      consent: row.consent_decision ?? 'none',
      checklist: required ? { met: required.filter((i) => i.met).length, total: required.length } : null,
      edofDue: edofDue ? { kind: edofDue.kind, dueOn: edofDue.due_on, overdue: edofDue.due_on < parisDate(now) } : null,
    },
  };
}

/** A bilan whose financing file was never opened is at its type's first status. */
function financingStatusLabel(financing: Financing, code: string | null): string {
  const type = financingType(financing);
  const current = code ?? FINANCING_TYPES[type].initialStatus;
  return financingStatus(type, current)?.label ?? current;
}
