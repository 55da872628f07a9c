/**
 * What the beneficiary and their consultant read: the questionnaires of a bilan, one assignment
 * with its answers and comments, and once an instrument is submitted, its report for the
 * reader's audience. Nobody else reads them (admins 403, others 404).
 */
import { parisDate } from '../../platform/clock.ts';
import { instrumentReport } from '../../instruments/domain/report-for.ts';
import type { AssignmentDetail, AssignmentSummary } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { assignmentQuery, definitionOf, loadAssignment, summaryOf } from './questionnaire-store.ts';
import { feedbackFor } from '../../feedback/use-cases/feedback-360.ts';
import { SOFT_SKILLS_SOURCE } from '../../instruments/domain/softskills/skills.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';

export async function listBilanQuestionnaires(
  deps: Deps,
  actor: Actor,
  bilanId: string,
): Promise<{ assignments: AssignmentSummary[] }> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const rows = await assignmentQuery(trx)
      .where('a.bilan_id', '=', bilanId)
      .orderBy('a.assigned_at')
      .orderBy('a.id')
      .execute();
    // The beneficiary does not see what the consultant withdrew before they started.
    const visible = actor.role === 'beneficiary' ? rows.filter((r) => !(r.withdrawn_at && !r.draft_saved_at)) : rows;
    return { assignments: visible.map(summaryOf) };
  });
}

export async function getAssignment(deps: Deps, actor: Actor, assignmentId: string): Promise<AssignmentDetail> {
  const row = await loadAssignment(deps.db, actor, assignmentId);
  const [beneficiary, consultant] = await Promise.all(
    [row.beneficiary_id, row.consultant_id].map((id) =>
      deps.db.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', id).executeTakeFirstOrThrow(),
    ),
  );
  const comments = await deps.db
    .selectFrom('questionnaire_comments as qc')
    .innerJoin('users as u', 'u.id', 'qc.author_id')
    .select(['qc.id', 'qc.question_id', 'qc.body', 'qc.created_at', 'u.first_name', 'u.last_name'])
    .where('qc.assignment_id', '=', row.id)
    .orderBy('qc.created_at')
    .orderBy('qc.id')
    .execute();
  const definition = definitionOf(row);
  const feedback =
    row.questionnaire_id === SOFT_SKILLS_SOURCE.instrumentId && row.submitted_at
      ? await feedbackFor(deps.db, row.id, row.answers)
      : undefined;
  const report =
    row.kind === 'instrument' && row.submitted_at
      ? instrumentReport(
          row.questionnaire_id,
          row.answers,
          {
            audience: actor.role === 'consultant' ? 'consultant' : 'beneficiaire',
            date: parisDate(row.submitted_at),
            consultantName: `${consultant!.first_name} ${consultant!.last_name}`,
          },
          feedback,
        )
      : null;
  return {
    ...summaryOf(row),
    beneficiaryFirstName: beneficiary!.first_name,
    definition,
    answers: row.answers,
    comments: comments.map((c) => ({
      id: c.id,
      questionId: c.question_id,
      body: c.body,
      authorName: `${c.first_name} ${c.last_name}`,
      createdAt: c.created_at.toISOString(),
    })),
    report,
    debrief: row.debrief,
  };
}
