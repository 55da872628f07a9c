/**
 * The people a beneficiary invited to give their regard on the soft skills, and how many answered
 * (the state of a link never tells whether that person answered: only the total count is given).
 * The consultant's read is audited when someone was invited (`content.read`, decision 049).
 */
import { MIN_RESPONDENTS } from '../../instruments/domain/softskills/feedback360.ts';
import type { FeedbackView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { loadAssignment } from '../../questionnaires/data/assignment-repository.ts';
import { listInvitations } from '../data/invitation-repository.ts';
import { requireSoftSkills } from '../domain/regard.ts';

export async function listFeedback(deps: Deps, actor: Actor, assignmentId: string): Promise<FeedbackView> {
  const row = await loadAssignment(deps.db, actor, assignmentId);
  requireSoftSkills(row);
  const now = deps.clock.now();
  const rows = await listInvitations(deps.db, row.id);
  if (rows.length > 0)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: row.bilan_id, category: 'feedback', subjectType: 'assignment', subjectId: row.id },
      now,
    );
  return {
    invitations: rows.map((r) => ({
      id: r.id,
      email: r.email,
      state: r.revoked_at ? 'revoked' : r.expires_at <= now ? 'expired' : 'open',
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
    })),
    answered: rows.filter((r) => r.answered_at).length,
    required: MIN_RESPONDENTS,
  };
}
