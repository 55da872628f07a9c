/**
 * The bilan page. Its consultant reads it (and the read is audited); its beneficiary reads it
 * through their home. Anyone else gets 404.
 */
import { availableTransitions } from '../domain/phases.ts';
import { invitationState } from '../domain/next-step.ts';
import type { BilanDetail } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { bilanSummaryQuery, latestInvitation, toSummary } from './bilan-queries.ts';
import { bilanChecklist, factsFrom } from './bilan-checklist.ts';

export async function getBilan(deps: Deps, actor: Actor, bilanId: string): Promise<BilanDetail> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const row = await bilanSummaryQuery(deps.db, now)
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select(['c.first_name as c_first', 'c.last_name as c_last', 'c.email as c_email', 'o.name as organisation_name'])
    .where('b.id', '=', bilanId)
    .where('b.organisation_id', '=', actor.organisationId)
    .where('b.consultant_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) notFound();

  const history = await deps.db
    .selectFrom('bilan_phase_changes as h')
    .innerJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.from_phase', 'h.to_phase', 'h.changed_at', 'h.reason', 'u.first_name', 'u.last_name'])
    .where('h.bilan_id', '=', bilanId)
    .orderBy('h.id', 'asc')
    .execute();
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
  };
}
