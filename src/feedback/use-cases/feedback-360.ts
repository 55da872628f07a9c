/**
 * Le regard des autres (360°) on the soft skills: the beneficiary invites people by e-mail (no
 * account; one answer per link; expiring; revocable); respondents see only the beneficiary's
 * first name; results are aggregated from 3 answers and never show one person's answers or
 * identity (domain: softskills/feedback360.ts).
 */
import { feedbackInvitationEmail } from '../domain/emails.ts';
import {
  ADVICE_QUESTION,
  APPRECIATE_QUESTION,
  RELATION_QUESTION,
  RESPONDENT_DEFINITION,
  otherRatingId,
  type Relation,
} from '../../instruments/domain/softskills/definitions.ts';
import {
  MIN_RESPONDENTS,
  aggregate360,
  checkRespondentLink,
  respondentInvitation,
  type Feedback360Result,
  type RespondentSubmission,
} from '../../instruments/domain/softskills/feedback360.ts';
import { selfRatingMap, scoreSoftSkillsSelf } from '../../instruments/domain/softskills/report.ts';
import { SOFT_SKILLS, SOFT_SKILLS_SOURCE } from '../../instruments/domain/softskills/skills.ts';
import { validateSubmission } from '../../questionnaires/domain/validate-submission.ts';
import type { FeedbackView, InviteRespondent, RespondentFormView } from '../../questionnaires/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadAssignment } from '../../questionnaires/use-cases/questionnaire-store.ts';
import type { Trx } from '../../platform/db/kysely.ts';

const LINK_DAYS = 21;
const MAX_INVITATIONS = 15;
const DAY = 86_400_000;

function requireSoftSkills(row: { questionnaire_id: string }): void {
  if (row.questionnaire_id !== SOFT_SKILLS_SOURCE.instrumentId) throw new AppError('not_found');
}

export async function listFeedback(deps: Deps, actor: Actor, assignmentId: string): Promise<FeedbackView> {
  const row = await loadAssignment(deps.db, actor, assignmentId);
  requireSoftSkills(row);
  const now = deps.clock.now();
  const rows = await deps.db
    .selectFrom('feedback_invitations')
    .select(['id', 'email', 'created_at', 'expires_at', 'revoked_at', 'answered_at'])
    .where('assignment_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    // The state of a link never tells whether that person answered (only the total count is given).
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

export async function inviteRespondent(
  deps: Deps,
  actor: Actor,
  assignmentId: string,
  input: InviteRespondent,
): Promise<{ invitationId: string }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'beneficiary' });
    requireSoftSkills(row);
    if (row.withdrawn_at)
      throw new AppError('feedback_refused', { message: 'Ce questionnaire a été retiré par votre consultant·e.' });
    const me = await trx
      .selectFrom('users')
      .select(['email', 'first_name'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (me.email.toLowerCase() === input.email)
      throw new AppError('validation_failed', { fields: { email: 'Invitez une autre personne que vous-même.' } });
    const existing = await trx
      .selectFrom('feedback_invitations')
      .select(['email'])
      .where('assignment_id', '=', row.id)
      .execute();
    if (existing.some((e) => e.email === input.email))
      throw new AppError('validation_failed', { fields: { email: 'Cette personne est déjà invitée.' } });
    if (existing.length >= MAX_INVITATIONS)
      throw new AppError('feedback_refused', { message: `Vous pouvez inviter ${MAX_INVITATIONS} personnes au plus.` });
    const { token, hash } = deps.tokens.create();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * DAY);
    const inserted = await trx
      .insertInto('feedback_invitations')
      .values({
        organisation_id: actor.organisationId,
        assignment_id: row.id,
        email: input.email,
        token_hash: hash,
        created_at: now,
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const message = feedbackInvitationEmail({
      firstName: me.first_name,
      expiresAt,
      url: `${deps.publicUrl}/regard/${token}`,
    });
    await deps.outbox.enqueue(
      trx,
      { organisationId: actor.organisationId, kind: 'feedback_invitation', to: input.email, message },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'feedback.invited',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
    return inserted.id;
  });
  deps.emailsQueued();
  return { invitationId: id };
}

export async function revokeRespondent(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom('feedback_invitations')
      .select(['id', 'assignment_id', 'revoked_at'])
      .where('id', '=', invitationId)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!invitation) throw new AppError('not_found');
    const row = await loadAssignment(trx, actor, invitation.assignment_id, { as: 'beneficiary' });
    if (invitation.revoked_at)
      throw new AppError('feedback_refused', { message: 'Cette invitation est déjà retirée.' });
    await trx.updateTable('feedback_invitations').set({ revoked_at: now }).where('id', '=', invitation.id).execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'feedback.revoked',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
}

async function loadLink(deps: Deps, trx: Trx, token: string, now: Date, lock: boolean) {
  let query = trx
    .selectFrom('feedback_invitations as f')
    .innerJoin('questionnaire_assignments as a', 'a.id', 'f.assignment_id')
    .innerJoin('bilans as b', 'b.id', 'a.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .select(['f.id', 'f.expires_at', 'f.revoked_at', 'f.answered_at', 'a.withdrawn_at', 'u.first_name'])
    .where('f.token_hash', '=', deps.tokens.hash(token));
  if (lock) query = query.forUpdate('f');
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('feedback_invalid');
  const check = checkRespondentLink(
    { expiresAt: row.expires_at, revokedAt: row.revoked_at ?? row.withdrawn_at, answeredAt: row.answered_at },
    now,
  );
  if (!check.allowed) throw new AppError('feedback_closed', { message: check.message });
  return row;
}

/** What the respondent's page shows: the first name only, and the questionnaire. */
export async function getRespondentForm(deps: Deps, token: string): Promise<RespondentFormView> {
  const now = deps.clock.now();
  const row = await loadLink(deps, deps.db, token, now, false);
  const invitation = respondentInvitation({ firstName: row.first_name, expiresAt: row.expires_at });
  return { title: invitation.title, text: invitation.text, definition: RESPONDENT_DEFINITION };
}

export async function answerRespondent(deps: Deps, token: string, answers: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadLink(deps, trx, token, now, true);
    const checked = validateSubmission(RESPONDENT_DEFINITION, {
      questionnaireId: RESPONDENT_DEFINITION.id,
      version: RESPONDENT_DEFINITION.version,
      answers,
    });
    if (!checked.ok) {
      const fields: Record<string, string> = {};
      for (const error of checked.errors) fields[error.questionId ?? 'answers'] ??= error.message;
      throw new AppError('validation_failed', { fields });
    }
    await trx
      .updateTable('feedback_invitations')
      .set({ answered_at: now, answers: JSON.stringify(checked.answers) })
      .where('id', '=', row.id)
      .execute();
  });
}

/** The aggregated regard of others for an assignment (nothing individual leaves this function). */
export async function feedbackFor(
  db: Trx,
  assignmentId: string,
  selfAnswers: Record<string, unknown>,
): Promise<Feedback360Result> {
  const rows = await db
    .selectFrom('feedback_invitations')
    .select(['id', 'answers'])
    .where('assignment_id', '=', assignmentId)
    .where('answered_at', 'is not', null)
    .execute();
  const submissions: RespondentSubmission[] = rows.map((r) => {
    const a = r.answers ?? {};
    const ratings: Record<string, number> = {};
    for (const skill of SOFT_SKILLS) {
      const v = a[otherRatingId(skill.id)];
      if (typeof v === 'number') ratings[skill.id] = v;
    }
    return {
      respondentId: r.id,
      relation: a[RELATION_QUESTION] as Relation,
      ratings,
      appreciate: typeof a[APPRECIATE_QUESTION] === 'string' ? (a[APPRECIATE_QUESTION] as string) : undefined,
      advice: typeof a[ADVICE_QUESTION] === 'string' ? (a[ADVICE_QUESTION] as string) : undefined,
    };
  });
  return aggregate360(submissions, selfRatingMap(scoreSoftSkillsSelf(selfAnswers)));
}
