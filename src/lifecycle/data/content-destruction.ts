/**
 * The destruction of a bilan's content through each owner's data access (decision 046), in one
 * transaction (the caller's): the keepable items asked for, and with `withUnkept` what is never
 * kept (shares, séance and phase notes, the e-mails to share recipients). Returns the counts per
 * category of the certificate. Running it again finds nothing more: counts of zero.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import {
  certificateLines,
  type CertificateCategory,
  type CertificateLine,
  type DestructionReason,
  type KeepableItem,
} from '../domain/registry.ts';
import { backupsGoneOn } from '../domain/schedule.ts';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import { insertCertificate } from './destruction-repository.ts';
import { destroyFeedbackInvitations } from '../../feedback/data/feedback-destruction.ts';
import { destroyQuestionnaireResults, listAssignmentIds } from '../../questionnaires/data/results-destruction.ts';
import { destroyExternalTestResults } from '../../external-tests/data/external-tests-destruction.ts';
import { destroyPortfolio } from '../../portfolio/data/portfolio-destruction.ts';
import { destroyExploration } from '../../exploration/data/exploration-destruction.ts';
import { destroyActionPlan } from '../../action-plan/data/action-plan-destruction.ts';
import { destroySyntheseContent } from '../../synthese/data/synthese-destruction.ts';
import { destroyShares } from '../../sharing/data/sharing-destruction.ts';
import { scrubSeanceNotes } from '../../seances/data/seance-notes-destruction.ts';
import { scrubPhaseNotes } from '../../bilans/data/phase-notes-destruction.ts';
import { destroyEmailsTo } from '../../email/data/bilan-emails-destruction.ts';

export type CategoryCounts = Partial<Record<CertificateCategory, number>>;

export async function destroyContent(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
  items: ReadonlySet<KeepableItem>,
  withUnkept: boolean,
): Promise<CategoryCounts> {
  const counts: CategoryCounts = {};
  const { organisationId } = scope;
  if (items.has('resultats')) {
    const feedback = await destroyFeedbackInvitations(trx, {
      organisationId,
      assignmentIds: await listAssignmentIds(trx, scope),
    });
    counts.feedback_invitations = feedback.count;
    const emails = await destroyEmailsTo(trx, {
      organisationId,
      addresses: feedback.addresses,
      kind: 'feedback_invitation',
    });
    const results = await destroyQuestionnaireResults(trx, scope);
    counts.questionnaires = results.assignments;
    counts.questionnaire_comments = results.comments;
    counts.external_tests = await destroyExternalTestResults(trx, scope);
    counts.emails = (counts.emails ?? 0) + emails;
  }
  if (items.has('portfolio')) {
    const portfolio = await destroyPortfolio(trx, scope);
    counts.portfolio = portfolio.items;
    counts.portfolio_comments = portfolio.comments;
  }
  if (items.has('plan_action')) counts.action_plan = await destroyActionPlan(trx, scope);
  if (items.has('pistes')) {
    const exploration = await destroyExploration(trx, scope);
    counts.pistes = exploration.pistes;
    counts.enquetes = exploration.enquetes;
  }
  if (items.has('synthese')) {
    const synthese = await destroySyntheseContent(trx, scope);
    counts.synthese_texts = synthese.texts;
    counts.synthese_comments = synthese.comments;
    counts.synthese_versions = synthese.versions;
  }
  if (withUnkept) {
    const shares = await destroyShares(trx, scope);
    counts.shares = shares.count;
    counts.emails =
      (counts.emails ?? 0) +
      (await destroyEmailsTo(trx, { organisationId, addresses: shares.addresses, kind: 'share_link' }));
    counts.seance_notes = await scrubSeanceNotes(trx, scope);
    counts.phase_notes = await scrubPhaseNotes(trx, scope);
  }
  return counts;
}

/**
 * Destroys, writes the certificate entry (categories in French with counts, the dates, no content)
 * and audits `bilan.content_destroyed`, in the caller's transaction. Returns the certificate's id.
 */
export async function destroyAndCertify(
  trx: Trx,
  deps: Pick<Deps, 'audit'>,
  input: {
    scope: { bilanId: string; organisationId: string };
    items: ReadonlySet<KeepableItem>;
    withUnkept: boolean;
    reason: DestructionReason;
    keptItems: KeepableItem[];
    keptUntil: string | null;
    now: Date;
    actor: AuditContext | null;
  },
): Promise<{ certificateId: string; lines: CertificateLine[] }> {
  const counts = await destroyContent(trx, input.scope, input.items, input.withUnkept);
  const lines = certificateLines(counts);
  const destroyedOn = parsePlainDate(parisDate(input.now));
  const certificateId = await insertCertificate(trx, {
    organisationId: input.scope.organisationId,
    bilanId: input.scope.bilanId,
    reason: input.reason,
    destroyedAt: input.now,
    destroyedOn,
    backupsGoneOn: backupsGoneOn(destroyedOn),
    categories: lines,
    keptItems: input.keptItems,
    keptUntil: input.keptUntil,
  });
  await deps.audit.record(
    trx,
    input.actor ?? {
      organisationId: input.scope.organisationId,
      userId: null,
      role: null,
      ip: null,
      userAgent: null,
    },
    {
      action: 'bilan.content_destroyed',
      subjectType: 'bilan',
      subjectId: input.scope.bilanId,
      details: {
        reason: input.reason,
        certificateId,
        destroyed: lines.reduce((sum, line) => sum + line.count, 0),
        keptItems: input.keptItems,
      },
    },
    input.now,
  );
  return { certificateId, lines };
}
