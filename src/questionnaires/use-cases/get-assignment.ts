/**
 * One assignment as its beneficiary or their consultant reads it: the definition, the answers and
 * comments, and once an instrument is submitted, its report for the reader's audience (with the
 * aggregated regard of others for the soft skills). Nobody else reads it (admins 403, others 404).
 * The consultant's read of answers (saved or submitted) is audited (`content.read`, decision 049).
 */
import { isOpen } from '../../bilans/domain/phases.ts';
import { parisDate } from '../../platform/clock.ts';
import { instrumentReport } from '../../instruments/domain/report-for.ts';
import { SOFT_SKILLS_SOURCE } from '../../instruments/domain/softskills/skills.ts';
import type { AssignmentDetail } from '../contracts/schemas.ts';
import { definitionOf, summaryOf } from '../domain/assignment.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { assignmentPeople, loadAssignment } from '../data/assignment-repository.ts';
import { listComments } from '../data/comment-repository.ts';
import { answeredInvitations } from '../../feedback/data/invitation-repository.ts';
import { regardOfOthers } from '../../feedback/domain/regard.ts';

export async function getAssignment(deps: Deps, actor: Actor, assignmentId: string): Promise<AssignmentDetail> {
  const row = await loadAssignment(deps.db, actor, assignmentId);
  const people = await assignmentPeople(deps.db, row.id);
  const comments = await listComments(deps.db, row.id);
  const definition = definitionOf(row);
  const feedback =
    row.questionnaire_id === SOFT_SKILLS_SOURCE.instrumentId && row.submitted_at
      ? regardOfOthers(await answeredInvitations(deps.db, row.id), row.answers)
      : undefined;
  const report =
    row.kind === 'instrument' && row.submitted_at
      ? instrumentReport(
          row.questionnaire_id,
          row.answers,
          {
            audience: actor.role === 'consultant' ? 'consultant' : 'beneficiaire',
            date: parisDate(row.submitted_at),
            consultantName: `${people.consultant_first_name} ${people.consultant_last_name}`,
          },
          feedback,
        )
      : null;
  if (row.draft_saved_at || row.submitted_at)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: row.bilan_id, category: row.kind, subjectType: 'assignment', subjectId: row.id },
      deps.clock.now(),
    );
  return {
    ...summaryOf(row),
    beneficiaryFirstName: people.beneficiary_first_name,
    bilanEnded: !isOpen(row.phase),
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
