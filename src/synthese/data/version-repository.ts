/**
 * Published versions (immutable: a trigger refuses any update), the beneficiary's comments on
 * them with the consultant's answers, and the approval (decision 043).
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { SyntheseSectionKey } from '../domain/content.ts';
import type { SyntheseFigures } from '../domain/figures.ts';
import type { VersionSection } from '../domain/version.ts';
import type { Actor, Origin } from '../../platform/deps.ts';
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound } from '../../platform/authorize.ts';
import { AppError } from '../../shared/errors.ts';
import { findSynthese } from './synthese-repository.ts';

export function listVersions(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_versions')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .orderBy('number', 'desc')
    .execute();
}

export function latestVersion(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_versions')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findVersion(db: Trx, syntheseId: string, versionId: string) {
  return db
    .selectFrom('synthese_versions')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export async function insertVersion(
  db: Trx,
  synthese: { id: string; organisation_id: string },
  version: {
    number: number;
    sections: VersionSection[];
    figures: SyntheseFigures;
    sha256: string;
    by: string;
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('synthese_versions')
    .values({
      organisation_id: synthese.organisation_id,
      synthese_id: synthese.id,
      number: version.number,
      sections: JSON.stringify(version.sections),
      figures: JSON.stringify(version.figures),
      sha256: version.sha256,
      published_by: version.by,
      published_at: version.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listComments(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_comments')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findComment(db: Trx, syntheseId: string, commentId: string) {
  return db
    .selectFrom('synthese_comments')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('id', '=', commentId)
    .executeTakeFirst();
}

export async function countComments(db: Trx, versionId: string): Promise<number> {
  const row = await db
    .selectFrom('synthese_comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('version_id', '=', versionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertComment(
  db: Trx,
  comment: {
    organisationId: string;
    syntheseId: string;
    versionId: string;
    sectionKey: SyntheseSectionKey;
    text: string;
    by: string;
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('synthese_comments')
    .values({
      organisation_id: comment.organisationId,
      synthese_id: comment.syntheseId,
      version_id: comment.versionId,
      section_key: comment.sectionKey,
      text: comment.text,
      author_id: comment.by,
      created_at: comment.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function answerComment(
  db: Trx,
  commentId: string,
  answer: { text: string; resolved: boolean; by: string; now: Date },
): Promise<void> {
  await db
    .updateTable('synthese_comments')
    .set({ answer: answer.text, resolved: answer.resolved, answered_by: answer.by, answered_at: answer.now })
    .where('id', '=', commentId)
    .execute();
}

/** The running approval (a withdrawn one no longer binds: decision 052). */
export function findApproval(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_approvals')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

/** The withdrawn approvals, kept as evidence, the latest first. */
export function listWithdrawnApprovals(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_approvals')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('withdrawn_at', 'is not', null)
    .orderBy('withdrawn_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Marks the running approval withdrawn; false when there was none (withdrawn in the meantime). */
export async function withdrawApproval(
  db: Trx,
  approvalId: string,
  withdrawal: { message: string | null; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('synthese_approvals')
    .set({ withdrawn_at: withdrawal.now, withdrawn_message: withdrawal.message })
    .where('id', '=', approvalId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the approval; false when the synthesis already has a running approval. */
export async function insertApproval(
  db: Trx,
  approval: {
    organisationId: string;
    syntheseId: string;
    versionId: string;
    sha256: string;
    userId: string;
    signedName: string;
    now: Date;
    origin: Origin;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('synthese_approvals')
    .values({
      organisation_id: approval.organisationId,
      synthese_id: approval.syntheseId,
      version_id: approval.versionId,
      version_sha256: approval.sha256,
      signer_user_id: approval.userId,
      signed_name: approval.signedName,
      signed_at: approval.now,
      ip: approval.origin.ip?.slice(0, 100) ?? null,
      user_agent: approval.origin.userAgent?.slice(0, 500) ?? null,
    })
    .onConflict((oc) => oc.column('synthese_id').where('withdrawn_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A published version the beneficiary acts on (comment, approval), locked with its open bilan:
 * 404 when the bilan, the synthesis or the version is out of their reach, 409 once a version is
 * approved (the synthesis no longer changes).
 */
export async function lockVersionForBeneficiary(trx: Trx, actor: Actor, bilanId: string, versionId: string) {
  const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
  assertOpen(bilan);
  const synthese = await findSynthese(trx, bilan.id);
  if (!synthese) notFound();
  const version = await findVersion(trx, synthese.id, versionId);
  if (!version) notFound();
  if (await findApproval(trx, synthese.id)) throw new AppError('synthese_already_approved');
  return { bilan, synthese, version };
}
